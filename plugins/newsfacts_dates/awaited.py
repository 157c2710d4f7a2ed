"""A day written in the noun phrase of an event put on a schedule ahead, after "for" or
"ahead of": "Tickets sold out within an hour for the Feb. 8 game", "Fans camped out ahead
of the March 3 final", "for Saturday's derby". The phrase names the event's day, not the
time of the clause's verb ("sold out" tells nothing of when the game is): the verbs of its
sentence do not speak for it (``data/awaited_events.txt``). Not a weekday's: a week's
days are near, and the tense of the clause tells well which is meant ("planning for
Thursday's meeting says" is the Thursday to come, "closed roads for Saturday's parade"
the one gone)."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled, read_words
from newsfacts_dates.grammar import WEEKDAYS

_EVENTS = read_words("newsfacts_dates", "awaited_events.txt")

# "for the", "ahead of the", "for" (before a possessive day: "for Saturday's derby") right
# before the expression. Read backwards from it (REVERSE, anchored by \G).
_AWAITED_BEFORE = compiled(
    r"""\b(?i:for|ahead[ \t]++of|in[ \t]++the[ \t]++run-up[ \t]++to)
    (?:[ \t]++(?i:the|this|next))?[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_BEFORE_REACH = 32
# A word each lead holds: no lead stands where none of them is written.
_LEAD_WORDS = ("for", "ahead", "run-up")

# After the expression: its possessive or not, up to two words ("the Feb. 8 home game", "the
# March 3 FA Cup final"), then an event's noun: "game", "final", "concert".
_EVENT_AFTER = compiled(
    rf"""(?:['’]s)?(?:[ \t]++[\w-]++){{0,2}}?[ \t]++
    (?i:{"|".join(sorted(_EVENTS, key=lambda word: (-len(word), word)))})\b""",
    flags=regex.VERBOSE,
)
_AFTER_REACH = 48
# The expression's first word, without its possessive: "Thursday" of "Thursday’s".
_FIRST_WORD = compiled(r"\p{L}++")


def awaited_event_day(text: str, low: int, start: int, end: int, high: int) -> bool:
    """Whether the expression at ``start``-``end`` (its sentence ``low``-``high``) is the
    day of an event named after it, after "for" or "ahead of" before it."""
    low = max(low, start - _BEFORE_REACH)
    # Most expressions have no lead's word before them: the reach is looked at first, and the
    # patterns (the event's nouns after the expression cost a twentieth of its tense) are read
    # only where one of the words stands in it. (ASCII only: ignoring case, the pattern
    # matches letters that lowering keeps apart, as "ſ" and "s".)
    before = text[low:start]
    lowered = before.lower()
    if before.isascii() and not any(map(lowered.__contains__, _LEAD_WORDS)):
        return False
    first = _FIRST_WORD.match(text, start, end)
    return (
        (first is None or first.group().lower() not in WEEKDAYS)
        and _EVENT_AFTER.match(text, end, min(high, end + _AFTER_REACH)) is not None
        and _AWAITED_BEFORE.match(text, low, start) is not None
    )


# "ahead of" or a lead-up's noun, then up to four words of the event, before a weekday:
# "ahead of the county runoff on Monday", "ahead of voting Tuesday", "in the run-up to the
# ballot on Sunday", "ahead of the province's Sunday ballot". (Right before the day, the words
# are a lead cue of their own: data/lead_cues.tsv.) Read backwards from the expression
# (REVERSE, anchored by \G); no mark between, which would end the phrase.
_AHEAD_OF_DAY = compiled(
    r"""\b(?i:ahead[ \t]++of|(?:run|lead|build)-up[ \t]++to)
    (?P<event>(?:[ \t]++[\w'’-]++){1,4}?)[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_AHEAD_WORDS = ("ahead", "-up")


def ahead_of_weekday(text: str, low: int, start: int, end: int) -> tuple[int, int] | None:
    """Where the event's words lie (start, end) if the weekday at ``start``-``end`` is the day
    of an event that something is done ahead of (``_AHEAD_OF_DAY``, from ``low``), else None.

    The verb of the clause dates what is done ahead, not the event: "the contest has grown
    bitter ahead of the province's Sunday ballot", "donors poured money into ads in the
    run-up to the ballot on Sunday" name the coming day, not the one gone, as "ahead of
    Sunday's ballot" does. A weekday only: a week's days lie near, and what is prepared
    ahead of one is told of before it comes; a date is read as an unmarked one
    (:func:`awaited_event_day`).
    """
    before = text[low:start]
    if before.isascii() and not any(map(before.lower().__contains__, _AHEAD_WORDS)):
        return None
    first = _FIRST_WORD.match(text, start, end)
    if first is None or first.group().lower() not in WEEKDAYS:
        return None
    found = _AHEAD_OF_DAY.match(text, low, start)
    return None if found is None else found.span("event")
