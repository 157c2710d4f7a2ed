"""A weekday planned in a past telling: "was due to sign the lease on Friday", "was
expected to sail late Friday", "were planning to pour the concrete on Monday". A story is
mostly written the day before it is published, and a plan told in the past for the day it
was written is that day's: the weekday of the day before publication is that day ("was due
to sign the lease on Friday", published on a Saturday, is the Friday before, not six days
on). Any other weekday keeps the future the infinitive reads ("Talks were slated to restart
Tuesday", published on a Thursday, is the Tuesday to come). "was to" alone is read as past
by its own rule, and "would" (reported speech, "said he would rest on Friday") keeps the
future."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import KEEP_GIL

# "was due to sign the lease on ", "were planning to pour the concrete at the depot on "
# (read back from the weekday: REVERSE and anchored by \G), no sentence's end, clause mark
# or quote between.
_PAST_PLAN_BEFORE = compiled(
    r"""\b(?:was|were)[ \t]++
    (?:set|scheduled|slated|due|expected|going|poised|planning|likely|supposed)[ \t]++to\b
    [^.!?;"“”]{0,60}\G""",
    flags=regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,
)
_REACH = 100


def planned_in_the_past(text: str, start: int) -> bool:
    """Whether a past telling of a plan ("was set to ...") leads to the weekday at ``start``."""
    return _PAST_PLAN_BEFORE.match(text, max(0, start - _REACH), start, KEEP_GIL) is not None


def day_before(published: dt.date, weekday: int) -> dt.date | None:
    """The day before ``published`` if it is ISO ``weekday``, else None."""
    before = published - dt.timedelta(days=1)
    return before if before.isoweekday() == weekday else None
