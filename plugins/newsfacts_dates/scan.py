"""The scan: find time expressions in an article and read them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import attrs
import regex

from newsfacts import Document
from newsfacts.plugin import compiled, tracing
from newsfacts_dates import tense
from newsfacts_dates.candidates import candidates_of, head_kind, key_of, rules_at
from newsfacts_dates.dispatch import PHRASES_BY_FIRST, PHRASES_BY_OPENING
from newsfacts_dates.grammar import KEEP_GIL, MONTH_ABBREVIATIONS, RULES, SIGNAL_MODS
from newsfacts_dates.names import in_a_name
from newsfacts_dates.normalize import NORMALIZERS
from newsfacts_dates.phrases import phrase, phrase_vetoed
from newsfacts_dates.reading import Context, Found, Reading, group
from newsfacts_dates.recall import RECALL_FROM, Recall
from newsfacts_dates.words import words_of


def _phrase_at(text: str, start: int, first: str) -> tuple[int, str] | None:
    """The longest fixed phrase starting at ``start`` whose first word is ``first``."""
    candidates = PHRASES_BY_FIRST.get(first, ())
    if not candidates:
        return None
    # The text as long as the longest phrase, lowered once (not once per phrase: "the" opens
    # some 80), compared with the phrases that open as it does. Should lowering change its
    # length ("İ"), each phrase's stretch is lowered.
    written = text[start : start + len(candidates[0])]
    lowered = written.lower()
    found: Iterable[str]
    if len(lowered) == len(written):
        shortest, openings = PHRASES_BY_OPENING[first]
        found = filter(lowered.startswith, openings.get(lowered[:shortest], ()))  # (in C)
    else:
        found = (c for c in candidates if text[start : start + len(c)].lower() == c)
    for candidate in found:
        end = start + len(candidate)
        after = text[end : end + 1]
        if not (after.isalnum() or after == "-"):
            return end, candidate
    return None


def scan(document: Document) -> Iterator[Found]:
    """Every time expression of ``document``, in text order, none overlapping."""
    text = document.text
    words, starts = words_of(document)
    candidates = candidates_of(text, words, starts, document.vocabulary.column(head_kind))
    if not candidates:  # (many a short item: nothing to read, no context to set up for it)
        return
    published = document.published

    def tense_of(start: int, end: int, verbs: bool = True) -> tense.Tense:
        recall.far_reads += 1
        return tense.tense_near(document, start, end, verbs)

    def sports() -> bool:
        recall.far_reads += 1
        return document.sports_report

    context = Context(text, published, tense_of, sports=sports, sentence_at=document.sentence_at)
    covered = 0
    # A text of many candidates that repeats its numbers reads each once (see recall), unless
    # a trace is recorded: each decision is then made (and shown) where it is met.
    keeps = len(candidates) >= RECALL_FROM and not tracing()
    recall = Recall(text, {} if keeps else None, rules_at, _match_rules)
    # The indexes sorted, not the (index, kinds) pairs: comparing ints, not tuples, is ten
    # times faster (a fifth of the cost of rejecting a number in a text of numbers).
    for index in sorted(candidates):
        heads = candidates[index]
        start = starts[index]
        if start < covered:
            continue
        found = recall.read(start, words[index], heads, context)
        if found is None and "phrase" in heads:
            fixed = _phrase_at(text, start, key_of(words[index]))
            if fixed is not None and not phrase_vetoed(fixed[1], text, start, fixed[0]):
                read = functools.partial(phrase, start=start, end=fixed[0])
                reading = _within_calendar(read, fixed[1], context)
                found = None if reading is None else (start, fixed[0], reading)
        if found is not None and in_a_name(text, found[0], found[1]):
            found = None  # "USA Today": the words within may still hold a time
        if found is not None:
            covered = found[1]
            reading = found[2]
            if reading.type in ("DATE", "TIME") and reading.value[:4].isdigit():
                context.last_date, context.last_date_end = reading.value, found[1]
                if reading.value[4:6] == "-Q" and _names_a_quarter(text, found, reading):
                    context.last_quarter, context.last_quarter_end = reading.value, found[1]
            yield found


def _names_a_quarter(text: str, found: tuple[int, int, Reading], reading: Reading) -> bool:
    """A quarter's value ("2025-Q3", tested first by the caller: most values are none) named
    as such ("the third quarter", "the quarter ended March 29"), not a year-ago one ("a year
    ago", "the year-ago quarter")."""
    written = text[found[0] : found[1]].lower()
    return "quarter" in written and "year" not in written


def _match_rules(text: str, start: int, rules: tuple[str, ...], context: Context) -> Found | None:
    for rule in rules:
        # No timeout here: each rule is anchored at one word and bounded (no unbounded or
        # nested repetition), and a timeout doubles the cost of every call.
        match = _pattern(rule).match(text, start, None, KEEP_GIL)  # (most tries fail at once)
        if match is None:
            continue
        reading = _within_calendar(NORMALIZERS[rule], match, context)
        if reading is not None:
            return _trimmed(text, match, rule), _end(text, match), reading
    return None


@functools.cache
def _pattern(rule: str) -> regex.Pattern[str]:
    """The compiled rule: one cached look-up for each try (the table's look-up is three
    calls, a tenth of the cost of a year in a text of years)."""
    return RULES[rule]


# A value whose year TIMEX3 cannot write in four digits: before year 1 ("-001", "0000") or
# after 9999 ("10000").
_BEYOND_CALENDAR = compiled(r"-|0000|\d{5}")


def _beyond_calendar(reading: Reading) -> bool:
    if reading.range is None:  # most readings: one value, no generator to set up
        return _beyond(reading.value)
    return any(_beyond(value) for value in (reading.value, *reading.range))


def _beyond(value: str) -> bool:
    # Most values need no regex call (a third of the cost of a year in a text of years): a
    # year from 1000 on ("2025", "2025-07-10"), an open value ("XXXX-XX-XX"), a duration.
    if value[:1] in _OPEN_OR_DURATION or (value[:1] in _NONZERO and value[4:5] in ("", "-")):
        return False
    return _BEYOND_CALENDAR.match(value) is not None


_OPEN_OR_DURATION = frozenset("XP")
_NONZERO = frozenset("123456789")


# What a reading is read from: a rule's match, or a fixed phrase (read with no partial
# function built for each match).
_Read = TypeVar("_Read")


def _within_calendar(
    read: Callable[[_Read, Context], Reading | None], what: _Read, context: Context
) -> Reading | None:
    """``read(what, context)``, or, when the publication day puts the value beyond the years
    1 to 9999 ("next year" published on 9999-12-31, "two years ago" on 0001-01-03), the
    reading without a publication day: the open value ("XXXX", "XXXX-XX-XX"), not resolved.
    A value TIMEX3 cannot write is no more a guess than a value from the machine clock."""
    try:
        reading = read(what, context)
        if reading is None or not _beyond_calendar(reading):
            return reading
    except (OverflowError, ValueError):  # the calendar arithmetic ran past year 1 or 9999
        pass
    # The date last mentioned may be as extreme ("the following year" after "9999").
    return read(what, attrs.evolve(context, published=None, last_date=None))


def _trimmed(text: str, match: regex.Match[str], rule: str) -> int:
    # "the 10-hour barrage", "the 15-plus-year career": a hyphenated duration is an
    # adjective, its article is not part of the time expression ("the past two weeks", "the
    # next six-plus weeks" keep their "the").
    if rule == "duration":
        amount_end = match.end("plus") if match.group("plus") else match.end("num")
        if text[amount_end : amount_end + 1] == "-":
            return match.start("num")
    # "sold following a year of strong harvests": "following" opening the match, with no "the", is a
    # preposition (a signal, as "after" is), no part of the expression ("the following two
    # days" keeps it)
    if (
        rule == "duration"
        and match.start("rel") == match.start()
        and match.group("rel").lower() == "following"
    ):
        return match.start("num")
    # "its fourth quarter", "a third-quarter loss": the quarter, not its determiner.
    if rule == "quarter" and match.group("det") and match.group("ordinal"):
        hyphenated = text[match.end("ordinal") : match.end("ordinal") + 1] == "-"
        if match.group("det").lower() != "the" or hyphenated:
            return match.start("det") + len(match.group("det")) + 1
    # "the late-November trip", "the early January meeting": the article is the noun's, which
    # the month or day qualifies, no part of the date ("late-November", as TimeBank writes
    # it); "the late 1990s" and "the end of November" keep theirs.
    if rule in _MONTH_OR_DAY_RULES:  # (the rule first: no group look-up for other rules)
        pmod = group(match, "pmod")
        if pmod is not None and pmod.lower() in _ARTICLE_MODS:
            return match.start("pmod") + len("the ")
    # "within a week": the preposition gives the mod (EQUAL_OR_LESS) but, as TimeML marks a
    # preposition (a signal), is no part of the expression: "a week", as TimeBank writes it.
    mod = group(match, "dmod")
    if mod is not None and mod.lower() in SIGNAL_MODS:
        return match.end("dmod") + 1
    return match.start()


_MONTH_OR_DAY_RULES = frozenset(["month", "monthday", "weekday"])
_ARTICLE_MODS = frozenset(["the early", "the late", "the mid"])


# Matched from the end backwards: the last word is the one that ends at the full stop, and a
# forward search would try (and fail) at each of the dozen positions before it.
_LAST_WORD = compiled(r"(\w+)\.$", regex.REVERSE)


def _end(text: str, match: regex.Match[str]) -> int:
    end = match.end()
    if text[end - 2 : end].lower() in ("'s", "’s") and group(match, "decade") is None:
        return end - 2  # "Friday's vote": the day, not its possessive ("the 1980's": a decade)
    # A full stop after a full word ends the sentence: "in March." but "Sept." and "a.m.".
    # (No regex for "a.m." and "p.m.": their last word is "m", an abbreviation's.)
    if text[end - 1] == "." and text[end - 3 : end - 1].lower() != ".m":
        last = _LAST_WORD.search(text, max(match.start(), end - 12), end)
        if last is not None and last.group(1).lower() not in _ABBREVIATIONS:
            end -= 1
    return end


_ABBREVIATIONS = MONTH_ABBREVIATIONS | {"m"}  # "a.m.", "p.m."
