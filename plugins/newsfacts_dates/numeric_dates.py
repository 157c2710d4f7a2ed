"""Dates written in numbers with slashes: "25/12/2024" (day first, as most of the world
writes it), "12/25/2024" (month first, as the US does), and one both orders allow, read by
how near each reading is to the publication day."""

from __future__ import annotations

import datetime as dt

from newsfacts_dates.absolute import day_value
from newsfacts_dates.reading import Context, Match, Reading, a_day_of, date_value


def numeric(match: Match, ctx: Context) -> Reading | None:
    """ "25/12/2024", "12/25/2024"; "10/7/2025" is left open unless one reading is near the
    publication day (see _near_reading), "10/7" alone is no date."""
    first, second = int(match.group("first")), int(match.group("second"))
    year_text = match.group("year")
    if year_text is None:
        return None  # as often a score or a fraction as a date
    year = int(year_text) if len(year_text) == 4 else 1900 + int(year_text)
    if len(year_text) == 2 and ctx.published and year + 100 <= ctx.published.year + 1:
        year += 100
    if first > 12 >= second:
        return Reading("DATE", day_value(year, second, first))
    if second > 12 >= first or first == second:
        return Reading("DATE", day_value(year, first, second))
    near = _near_reading(ctx.published, year, first, second)
    return Reading("DATE", near or f"{year:04d}-XX-XX")


# How many days from the publication day the one reading of a numeric date that both orders
# allow may be, the other reading farther, for that one to be taken (see _near_reading).
_NEAR_DAYS = 45


def _near_reading(published: dt.date | None, year: int, first: int, second: int) -> str | None:
    """The one of a numeric date's two readings, day first or month first, within
    :data:`_NEAR_DAYS` of the publication day, the other not: "adjourned to 12/03/2025",
    published on March 5, 2025, is March 12 (December 3 is nine months off); None when both
    or neither are near, or a reading names no day."""
    if published is None:
        return None
    near = []
    for month, day in ((second, first), (first, second)):
        if not a_day_of(year, month, day):
            return None
        if abs((dt.date(year, month, day) - published).days) <= _NEAR_DAYS:
            near.append(date_value(year, month, day))
    return near[0] if len(near) == 1 else None
