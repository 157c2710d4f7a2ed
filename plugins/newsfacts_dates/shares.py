"""A fraction of one unit of time: "half a century" (``P50Y``), "a quarter of an hour"
(``PT15M``), "three-quarters of an hour", "a half-hour"; before "ago" the ago rule reads it as
a date back ("half a century ago")."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.counting import duration_value
from newsfacts_dates.grammar import DATED_GRAINS, UNITS, unit_of
from newsfacts_dates.reading import Context, Match, Reading, duration_mod, group

# The share of a unit each fraction word names
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "three-quarters": 0.75, "three quarters": 0.75}
# A unit and how many of the next smaller one it holds: "a quarter of an hour" is 15 minutes
_SMALLER = {"hour": ("minute", 60), "minute": ("second", 60), "day": ("hour", 24)}
_SMALLER |= {"week": ("day", 7), "year": ("month", 12)}
# After a fraction of a unit, these make it a date back or ahead, which the ago rule reads
# ("half a century ago", "half a year earlier"); after "later", "before" or "after" it stays
# an amount ("half an hour later", TimeML leaving the signal out)
_AGO_AFTER = compiled(r"[ ]++(ago|back|earlier|from[ ]now|hence)\b", regex.IGNORECASE)


def share_of(match: Match) -> float | None:
    """The share of one unit a match's fraction names ("half a century" 0.5), None without
    one."""
    written = (group(match, "fraction") or group(match, "fraction2") or "").lower()
    if not written:
        return None
    return _FRACTIONS[written.replace("-", " ").replace("three quarters", "three-quarters")]


def fraction(match: Match, ctx: Context) -> Reading | None:
    """ "half a century" (``P50Y``), "a quarter of an hour" (``PT15M``), "three-quarters of
    an hour" (``PT45M``), "a half-hour" (``PT30M``): the share of one unit, in the smaller
    unit when it makes a whole number of it."""
    unit = unit_of(match.group("unit"))
    if unit is None or match.group("unit").lower() != unit:
        return None  # "half a days": no unit of one
    signal = _AGO_AFTER.match(ctx.text, match.end(), match.end() + 12)
    if signal is not None and (
        signal.group(1).lower() != "earlier" or UNITS[unit][2] in DATED_GRAINS
    ):
        return None  # the ago rule's
    share = share_of(match)
    assert share is not None  # the rule's pattern holds a fraction
    smaller, count_in = _SMALLER.get(unit, (unit, 1))
    if share * count_in == int(share * count_in):
        return Reading("DURATION", duration_value(share * count_in, smaller), duration_mod(match))
    return Reading("DURATION", duration_value(share, unit), duration_mod(match))
