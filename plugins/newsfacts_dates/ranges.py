"""Ranges: "between Wednesday and Thursday", "from 2007 to 2010": the first end holds both."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.reading import Found, Reading

_OPENER = compiled(r"(?:between|from)\s+$", regex.IGNORECASE)
_JOINERS = frozenset(["and", "to", "until", "till", "through", "-", "–"])


def join_ranges(text: str, found: list[Found], published: dt.date | None = None) -> list[Found]:
    """ "between Wednesday and Thursday": the first end's fact holds the range of both.

    The range is its first end's fact, spanning that end alone, its reading's ``range``
    holding both ends' values (its value is the start's); the last end stays a fact of its
    own. TimeML marks each end of a range with a TIMEX3 of its own, the joining word a
    signal outside both ("from <1991> to <1997>"), and so does TimeBank in every such
    range. Every other expression is left as it was found (the list copied at once, not
    remade one expression at a time). ``published``: the article's date, which says whether
    two weekdays read backwards lie before it.
    """
    joined = list(found)
    last_end = -1  # the index of the last end of the range joined last
    for index, (start, end, reading) in enumerate(found[:-1]):
        next_start, next_end, next_reading = found[index + 1]
        if (
            next_start - end <= 9  # first: no slice of the gap between distant expressions
            and index != last_end
            and text[end:next_start].strip().lower() in _JOINERS
            and reading.type == next_reading.type
            and not reading.value.endswith("_REF")
            and not next_reading.value.endswith("_REF")
            and _OPENER.search(text, max(0, start - 12), start)
        ):
            reading = _in_year_of_end(text[start:end], reading, next_reading)
            reading, next_reading = _clock_days(
                text[start:end], text[next_start:next_end], reading, next_reading
            )
            reading, next_reading = _within_a_week(
                text[start:end], text[next_start:next_end], reading, next_reading, published
            )
            joined[index + 1] = (next_start, next_end, next_reading)
            joined[index] = (
                start,
                end,
                reading._replace(range=(reading.value, next_reading.value)),
            )
            last_end = index + 1
    return joined


# A month, maybe with a day ("2024-08-05", "2024-08"), and a year written in an
# expression's text
_MONTH_DAY = compiled(r"(\d{4})(-\d\d(?:-\d\d)?)")
_WRITTEN_YEAR = compiled(r"\b(?:1[6-9]|20)\d\d\b")


def _in_year_of_end(written: str, start: Reading, end: Reading) -> Reading:
    """ "between July 15 and Aug. 5, 2024", "between January and September": a start without
    a year of its own is in its end's year (the year before when it falls after the end in
    the calendar)."""
    first, last = _MONTH_DAY.fullmatch(start.value), _MONTH_DAY.fullmatch(end.value)
    if first is None or last is None or _WRITTEN_YEAR.search(written):
        return start
    if _WEEKDAY.fullmatch(written):
        return start  # "from Monday through Friday": a day of its own week (_within_a_week)
    if len(first.group(2)) != len(last.group(2)):
        return start  # a month and a day: each as read
    year = int(last.group(1)) - (first.group(2) > last.group(2))
    return start._replace(value=f"{year:04d}{first.group(2)}")


# A clock time of a day: "2025-07-09T22:00"
_DAY_TIME = compiled(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)")
_WRITTEN_DAY = compiled(r"\d\s*+(?:a\.?m\.?|p\.?m\.?)?\s*+\Z", regex.IGNORECASE)


def _clock_days(
    written: str, written_end: str, start: Reading, end: Reading
) -> tuple[Reading, Reading]:
    """The days of a range of clock times where one end writes no day: "from 10 p.m. to 5
    a.m." ends on the day after; "between 11:30 p.m. and 1 a.m. Saturday" starts on the
    Friday before."""
    first, last = _DAY_TIME.fullmatch(start.value), _DAY_TIME.fullmatch(end.value)
    if first is None or last is None:
        return start, end
    (first_day, first_time), (last_day, last_time) = first.groups(), last.groups()
    start_alone = _WRITTEN_DAY.search(written) is not None
    end_alone = _WRITTEN_DAY.search(written_end) is not None
    if end_alone and first_day == last_day and last_time < first_time:
        return start, end._replace(value=f"{_day_after(last_day, 1)}T{last_time}")
    if start_alone and not end_alone and first_day != last_day:
        shift = -1 if first_time > last_time else 0
        return start._replace(value=f"{_day_after(last_day, shift)}T{first_time}"), end
    return start, end


_WEEKDAY = compiled(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", regex.IGNORECASE)
_DAY = compiled(r"\d{4}-\d\d-\d\d")


def _within_a_week(
    written: str,
    written_end: str,
    start: Reading,
    end: Reading,
    published: dt.date | None,
) -> tuple[Reading, Reading]:
    """Two weekdays alone make a range of less than a week: "runs from Friday through
    Sunday" (the Friday before a Thursday's paper and the Sunday after it, each read alone) is
    the coming Friday to Sunday. An end read before its start moves a week on, unless it lies
    before the article's date, where the start moves a week back: "was open from Monday
    through Friday" in Thursday's paper ended last Friday."""
    if not (_WEEKDAY.fullmatch(written) and _WEEKDAY.fullmatch(written_end)):
        return start, end
    if not (_DAY.fullmatch(start.value) and _DAY.fullmatch(end.value)):
        return start, end
    first, last = dt.date.fromisoformat(start.value), dt.date.fromisoformat(end.value)
    days = (last - first).days
    if days >= 7:
        return start._replace(value=_day_after(start.value, days // 7 * 7)), end
    if days >= 0:
        return start, end
    weeks = (-days // 7 + 1) * 7
    if published is not None and last < published:
        return start._replace(value=_day_after(start.value, -weeks)), end
    return start, end._replace(value=_day_after(end.value, weeks))


def _day_after(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
