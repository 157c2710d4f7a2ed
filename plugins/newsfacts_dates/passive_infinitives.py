"""A day right after a passive or progressive infinitive: "the referendum, to be held
Sunday", "a report to be released Thursday", "an address to be delivered on Wednesday",
"told where to be canvassing Monday night". What is still to be done is ahead of the
time told of, whatever the clause's own verb says ("revised the speech to be delivered
Wednesday" is the Wednesday to come); a plan told in the past ("was to be held Sunday") or a
past perfect still turns it back (:func:`newsfacts_dates.tense.tense_near`). Not "to be" and
a place ("cancelled a dinner to be in Ohio on Thursday"): no deed still to do.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import IRREGULAR_VERBS, compiled
from newsfacts_dates.grammar import KEEP_GIL

# "to be", maybe an adverb in "-ly", a verb's word, maybe "on", "in" or "at", right before
# the expression. Read backwards from it (REVERSE, anchored by \G).
_TO_BE_DONE = compiled(
    r"""\b(?i:to)[ \t]++(?i:be)[ \t]++(?:\w++ly[ \t]++)?(?P<verb>\w++)
    [ \t]++(?:(?i:on|in|at)[ \t]++)?\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_REACH = 48  # characters read back from the expression
# The participles of the core's irregular verbs ("held", "sent", "shown") and the endings of
# the others ("released", "canvassing").
_PARTICIPLES = frozenset(verb.participle for verb in IRREGULAR_VERBS)
_ENDINGS = ("ed", "en", "ing")


def to_be_done_before(text: str, low: int, start: int) -> bool:
    """Whether a passive or progressive infinitive ("to be held", "to be canvassing") stands
    right before ``start`` (from ``low`` at the farthest)."""
    low = max(low, start - _REACH)
    if "be" not in text[low:start].lower():  # (most expressions: no "be" before them)
        return False
    found = _TO_BE_DONE.match(text, low, start, KEEP_GIL)
    if found is None:
        return False
    verb = found.group("verb").lower()
    return verb in _PARTICIPLES or (len(verb) > 4 and verb.endswith(_ENDINGS))
