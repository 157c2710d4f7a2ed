"""A weekday or a month in a condition or a clause of time told in the present tense: "If
she loses Saturday, ...", "if her party wins the council in January", "if the margin is
thin on Tuesday", "unless the board approves it Friday", "when the senator speaks at the
forum on Friday", "by the time the count is over on Monday" (not "once": an adverb as
often, "Once again on Monday, ..."). Such a clause in the present speaks of a time to come,
whatever the tense of the clause it leads to; one in the past ("if he lost Saturday", "if
he had won on Tuesday", "when she took the stage Monday"), or with a verb whose past is its
present ("when the storm hit Monday"), is left to its verbs. Not a weekday owned by a noun
or owning one ("if you want to grasp Thursday night's debate", "if he builds on his
Tuesday wins"): the noun's event may lie either way.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import SAME_FORM_PASTS, compiled
from newsfacts_dates.grammar import KEEP_GIL, MONTHS, WEEKDAYS
from newsfacts_dates.tense_cues import cues_between

# "if", "unless", "when" or "by the time" opening the expression's clause, no mark
# between (a comma ends the clause: "If she loses, Saturday's rally is off"). Read backwards
# from the expression (REVERSE, anchored by \G).
_CONDITION = compiled(
    r"""\b(?i:if|unless|when|by[ \t]++the[ \t]++time)
    [ \t]++(?P<clause>[^,;:.!?"“”()\[\]—–\n]{1,80}?)[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_REACH = 96  # characters read back for the condition's opening
# The words of those openings, one of which a condition's reach holds as a word of its own.
_OPENINGS = frozenset(["if", "unless", "when", "time"])
_OPENING_MARKS = "\"“‘'(["  # a quote or bracket opened right before one: "“If she loses"
_FIRST_WORD = compiled(r"\p{L}++")
# The first words of the expressions a condition may lead to the time to come: a weekday or
# a month ("if her party wins the council in January", said in August: the January to
# come).
_DAY_OR_MONTH = frozenset(WEEKDAYS) | frozenset(MONTHS)
_OWNER_ENDS = ("'s", "’s")
# An owner's "'s" after the weekday or a word after it: "Thursday's", "Thursday night's".
_OWNER_AFTER = compiled(r"(?:[ \t]++\p{L}++)?['’]s\b")
# Words right before a weekday that make it a noun's modifier: "his Tuesday wins".
_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "its", "their", "our", "this", "that"])


def in_present_condition(text: str, low: int, start: int, end: int) -> bool:
    """Whether the weekday or month at ``start``-``end`` (its sentence from ``low``) stands
    in a condition or a clause of time told in the present tense: no cue of the past between
    its opening word ("if", "when") and the expression."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None or first.group().lower() not in _DAY_OR_MONTH:  # (most expressions)
        return False
    low = max(low, start - _REACH)
    before = text[low:start].lower()
    words = before.split()
    if _OPENINGS.isdisjoint(word.lstrip(_OPENING_MARKS) for word in words):
        return False  # (most weekdays: no condition)
    if text[end - 2 : end] in _OWNER_ENDS or _OWNER_AFTER.match(text, end, end + 16):
        return False
    if words and (words[-1] in _DETERMINERS or words[-1].endswith(_OWNER_ENDS)):
        return False
    found = _CONDITION.match(text, low, start, KEEP_GIL)
    if found is None:
        return False
    if not SAME_FORM_PASTS.isdisjoint(found.group("clause").lower().split()):
        return False  # "When the storm hit Monday": a past as often as a present
    cues = cues_between(text, found.start("clause"), start)
    return all(cue[2] != "past" for cue in cues)
