"""A live report's timestamps cross midnight: "11:58 p.m.: With 87% counted, ..." then
"12:30 a.m.: Haller speaks" is the next day's half past midnight.

A clock time opening a paragraph is a timestamp of a running report. Read alone, each one
lies on the day the report is anchored to; after a timestamp of the evening, one of the small
hours is on the day after (a live report runs forward in time).
"""

from __future__ import annotations

import datetime as dt

from newsfacts.plugin import Document, compiled
from newsfacts_dates.reading import Found

# A timestamp's value: a calendar day and a clock time ("2024-11-05T23:58")
_STAMP = compiled(r"(\d{4}-\d\d-\d\d)T(\d\d):\d\d")
_EVENING = 18  # the first hour of a timestamp after which the small hours are the next day's
_SMALL_HOURS = 6  # the hours of the night a report runs on into


def live_times(document: Document, found: list[Found]) -> list[Found]:
    """``found`` with each timestamp of the small hours after one of the evening, both on
    one day, moved to the next day, and so every later timestamp of that day before the
    evening ("1:15 a.m." after "12:30 a.m.")."""
    starts = {paragraph.start for paragraph in document.paragraphs}
    read: list[Found] = []
    last: tuple[str, int] | None = None  # the day and hour of the last timestamp, as read
    crossed: str | None = None  # the day read whose night the report has run past
    for start, end, reading in found:
        stamp = _STAMP.fullmatch(reading.value) if start in starts else None
        if stamp is None:
            read.append((start, end, reading))
            continue
        day, hour = stamp.group(1), int(stamp.group(2))
        if last is not None and last[0] == day and last[1] >= _EVENING and hour < _SMALL_HOURS:
            crossed = day
        if crossed == day and hour < _EVENING:
            after = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
            reading = reading._replace(value=after + reading.value[len(day) :])
        read.append((start, end, reading))
        last = (day, hour)
    return read
