"""The direction of a season named alone ("in the spring", "by the fall"): its clause's verb,
or the words right before it.

"since" before it is the season gone ("campaigning in the county since the spring"). "by" and a noun
after it ("By late summer, she looked vulnerable", "his summer ads helped") are written of a
season gone as often as of one to come: those leave it to the verb before "by" ("would put
officers on the streets by the spring": a verb of the future, the coming spring), else the
publication year's. Looking ahead ("Looking ahead to the fall,") is the season to come.
So is a season a deed is still to be done in ("an album to be issued in the spring":
:mod:`newsfacts_dates.passive_infinitives`).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.passive_infinitives import to_be_done_before
from newsfacts_dates.tense import Tense

# "by" right before the season (whose text may begin with "the", "late" or "early"): "by the
# spring", "by late summer". Read backwards from the season's first word (REVERSE, anchored by \G).
_BY_BEFORE = compiled(r"\b(?i:by)[ \t]++\G", flags=regex.REVERSE)
# Words that look ahead to the season: "Looking ahead to the fall" (not "ahead of": "the
# rally came ahead of the summer recess" is the summer gone).
_AHEAD_BEFORE = compiled(r"\b(?i:ahead[ \t]++to)[ \t]++\G", flags=regex.REVERSE)
_REACH = 16  # characters read back for those words


def season_tense(
    text: str, tense_of: Callable[[int, int, bool], Tense], start: int, end: int
) -> Tense:
    """The tense that dates the season named at ``start``-``end`` (its text may begin with
    "the"), for :func:`newsfacts_dates.anchor.season_year`."""
    lead = tense_of(start, end, False)
    if lead == "none":
        return tense_of(start, end, True)
    if lead == "past":
        return "past"
    if _AHEAD_BEFORE.match(text, max(0, start - _REACH), start) is not None:
        return "future"
    if to_be_done_before(text, 0, start):
        return "future"  # "an album to be issued in the spring"
    by = _BY_BEFORE.match(text, max(0, start - _REACH), start)
    if by is not None and tense_of(by.start(), end, True) == "future":
        return "future"  # "would put officers on the streets by the spring"
    return "none"
