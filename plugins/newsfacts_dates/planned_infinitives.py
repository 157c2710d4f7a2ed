"""A day in an infinitive's clause after a plan told in the present: "Marsh is scheduled to
make his initial appearance in Waukesha County Circuit Court on Tuesday", "the court is
expected to rule on the last of the motions on Friday". When no tense cue is within reach of the
day (:func:`newsfacts_dates.tense.tense_near`) and the last infinitive before it in its clause
follows a cue of the future ("is scheduled", "are expected", "will"), the day is the one to
come, however far the words between carry it from that verb. A plan told in the past ("was
scheduled to make ...") leaves the day as it was. So is a day in the infinitive of what
someone was told to do ("urged residents to stay indoors on Friday", "warned South Africans
to brace for power cuts from Monday", ``data/directive_verbs.txt``): still to do when said
(the past verb before it is dropped by :func:`newsfacts_dates.clauses.after_infinitive`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import DIRECTIVE_VERBS, KEEP_GIL

Cues = Callable[[int, int], Sequence[tuple[int, int, str]]]

# The last "to" and verb before the day with no mark between (not "to" before a
# determiner, a preposition: "speaks to the club"): read backwards from the day (REVERSE,
# anchored by \G; no mark between keeps the day in the infinitive's clause).
_INFINITIVE = compiled(
    r"""\b(?i:to)[ \t]++
    (?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]++\b
    [^,;:.!?"“”]*?\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
# A verb of telling someone what to do, its object (one to three words) and the
# infinitive's "to" right before where _INFINITIVE starts: read backwards from there.
_DIRECTED = compiled(
    rf"\b(?:{'|'.join(sorted(DIRECTIVE_VERBS))})(?:[ \t]++[\w’'-]++){{1,3}}[ \t]++\G",
    flags=regex.REVERSE,
)
# A past auxiliary right before the planning cue: a plan told in the past ("was scheduled",
# "had been expected"), which may have fallen through
_PAST_BEFORE = compiled(r"\b(?i:was|were|been|had)[ \t]++(?:\w++[ \t]++)?$")
_CLAUSE_REACH = 160  # characters read back from the day for the infinitive
_CUE_REACH = 40  # characters read back from the infinitive for the verb that plans it
# characters from a told infinitive to the day: farther, the day is more often that of a
# noun in the infinitive's object ("urged him to release the tapes of his talk with the
# paper from Jan. 5")
_DIRECTED_REACH = 56


def planned_infinitive(text: str, floor: int, start: int, cues: Cues) -> bool:
    """Whether the day at ``start`` stands in an infinitive's clause right after a cue of
    the future or a verb of telling someone what to do (``floor``: the sentence's start;
    ``cues(start, end)``: the tense cues of a stretch of text)."""
    infinitive = _INFINITIVE.match(text, max(floor, start - _CLAUSE_REACH), start, KEEP_GIL)
    if infinitive is None:
        return False
    told = max(floor, infinitive.start() - _CUE_REACH)
    if start - infinitive.start() <= _DIRECTED_REACH and _DIRECTED.match(
        text, told, infinitive.start(), KEEP_GIL
    ):
        return True  # "urged residents to stay indoors on Friday"
    before = cues(max(floor, infinitive.start() - _CUE_REACH), infinitive.start())
    if not before or before[-1][2] != "future":
        return False
    cue_start = before[-1][0]
    return _PAST_BEFORE.search(text, max(floor, cue_start - 24), cue_start, KEEP_GIL) is None
