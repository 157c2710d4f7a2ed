"""A weekday planned in a past telling: "was set to headline a fundraiser on Tuesday", "was
scheduled to speak on Saturday morning", "were planning to drive to the airport on Monday".
The plan is told from a day gone, so its day may lie on either side of the publication day,
and the infinitive's future reads only one side: it is the nearer one ("was set to receive
an endorsement on Friday", told on a Saturday, is the day before, not six days on; "was
scheduled to speak on Saturday", told on a Friday, the next day). "was to" alone is read
as past by its own rule, and "would" (reported speech, "said he would meet on Friday")
keeps the future."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import KEEP_GIL

# "was set to headline ", "were scheduled to co-host a fundraiser in New Jersey on " (read
# back from the weekday: REVERSE and anchored by \G), no sentence's end, clause mark or
# quote between.
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


def nearer_weekday(published: dt.date, weekday: int) -> dt.date:
    """ISO ``weekday`` on the side of ``published`` it is nearer to (the day itself if it is
    that weekday)."""
    ahead = (weekday - published.isoweekday()) % 7
    back = (7 - ahead) % 7
    return published + dt.timedelta(days=ahead if ahead <= back else -back)
