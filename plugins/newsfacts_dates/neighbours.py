"""The day next to a day written: "the day before last Tuesday's hearing", "the day after
Oct. 12" are one expression each, whose value is that day moved by one (TimeML values the
whole expression; the holidays' own rule reads "the day after Christmas" the same way)."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import KEEP_GIL
from newsfacts_dates.reading import Found

# "the day before " or "the day after " right before a day: "The day before last Tuesday's
# zoning board meeting", "on the day after Monday's vote", "the day after Oct. 12, 2024".
# Not "the days after" (a stretch of time) nor "a day after" (an amount counted from it).
_LEAD = compiled(
    r"""\b the [ \t]++ day [ \t]++ (?P<shift>before|after) [ \t]++ \Z""",
    flags=regex.IGNORECASE | regex.VERBOSE,
)
# The longest lead read back from a day: "the day before" and two spaces or tabs to spare
_LEAD_REACH = 24
_SHIFTS = {"before": -1, "after": 1}
# A value naming one calendar day: "2000-02-22"
_DAY = compiled(r"\d{4}-\d\d-\d\d")


def next_to_days(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each day after "the day before" or "the day after" read with it: the
    expression starts at "the", its value is the day before or after (a day only: a week, a
    month or a day left open has no day next to it)."""
    read: list[Found] = []
    for start, end, reading in found:
        lead = None
        if (
            reading.type == "DATE"
            and reading.range is None
            and _DAY.fullmatch(reading.value, 0, None, KEEP_GIL)
        ):
            # not into the expression before it
            low = max(0, start - _LEAD_REACH, read[-1][1] if read else 0)
            lead = _LEAD.search(text, low, start, KEEP_GIL)
        if lead is not None:
            day = dt.date.fromisoformat(reading.value)
            shift = dt.timedelta(days=_SHIFTS[lead.group("shift").lower()])
            if dt.date.min + dt.timedelta(days=1) <= day <= dt.date.max - dt.timedelta(days=1):
                start, reading = lead.start(), reading._replace(value=(day + shift).isoformat())
        read.append((start, end, reading))
    return read
