"""A weekday set for an event: right after its noun and "for" ("the union has called a
strike for Monday", "opposition groups called a protest for Saturday", "the board set a
hearing for Wednesday"), or after the noun said to be, in the present ("there is a vote on
Tuesday", "there's a runoff vote on Sunday"; ``data/set_events.txt``). The day is the one
the event is set for, still to come: a past or perfect verb that called or set it tells
when that was done, not when the event is ("called a strike for Monday" said on a
Wednesday is next Monday). A plan told in the past perfect ("had called a strike for
Monday") leaves the day to the clause (:func:`newsfacts_dates.tense.tense_near`). Not a
month: "votes for March" may be those cast in it.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled, read_words
from newsfacts_dates.grammar import KEEP_GIL, WEEKDAYS

_EVENTS = read_words("newsfacts_dates", "set_events.txt")
_EVENT_NOUNS = "|".join(sorted(_EVENTS, key=lambda word: (-len(word), word)))

# The event's noun and "for" right before the expression: read backwards from it (REVERSE,
# anchored by \G).
_SET_FOR = compiled(rf"\b(?i:{_EVENT_NOUNS})[ \t]++for[ \t]++\G", flags=regex.REVERSE)
_REACH = 32  # characters read back from the expression
# "there is", "there's" or "there are", up to three words (a determiner, adjectives), the
# event's noun and maybe "on" right before the expression: "there is a special council
# meeting on| Thursday". Read backwards from it (REVERSE, anchored by \G).
_THERE_IS = compiled(
    rf"""\b(?i:there)(?:['’]s|[ \t]++(?:is|are))[ \t]++(?:[\w-]++[ \t]++){{0,3}}?
    (?i:{_EVENT_NOUNS})[ \t]++(?:on[ \t]++)?\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_THERE_REACH = 64
# A weekday's name opening the expression ("Monday", "Monday night"); an owner's ending in
# it, or after it or a word after it ("Monday's", "Monday night's")
_WEEKDAY = compiled(rf"(?i:{'|'.join(sorted(WEEKDAYS))})\b")
_OWNERS = frozenset(["'s", "’s"])
_OWNED_AFTER = compiled(r"(?:[ \t]++\p{L}++)?['’]s\b")


def set_for_day(text: str, low: int, start: int, end: int) -> bool:
    """Whether the expression at ``start``-``end`` is a weekday (no owner's "'s": "a vigil
    for Monday's victims") set for an event named right before it (from ``low`` at the
    farthest): "called a strike for| Monday", "there is a vote on| Tuesday"."""
    there_low = max(low, start - _THERE_REACH)
    # (most expressions: no "for" right before, no "there" within reach)
    set_for = text[start - 4 : start] == "for "
    if not set_for and "here" not in text[there_low:start]:
        return False
    if _WEEKDAY.match(text, start, end) is None or text[end - 2 : end] in _OWNERS:
        return False
    if _OWNED_AFTER.match(text, end, end + 16, KEEP_GIL) is not None:
        return False  # "a vigil for Monday night's victims"
    if set_for:
        return _SET_FOR.match(text, max(low, start - _REACH), start, KEEP_GIL) is not None
    return _THERE_IS.match(text, there_low, start, KEEP_GIL) is not None
