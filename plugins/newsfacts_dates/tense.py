"""The tense that picks a direction for a day or month written without one: past, future,
or none, from the words around the expression.

A bare "Friday" or "March" is the one just gone or the one to come as its sentence says:
"said Friday" looks back, "will meet Friday" ahead. The word right before the expression
decides first ("until", "since": ``data/lead_cues.tsv``), then the nearest tense cue of its
sentence (``data/past_cues.txt`` with the core's irregular past tenses, ``future_cues.txt``,
``present_cues.txt`` and verbs in "-ed": :mod:`newsfacts_dates.tense_cues`) in the clauses
that speak for the expression (:mod:`newsfacts_dates.clauses`).
"""

from __future__ import annotations

from typing import Literal

import regex

from newsfacts import Document
from newsfacts.plugin import compiled
from newsfacts_dates.awaited import ahead_of_weekday, awaited_event_day
from newsfacts_dates.clauses import (
    CLAUSE_REACH,
    after_infinitive,
    before_attribution,
    before_relative_clause,
    clause_start,
    in_own_clause,
    inside_quote,
    main_clause,
    outside_reported_clause,
    own_predicate,
    perfect_near,
)
from newsfacts_dates.conditionals import in_present_condition
from newsfacts_dates.grammar import (
    CONTRACT_GOODS,
    FUTURE_AFTER,
    KEEP_GIL,
    LEAD_CUES,
    MONTHS,
    OPENING_WORDS,
    PARTS_OF_DAY,
    UNPLANNED_EVENTS,
    WEEKDAYS,
)
from newsfacts_dates.neighbour_cues import passive_past_by
from newsfacts_dates.passive_infinitives import to_be_done_before
from newsfacts_dates.planned_infinitives import planned_infinitive
from newsfacts_dates.put_off_aside import put_off_aside_past
from newsfacts_dates.set_days import set_for_day
from newsfacts_dates.tense_cues import CUE_REACH, counts_for, cues_between

Tense = Literal["past", "future", "none"]


# The one to three words right before an expression ("until", "extended to", "takes effect
# on"); a word before the last may be joined by hyphens ("in the run-up to"). Read backwards
# from the expression (REVERSE, anchored there by \G): one attempt, not a search from every
# position of the window.
_WORDS_BEFORE = compiled(
    r"""(?:(?:(?P<first>\w++(?:-\w++)*+)\s++)?(?P<second>\w++(?:-\w++)*+)\s++)?
    (?P<last>\w++)\s++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
# Its groups by number: the regex module reads a group by name four times slower (it first
# fails to read the name as a number), and _lead_cue reads them before most expressions.
_SECOND, _LAST = _WORDS_BEFORE.groupindex["second"], _WORDS_BEFORE.groupindex["last"]
_WORD_GROUPS = tuple(_WORDS_BEFORE.groupindex[name] for name in ("first", "second", "last"))
# The last words of the lead cues (data/lead_cues.tsv): "on" of "takes effect on".
_LEAD_LAST_WORDS = frozenset(cue.rsplit(" ", 1)[-1] for cue in LEAD_CUES)


# A weekday joined to the expression by "or" or "and" right before it, maybe a part of the
# day between: "late on Thursday or early Friday", "Monday night and Tuesday". Read backwards
# from the expression (REVERSE, anchored by \G).
_JOINED_DAY_BEFORE = compiled(
    rf"""\b(?P<day>(?i:{"|".join(sorted(WEEKDAYS))}))
    (?:[ \t]++(?i:{"|".join(sorted(PARTS_OF_DAY))}))?[ \t]++(?:or|and)[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_JOINED_REACH = 32  # characters read back for the joined weekday


def tense_near(document: Document, start: int, end: int, verbs: bool = True) -> Tense:
    """ "past" or "future" from the word right before the expression ("by", "since"), else
    (when ``verbs``) from the nearest tense cue in the sentence, else "none". A weekday
    joined by "or" or "and" to one right before it takes that one's tense ("expected to
    cross the coast late on Thursday or early Friday": the cue may be out of reach of the
    second).

    A past perfect near the expression turns a leading "until" or "by" to the past: "had
    not called him a suspect until Thursday" is the Thursday gone, not the coming one.
    """
    sentence = document.sentence_at(start)
    if sentence is None:
        return "none"
    joined = _JOINED_DAY_BEFORE.match(
        document.text, max(sentence.start, start - _JOINED_REACH), start, KEEP_GIL
    )
    if joined is not None:
        return tense_near(document, joined.start("day"), joined.end("day"), verbs)
    low = max(sentence.start, start - CUE_REACH)
    high = min(sentence.end, end + CUE_REACH)
    # The words right before the expression: their lead cue first, their opening word last.
    before = _WORDS_BEFORE.match(document.text, max(sentence.start, start - 24), start, KEEP_GIL)
    lead = _lead_cue(before)
    if lead is None and _ahead_before(document, sentence.start, start, end):
        # "The third Test is in Perth on Friday", as "is on Friday" is; "ahead of the county
        # runoff on Monday", as "ahead of Monday" is
        lead = "future"
    if lead == "future" and (
        perfect_near(document.text, low, start, high)
        or _PAST_PLAN.search(document.text, low, start)
        or passive_past_by(document.text, low, start)
        or put_off_aside_past(document, start, end, sentence.end)
        or _fronted_by_past(document, sentence.start, start, end, sentence.end)
    ):
        # "had not named him until Tuesday", "was to take effect on Monday", "was contained
        # by Sunday evening", "The match, postponed until Monday, ended in a draw", "By
        # Tuesday evening, 40 ships were waiting"
        return "past"
    if lead is not None:
        return lead
    after = _WORDS_AFTER.match(document.text, end, high, KEEP_GIL)
    if after is not None and _delivery_after(before, after):
        # "December corn contracts dropped", "October crude rose": the month to come
        return "future"
    if not verbs:
        return "none"
    if _unplanned_event(document.text, sentence.start, start, end, high):
        return "past"  # "will visit the site of Sunday's shooting": the Sunday gone
    if awaited_event_day(document.text, sentence.start, start, end, sentence.end):
        return "none"  # "sold out for the Feb. 8 game": "sold out" does not date the game
    text = document.text
    low = clause_start(text, max(sentence.start, start - CLAUSE_REACH), low, start)
    cues = [
        cue for cue in cues_between(text, low, high, document) if counts_for(text, cue, start, end)
    ]
    cues = in_own_clause(text, start, end, outside_reported_clause(text, start, end, cues))
    cues = own_predicate(text, start, end, cues)
    cues = before_relative_clause(text, end, cues)
    cues = after_infinitive(text, start, before_attribution(text, start, end, cues))
    if _FRONTED.fullmatch(text, sentence.start, start, KEEP_GIL) and text[end : end + 1] == ",":
        main = main_clause(text, end, sentence.end)
        if not cues or main > end:  # the main clause's verb, past a "when" clause
            cues = cues_between(text, main, sentence.end, document)[:1]
    cues = inside_quote(text, start, end, cues)  # a quote's words keep their own tense
    best: tuple[int, Tense] | None = None
    for cue_start, cue_end, cue in cues:
        distance = start - cue_end if cue_end <= start else cue_start - end
        if best is None or distance < best[0]:
            best = (distance, cue)
    if best is not None:
        return best[1]
    return _without_cues(text, sentence.start, start, before)


def _without_cues(text: str, floor: int, start: int, before: regex.Match[str] | None) -> Tense:
    """The tense of an expression at ``start`` that no cue within reach speaks for
    (``floor``: its sentence's start; ``before``: the words right before it)."""
    if planned_infinitive(text, floor, start, lambda low, high: cues_between(text, low, high)):
        return "future"  # "is scheduled to make his first appearance in court on Tuesday"
    if before is None:
        return "none"
    last, second = before.group(_LAST).lower(), (before.group(_SECOND) or "").lower()
    # not after "year": "sales this year through August" is a span of the year so far
    opened = (last in OPENING_WORDS and second != "year") or (
        last in _OPENED_BY and second in OPENING_WORDS
    )
    return "future" if opened else "none"  # "rates rise 8 percent starting Jan. 1"


# A preposition between an opening word and the expression: "would cut jobs, starting in the
# summer", "beginning on Monday"
_OPENED_BY = frozenset(["in", "on", "from"])


# The word after an expression, or the one after that: "contracts" of "December (corn)
# contracts"; the first may be joined by hyphens ("December T-bonds"). A third is read
# only after "the" (see _delivery_after).
_WORDS_AFTER = compiled(r"[ \t]++(\w++(?:-\w++)*+)(?:[ \t]++(\w++)(?:[ \t]++(\w++))?)?")

# A day's event no one schedules after it, up to two words between: "Sunday's shooting",
# "Monday's deadly crash" (data/unplanned_events.txt; the "'s" in the expression or after it).
_UNPLANNED_EVENT = compiled(
    rf"""(?:(?<=['’]s)|['’]s)[ \t]++(?:[\w-]++[ \t]++){{0,2}}?
    (?i:{"|".join(sorted(UNPLANNED_EVENTS))})\b""",
    flags=regex.VERBOSE,
)

# A day's event no one schedules before it, after a determiner, up to four words between
# (no mark): "the shooting in Orlando on Sunday", "her victories in four states on Tuesday",
# "the incident Sunday evening" (not "rebels plan to attack on Sunday": no determiner). Read
# backwards from the expression (REVERSE, anchored by \G).
_UNPLANNED_BEFORE = compiled(
    rf"""\b(?i:the|a|an|his|her|its|their|this|that)[ \t]++(?:[\w-]++[ \t]++)??
    (?i:{"|".join(sorted(UNPLANNED_EVENTS))})(?:[ \t]++[\w.-]++){{0,4}}?[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_UNPLANNED_REACH = 72
_OWNER_ENDS = frozenset(["'s", "’s"])
# The words of those nouns, lowered: the pattern finds one only as a word set off by spaces.
_UNPLANNED_WORDS = frozenset(word for event in UNPLANNED_EVENTS for word in event.lower().split())


def _unplanned_event(text: str, low: int, start: int, end: int, high: int) -> bool:
    """Whether the expression at ``start``-``end`` is the day of an event no one schedules,
    named before or after it (``data/unplanned_events.txt``)."""
    # The owner's "'s" ends the expression or follows it (most expressions: neither).
    owner = text[end - 2 : end] in _OWNER_ENDS or text[end : end + 2] in _OWNER_ENDS
    if owner and _UNPLANNED_EVENT.match(text, end, high, KEEP_GIL) is not None:
        return True
    low = max(low, start - _UNPLANNED_REACH)
    # Most expressions have no such noun before them: the words of the reach, split on
    # spaces, are looked up first, and the pattern (a reach of up to four words tried against
    # each noun: a tenth of the cost of the tense) is read only where one of them is a noun.
    # (ASCII only: ignoring case, the pattern matches letters that lowering keeps apart, as
    # "ſ" and "s".)
    before = text[low:start]
    if before.isascii() and _UNPLANNED_WORDS.isdisjoint(before.lower().split()):
        return False
    return _UNPLANNED_BEFORE.match(text, low, start) is not None


# "By" or "Until" opening the sentence before the expression and a comma after it ("By
# Tuesday evening, 40 ships were waiting", "Until Thursday's ruling, the two rivals
# were trading at a discount"): the main clause's verb tells the direction, not the word.
_FRONTED_BY = compiled(r"[\s\"“'‘]*+(?:(?i:also|and|but)\s++)?(?:By|Until|Till)\s++")


def _fronted_by_past(document: Document, low: int, start: int, end: int, high: int) -> bool:
    """Whether "By" or "Until" opens the sentence (from ``low``) before the expression at
    ``start``-``end``, a comma follows it (or the noun it owns: "Until Thursday's
    ruling,") and the main clause's first tense cue (up to ``high``) is of the past:
    "By Tuesday evening, 40 ships were waiting", "Until Thursday's ruling, the two
    rivals were trading at a discount" (not "By Friday, the company will have paid")."""
    text = document.text
    comma = _OWNED_COMMA.match(text, end, high)
    if comma is None or _FRONTED_BY.fullmatch(text, low, start) is None:
        return False
    cues = cues_between(text, main_clause(text, comma.end() - 1, high), high, document)
    return bool(cues) and cues[0][2] == "past"


# The comma after a fronted day, or after the noun it owns, up to three words ("Until
# Thursday's ruling, ...", "By Friday's deadline, ..."; the "'s" in the expression or
# after it): bounded, no backtracking.
_OWNED_COMMA = compiled(r"(?:(?:(?<=['’]s)|['’]s)(?:[ \t]++[\w-]++){1,3}?)?,")


# An expression that opens its sentence, a comma after it ("On Tuesday, the league ...
# plans to hold"): the sentence's verb may stand farther than the reach, past the subject.
_FRONTED = compiled(r"[\s\"“'‘]*+(?i:(?:also|and|but)\s++)?(?i:(?:on|in)\s++)?")


# A day said to be with a place between, a schedule in the present tense as "the vote is on
# Tuesday" is: "The third Test is in Perth on Friday", "the summit is in Geneva in March",
# "the next game is at home on Saturday" (a name of up to three words, or "home"). Read
# backwards from the expression (REVERSE, anchored by \G).
_PLACED_SCHEDULE = compiled(
    r"""\b(?i:is|are)[ \t]++(?:in|at)[ \t]++
    (?:home|(?:the[ \t]++)?(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}\p{Lu}[\p{L}.'’-]*)
    [ \t]++(?:on|in)[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_PLACED_REACH = 60
# A thing put off to the day, its object between ("delayed the launch to June 20", "postponed
# the vote until Friday", "pushed the final back to March"), as "delayed to" is
# (data/lead_cues.tsv). Read backwards from the expression (REVERSE, anchored by \G).
_PUT_OFF_TO = compiled(
    r"""\b(?:(?i:delayed|postponed|deferred|rescheduled|pushed[ \t]++back|put[ \t]++(?:off|back))
      (?:[ \t]+[\w'’-]+){0,4}?
    | (?i:pushed|put)(?:[ \t]+[\w'’-]+){1,3}?[ \t]++(?i:back|off))  # "pushed the final back"
    [ \t]++(?:to|until|till)[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)


# The words each pattern ends in, right before the expression: "(is in Perth) on", "(delayed
# the launch) to".
_PLACED_LAST = frozenset(["on", "in"])
_PUT_OFF_LAST = frozenset(["to", "until", "till"])
_PLACE_WORDS = frozenset(["in", "at"])  # before a place said to be: "is in Perth"
_SPACES = frozenset(" \t")


def _to_come_before(text: str, low: int, start: int) -> bool:
    """Whether the words before ``start`` put the day on a schedule ahead: a place said to be
    (``_PLACED_SCHEDULE``) or a thing put off to it (``_PUT_OFF_TO``)."""
    # Told from the words before the expression, split on spaces: only the pattern that ends
    # in the last of them is read (half the expressions follow "on" or "in", few a word put
    # off to them), a place's only after an "in" or "at" before it (a word of its own, as the
    # pattern has it, set off by spaces or tabs).
    before = text[low:start]
    if before[-1:] not in _SPACES:
        return False
    words = before.split()
    last = words.pop() if words else ""
    if last in _PLACED_LAST:
        return (
            not _PLACE_WORDS.isdisjoint(words)
            and _PLACED_SCHEDULE.match(text, low, start, KEEP_GIL) is not None
        )
    return last in _PUT_OFF_LAST and _PUT_OFF_TO.match(text, low, start) is not None


_AHEAD_REACH = 64  # characters read back for "ahead of" and the event's words
# Words that end the event's noun phrase, a clause or another phrase after it: "ahead of the
# talks that ended Monday", "ahead of the race and won Tuesday".
_NOT_EVENT_WORDS = frozenset(["that", "which", "who", "when", "where", "and", "but", "or"])


def _ahead_before(document: Document, low: int, start: int, end: int) -> bool:
    """Whether the words before the expression at ``start``-``end`` (its sentence from
    ``low``) put its day ahead, past words that are no lead cue of their own: a schedule
    (:func:`_to_come_before`), an event something is done ahead of (:func:`_event_ahead`),
    a deed still to be done ("to be held": :mod:`newsfacts_dates.passive_infinitives`) or a
    condition in the present ("if she loses Saturday", "if her party wins the council in
    January": :mod:`newsfacts_dates.conditionals`)."""
    text = document.text
    if _to_come_before(text, max(low, start - _PLACED_REACH), start):
        return True
    if to_be_done_before(text, low, start) or set_for_day(text, low, start, end):
        return True  # "a report to be released Thursday", "called a strike for Monday"
    stem = text[start : start + 3].lower()
    if stem not in _STEMS:
        return False  # (most expressions: no weekday nor month, which the last checks ask for)
    weekday = stem in _WEEKDAY_STEMS
    if weekday and _event_ahead(document, max(low, start - _AHEAD_REACH), start, end):
        return True
    return in_present_condition(text, low, start, end)


# The first three letters of the weekdays' names, and with the months': a cheap look at an
# expression's start.
_WEEKDAY_STEMS = frozenset(name[:3] for name in WEEKDAYS)
_STEMS = _WEEKDAY_STEMS | frozenset(name[:3] for name in MONTHS)


def _event_ahead(document: Document, low: int, start: int, end: int) -> bool:
    """Whether the weekday at ``start``-``end`` is the day of an event something is done
    ahead of (:func:`newsfacts_dates.awaited.ahead_of_weekday`), its words a noun phrase."""
    event = ahead_of_weekday(document.text, low, start, end)
    if event is None:
        return False
    return _NOT_EVENT_WORDS.isdisjoint(document.text[event[0] : event[1]].lower().split())


# A plan told in the past: "was to take effect on Monday"
_PAST_PLAN = compiled(r"\b(?:was|were)[ \t]++to\b", regex.IGNORECASE)


# Words before a month that make it the time a good was made or sold, no delivery: "in
# September crude output fell", "since October copper has slumped"
_NO_DELIVERY_BEFORE = frozenset(
    ["in", "by", "since", "until", "during", "through", "from", "last", "this", "next", "of"]
)


def _goods_delivered(before: regex.Match[str] | None, word: str) -> bool:
    """Whether ``word``, right after a month, is a good traded for delivery in that month
    (``data/contract_goods.txt``: "October crude", "September silver"), no word of time
    before the month (``before``: the month's match of ``_WORDS_BEFORE``, read once by
    :func:`tense_near`)."""
    lowered = word.lower()
    # "T-bonds" is a good as written, "heating-oil" (crack) by its first word
    if lowered not in CONTRACT_GOODS and lowered.partition("-")[0] not in CONTRACT_GOODS:
        return False
    return before is None or before.group(_LAST).lower() not in _NO_DELIVERY_BEFORE


def _delivery_after(before: regex.Match[str] | None, after: regex.Match[str]) -> bool:
    """Whether the words ``after`` a month name a delivery in it: a word of
    ``data/future_after.txt`` one or two words after it ("December corn contracts"), or
    three after "the" and the month, where the words between name the contract ("the
    September Swiss franc future", "the March long gilt future"), or a good traded for
    delivery right after it (:func:`_goods_delivered`)."""
    words = [word.lower() for word in after.groups("")]
    if not FUTURE_AFTER.isdisjoint(words[:2]):
        return True
    if words[2] in FUTURE_AFTER and before is not None and before.group(_LAST).lower() == "the":
        return True
    return _goods_delivered(before, after.group(1))


def _lead_cue(before: regex.Match[str] | None) -> Tense | None:
    """The direction the words right before an expression (``before``, a match of
    ``_WORDS_BEFORE``) give: "extended to", "until"."""
    if before is None:
        return None
    # Most expressions follow no cue's last word ("the", "on"): no cue ends there.
    if before.group(_LAST).lower() not in _LEAD_LAST_WORDS:
        return None
    words = [word.lower() for word in before.group(*_WORD_GROUPS) if word]
    for length in range(len(words), 0, -1):  # the longest cue first: "takes effect on"
        cue = LEAD_CUES.get(" ".join(words[-length:]))
        if cue is not None:
            return cue
    return None
