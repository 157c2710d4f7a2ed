"""The scan: find time expressions in an article and read them."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import attrs
import regex

from newsfacts import Document
from newsfacts.plugin import WordColumn, compiled, tracing
from newsfacts_dates import tense
from newsfacts_dates.grammar import (
    DISPATCH,
    HEAD_KINDS,
    MONTH_ABBREVIATIONS,
    PHRASES_BY_FIRST,
    RULE_NEEDS,
    RULES,
    STARTERS,
)
from newsfacts_dates.names import in_a_name
from newsfacts_dates.normalize import NORMALIZERS
from newsfacts_dates.reading import Context, Found, Reading
from newsfacts_dates.recall import RECALL_FROM, Recall
from newsfacts_dates.relative import phrase, phrase_vetoed
from newsfacts_dates.words import words_of


def _phrase_at(text: str, start: int, first: str) -> tuple[int, str] | None:
    """The longest fixed phrase starting at ``start`` whose first word is ``first``."""
    candidates = PHRASES_BY_FIRST.get(first, ())
    if not candidates:
        return None
    # The text as long as the longest phrase, lowered once (not once per phrase: "the"
    # opens 37). Should lowering change its length ("İ"), each phrase's stretch is lowered.
    written = text[start : start + len(candidates[0])]
    lowered = written.lower()
    found: Iterable[str]
    if len(lowered) == len(written):
        found = filter(lowered.startswith, candidates)  # (a C-level loop)
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
    published = document.published

    def tense_of(start: int, end: int, verbs: bool = True) -> tense.Tense:
        recall.far_reads += 1
        return tense.tense_near(document, start, end, verbs)

    def sports() -> bool:
        recall.far_reads += 1
        return document.sports_report

    context = Context(text, published, tense_of, sports=sports)
    words, starts = words_of(document)
    covered = 0
    candidates = _candidates(text, words, starts, document.vocabulary.column(_head))
    # A text of many candidates that repeats its numbers reads each once (see recall), unless
    # a trace is recorded: each decision is then made (and shown) where it is met.
    keeps = len(candidates) >= RECALL_FROM and not tracing()
    recall = Recall(text, {} if keeps else None, _rules_at, _match_rules)
    # The indexes sorted, not the (index, kinds) pairs: comparing ints, not tuples, is ten
    # times faster (a fifth of the cost of rejecting a number in a text of numbers).
    for index in sorted(candidates):
        heads = candidates[index]
        start = starts[index]
        if start < covered:
            continue
        found = recall.read(start, words[index], heads, context)
        if found is None and "phrase" in heads:
            fixed = _phrase_at(text, start, _key(words[index]))
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


def _candidates(
    text: str, words: list[str], starts: list[int], head_of: WordColumn[int]
) -> dict[int, frozenset[str]]:
    """Where an expression may start (index of a word) -> the kinds of head words after it
    (``head_of``: the vocabulary's column of :func:`_head`).

    Every expression holds a head word (a month, a unit, a digit...) within a few words of
    its start; only words that can begin a rule and have a head that close are tried, and
    only with the rules that can use the kinds of heads found there.
    """
    # The kinds are HEAD_KINDS' own frozensets, shared, until two heads' kinds meet: a set
    # per candidate would cost 200 bytes for every number of a text of numbers.
    candidates: dict[int, frozenset[str]] = {}
    # The words that are or may be heads, picked in C (compress over the column's look-ups):
    # a loop over every word in Python was a third of the cost of finding the candidates.
    # A number that may be one is asked about with the text around it.
    heads = [
        i
        for i in itertools.compress(itertools.count(), map(head_of.__getitem__, words))
        if head_of[words[i]] == _HEAD or _number_heads(text, starts[i], words[i])
    ]
    for head in heads:
        key = _key(words[head])
        kinds = HEAD_KINDS[key]
        numbered = key == "#digit"
        if numbered and (head == 0 or words[head - 1][0] in _SPECIAL):
            # A number right after a number (in a text of numbers, every one): its reach ends
            # at itself (see below), no loop set up to find it so.
            found = candidates.get(head)
            if found is None:
                candidates[head] = kinds
            elif not kinds <= found:
                candidates[head] = found | kinds
            continue
        for index in range(head, max(-1, head - _HEAD_REACH_WORDS - 1), -1):
            if starts[head] - starts[index] > _HEAD_REACH_CHARS:
                break
            if numbered and index < head and words[index][0] in _SPECIAL:
                # A rule that starts at a number has that number for its head (AT_DIGITS),
                # and one that starts at a word ("around 10:30", "the mid-1990s") holds no
                # number before the head: a number's reach ends at the number before it.
                break
            if words[index] in STARTERS or words[index][0] in _SPECIAL:
                found = candidates.get(index)
                if found is None:
                    candidates[index] = kinds
                elif kinds <= found:
                    # The heads before this one that gave it these kinds reached as far back
                    # (a word before this one is as close to them): in a run of numbers
                    # every word would otherwise be updated six times over.
                    break
                else:
                    candidates[index] = found | kinds
    return candidates


# What a word is to the candidates (_head), by its text alone: a head; none; or a number
# that is one if some rule's number is written as it is with the text around it.
_NO_HEAD, _HEAD, _HEAD_IF_WRITTEN_SO = 0, 1, 2


def _head(word: str) -> int:
    """Whether ``word`` is a head (see :func:`_candidates`): a head word, or four characters
    from a digit on ("2025", "10am"), a head as a year's number is, with no call for each
    year of a text of years (a word the call would turn down is tried as every number was
    before); else a number is one if :func:`_number_heads` says so. A pure function of the
    word, kept in the extractor's vocabulary (words repeat from article to article)."""
    if word in HEAD_KINDS:
        return _HEAD
    if word[0] not in _SPECIAL:
        return _NO_HEAD
    return _HEAD if len(word) == 4 else _HEAD_IF_WRITTEN_SO


# "at least the past 18 months": the head ("18") may come five words after the start.
_HEAD_REACH_WORDS = 5
_HEAD_REACH_CHARS = 40


_SPECIAL = frozenset("0123456789'’")
_APOSTROPHES = frozenset("'’")


def _number_heads(text: str, start: int, word: str) -> bool:
    """Whether the number ``word`` at ``start`` is written as some rule's number: a year's
    four digits, an hour's one or two before a colon or " a.m." (see AT_DIGITS), the second
    day of "May 24 and 25". In a rule that starts at another word ("around 10:30", "Monday
    at 10:30", "the mid-1990s") its number is written as where it starts one, so a number
    that can start none ("1,234", "$12", "45%", the "3" and "1" of "Brazil 3 Bolivia 1") is
    no head: in a text of numbers nearly every word would otherwise be tried, and the word
    before it. (The two digits of "FY 25" are none: "fy" is a head of its own, see
    grammar.HEAD_KINDS.)"""
    heads = _heads_a_rule(text[start : start + len(word) + 2])
    return heads is True or (heads is None and _joined(text, start))


@functools.lru_cache(maxsize=4096)
def _heads_a_rule(written: str) -> bool | None:
    """Whether a number (``written``: its word and the two characters after) is written as
    some rule's number (see :func:`_number_heads`); None where it is one only after a
    conjunction (see :func:`_joined`). Few distinct words and characters after them:
    cached."""
    if written[0] in _APOSTROPHES:
        return True
    digits = digits_at(written, 0)
    after = written[digits : digits + 2]
    if _rules_at_number(_DIGIT_HEAD, digits, after, False):
        return True
    return None if _rules_at_number(_DIGIT_HEAD, digits, after, True) else False


def _key(word: str) -> str:
    """The dispatch key of a lowered word: digits and "'90s" stand for their kind."""
    if word[0] not in _SPECIAL:
        return word
    return "#apostrophe" if word[0] in "'’" else "#digit"


# What a rule tried at a number needs right there: how many digits open it (up to 5), the
# two characters after them (fewer at the end of the text, or where the second is not known:
# a condition on it passes) and whether "and ", "or " or "& " stands right before it (see
# _joined). A condition every match of the rule meets, read without the regex: in a text of
# numbers these rules were tried at every number, and all failed (tests/test_dates_scan.py
# checks each condition against the rule). A clock time's pattern, with its weekdays, months,
# zones and holidays, costs over a microsecond to fail at a number ("Brazil 3 Bolivia 1").
_AFTER_HOUR: frozenset[str] = frozenset(":aApP")  # "10:30", "10am", "10PM"
# After "10 ": "a.m.", "pm", "o'clock", "in the morning" ("İ" is an "i" to the regex ignoring
# case); after "10.": a minute's tens ("10.30 a.m."). The empty string: no second character.
_AFTER_HOUR_SPACE: frozenset[str] = frozenset(["", *"aApPoOiIİ"])
_MINUTE_TENS: frozenset[str] = frozenset(["", *"012345"])
_DECADE_MARK: frozenset[str] = frozenset("sS'’")
_AFTER_DAY: frozenset[str] = frozenset(" .,;:)!?'\"”’sSnNrRtT") | {""}


def _clock_at(digits: int, after: str) -> bool:
    """Whether a clock time may start at a number of ``digits`` digits followed by
    ``after``: "10:30", "10.30 a.m.", "10am", "10 pm", "10 o'clock", "10 in the morning",
    "0930 GMT"."""
    if digits == 4:
        return after[:1] == " "
    if digits > 2:
        return False
    first = after[:1]
    if first == " ":
        return after[1:2] in _AFTER_HOUR_SPACE
    if first == ".":
        return after[1:2] in _MINUTE_TENS
    return first in _AFTER_HOUR


AT_DIGITS: dict[str, Callable[[int, str, bool], bool]] = {
    "iso": lambda digits, after, _: digits == 4 and after[:1] == "-",  # "2025-07-10"
    "numeric": lambda digits, after, _: digits <= 2 and after[:1] == "/",  # "7/10/2025"
    "clock": lambda digits, after, _: _clock_at(digits, after),
    "decade": lambda digits, after, _: digits == 4 and after[:1] in _DECADE_MARK,  # "1990s"
    "yearrange": lambda digits, after, _: digits == 4 and after[:1] in "-–",  # "2024-25"
    "year": lambda digits, after, _: digits == 4,  # "2025", "2025's"
    # "25" of "April 24 and 25", "25th" (a mark, a space or the end after it)
    "next_day": lambda digits, after, joined: digits <= 2 and after[:1] in _AFTER_DAY and joined,
}
_MOST_DIGITS = 5
_DIGIT_HEAD = frozenset(["digit"])


def digits_at(text: str, start: int) -> int:
    """How many digits ``text`` holds from ``start`` on, up to 5."""
    match = _DIGITS.match(text, start)
    return 0 if match is None else match.end() - start


_DIGITS = compiled(rf"\d{{1,{_MOST_DIGITS}}}")


@functools.cache
def _rules_for(key: str, heads: frozenset[str]) -> tuple[str, ...]:
    """The rules that may start at a word of ``key`` and use one of the kinds of ``heads``
    (few keys and kinds: a small cache, one look-up per candidate instead of a loop)."""
    return tuple(rule for rule in DISPATCH.get(key, ()) if RULE_NEEDS[rule] & heads)


@functools.lru_cache(maxsize=4096)
def _rules_at_number(
    heads: frozenset[str], digits: int, after: str, joined: bool
) -> tuple[str, ...]:
    """The rules that may start at a number of ``digits`` digits followed by ``after`` (see
    AT_DIGITS), ``joined`` to one before it, and use one of the kinds of ``heads``: few
    combinations, so one cached look-up per number (keyed by the heads' set, whose hash
    Python keeps, not by a tuple of rules)."""
    rules = _rules_for("#digit", heads)
    return tuple(
        rule for rule in rules if rule not in AT_DIGITS or AT_DIGITS[rule](digits, after, joined)
    )


def _rules_at(text: str, start: int, word: str, heads: frozenset[str]) -> tuple[str, ...]:
    """The rules to try at ``word``, which starts at ``start`` and has ``heads`` after it."""
    key = _key(word)
    if key != "#digit":
        return _rules_for(key, heads)
    # A word of ASCII digits is the whole number (a word ends where the digits do, and
    # lowering leaves digits alone): its length, without a regex call per number.
    ascii_digits = word.isascii() and word.isdigit()
    digits = min(len(word), _MOST_DIGITS) if ascii_digits else digits_at(text, start)
    after = text[start + digits : start + digits + 2]
    return _rules_at_number(heads, digits, after, _joined(text, start))


def _joined(text: str, start: int) -> bool:
    """Whether "and ", "or " or "& " (in any case, as the rules read them) stands right
    before ``start``: the second day of "May 24 and 25" (next_day). Its last two characters
    first, a look-up: most numbers stand after none."""
    return text[max(0, start - 2) : start] in _JOIN_ENDS and text.endswith(_JOINS, 0, start)


_JOINS = tuple(
    sorted(
        {
            "".join(cased) + " "
            for word in ("and", "or", "&")
            for cased in itertools.product(*((letter.lower(), letter.upper()) for letter in word))
        }
    )
)
_JOIN_ENDS = frozenset(join[-2:] for join in _JOINS)


def _match_rules(text: str, start: int, rules: tuple[str, ...], context: Context) -> Found | None:
    for rule in rules:
        # No timeout here: each rule is anchored at one word and bounded (no unbounded or
        # nested repetition), and a timeout doubles the cost of every call.
        match = _pattern(rule).match(text, start, None, _CONCURRENT)
        if match is None:
            continue
        reading = _within_calendar(NORMALIZERS[rule], match, context)
        if reading is not None:
            return _trimmed(text, match, rule), _end(text, match), reading
    return None


# The ``concurrent`` argument of the regex module's match (its fourth, passed by position: by
# keyword the module parses the arguments anew, slower): False keeps the GIL through a try,
# where the module would let go of it and take it back around each (most tries fail at once).
_CONCURRENT = False


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
    # "the 10-hour barrage": a hyphenated duration is an adjective, its article is not part
    # of the time expression ("the past two weeks" keeps its "the").
    if rule == "duration" and text[match.end("num") : match.end("num") + 1] == "-":
        return match.start("num")
    # "its fourth quarter", "a third-quarter loss": the quarter, not its determiner.
    if rule == "quarter" and match.group("det") and match.group("ordinal"):
        hyphenated = text[match.end("ordinal") : match.end("ordinal") + 1] == "-"
        if match.group("det").lower() != "the" or hyphenated:
            return match.start("det") + len(match.group("det")) + 1
    return match.start()


# Matched from the end backwards: the last word is the one that ends at the full stop, and a
# forward search would try (and fail) at each of the dozen positions before it.
_LAST_WORD = compiled(r"(\w+)\.$", regex.REVERSE)


def _end(text: str, match: regex.Match[str]) -> int:
    end = match.end()
    if text[end - 2 : end].lower() in ("'s", "’s"):
        return end - 2  # "Friday's vote": the day, not its possessive
    # A full stop after a full word ends the sentence: "in March." but "Sept." and "a.m.".
    # (No regex for "a.m." and "p.m.": their last word is "m", an abbreviation's.)
    if text[end - 1] == "." and text[end - 3 : end - 1].lower() != ".m":
        last = _LAST_WORD.search(text, max(match.start(), end - 12), end)
        if last is not None and last.group(1).lower() not in _ABBREVIATIONS:
            end -= 1
    return end


_ABBREVIATIONS = MONTH_ABBREVIATIONS | {"m"}  # "a.m.", "p.m."
