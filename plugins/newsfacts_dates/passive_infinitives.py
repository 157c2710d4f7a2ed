"""A day right after a passive or progressive infinitive: "the referendum, to be held
Sunday", "a report to be released Thursday", "an address to be delivered on Wednesday",
"told where to be canvassing Monday night". What is still to be done is ahead of the time
told of, whatever the clause's own verb says ("revised the speech to be delivered
Wednesday" is the Wednesday to come). A plan told in the past ("was to be held Sunday",
"was scheduled to be held Sunday but was called off") or a past perfect leaves the day to
the clause (:func:`newsfacts_dates.tense.tense_near`); so does "to be" before a place
("cancelled a dinner to be in Ohio on Thursday"): no deed still to do.
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
# A plan told in the past right before "to be": "was scheduled to be held", "were due to be
# named", "had been expected to be signed" (a plan that may have fallen through, as "was to
# be held": the clause decides). Read backwards from "to" (REVERSE, anchored by \G).
_PAST_PLAN_BEFORE = compiled(r"\b(?i:was|were|been)[ \t]++(?:\w++[ \t]++)?\G", flags=regex.REVERSE)
# The participles of the core's irregular verbs ("held", "sent", "shown") and the endings of
# the others ("released", "canvassing").
_PARTICIPLES = frozenset(verb.participle for verb in IRREGULAR_VERBS)
_ENDINGS = ("ed", "en", "ing")


def to_be_done_before(text: str, low: int, start: int) -> bool:
    """Whether a passive or progressive infinitive ("to be held", "to be canvassing") stands
    right before ``start`` (from ``low`` at the farthest)."""
    low = max(low, start - _REACH)
    if "to be " not in text[low:start].lower():  # (most expressions: no "to be" before)
        return False
    found = _TO_BE_DONE.match(text, low, start, KEEP_GIL)
    if found is None:
        return False
    verb = found.group("verb").lower()
    if verb not in _PARTICIPLES and not (len(verb) > 4 and verb.endswith(_ENDINGS)):
        return False
    to = found.start()
    return _PAST_PLAN_BEFORE.match(text, max(0, to - 32), to, KEEP_GIL) is None
