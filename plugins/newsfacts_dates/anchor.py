"""Calendar arithmetic against the publication day, in the direction the tense gives
(:mod:`newsfacts_dates.tense`).

Values are TIMEX3 strings. Without a publication day nothing here is called: the
normalizers write the open forms ("XXXX-WXX-4", "XXXX-03") instead, never a guess from
the machine clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from newsfacts.plugin import Check, decide
from newsfacts_dates.tense import Tense


def day(date: dt.date) -> str:
    return date.isoformat()


def week(date: dt.date) -> str:
    year, number, _ = date.isocalendar()
    return f"{year:04d}-W{number:02d}"


def month(year: int, number: int) -> str:
    return f"{year:04d}-{number:02d}"


def shift_month(year: int, number: int, months: int) -> tuple[int, int]:
    index = year * 12 + (number - 1) + months
    return index // 12, index % 12 + 1


def quarter_of(date: dt.date) -> int:
    return (date.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + quarters
    return index // 4, index % 4 + 1


def weekday_date(published: dt.date, weekday: int, tense: Tense, relative: int | None) -> dt.date:
    """The date of ISO ``weekday`` seen from ``published``.

    "last Friday" is the latest Friday before the publication day, "next Friday" the first
    after it. A bare weekday in news is usually in the publication week: past or unmarked
    tense looks back (the publication day itself included), future looks ahead.
    """
    delta = weekday - published.isoweekday()
    if relative is not None and relative < 0:
        return published + dt.timedelta(days=(delta % 7) - 7 if delta % 7 else -7)
    if relative is not None and relative > 0:
        return published + dt.timedelta(days=delta % 7 or 7)
    if relative == 0:  # "this Friday": the one of the publication week
        return published + dt.timedelta(days=delta)
    if tense == "future":
        return published + dt.timedelta(days=delta % 7)
    return published - dt.timedelta(days=(-delta) % 7)


# How far ahead an unmarked month or day may lie and still be read as coming.
UNMARKED_MONTHS_AHEAD = 4
UNMARKED_DAYS_AHEAD = 120


def month_year(published: dt.date, number: int, tense: Tense, relative: int | None) -> int:
    """The year of month ``number`` seen from ``published`` ("last March", "in March")."""
    if relative is not None and relative < 0:
        return published.year if number < published.month else published.year - 1
    if relative is not None and relative > 0:
        return published.year if number > published.month else published.year + 1
    if relative == 0:
        return published.year
    if tense == "future":
        return published.year if number >= published.month else published.year + 1
    if tense == "past":
        return published.year if number <= published.month else published.year - 1
    # Unmarked: news looks back more often than ahead, so a month counts as coming only
    # when it is close.
    ahead = (number - published.month) % 12
    if ahead == 0 or ahead > UNMARKED_MONTHS_AHEAD:
        return published.year if number <= published.month else published.year - 1
    return published.year if number >= published.month else published.year + 1


_TENSE_SLACK = dt.timedelta(days=30)


class MonthDay(NamedTuple):
    """A month and day written without a year, and what points to its year."""

    published: dt.date
    month: int
    day: int
    lead: Tense  # from the word right before it: "by", "until" (future), "since" (past)
    verb: Tense  # from the nearest tense cue of its sentence: "will", "said", "-ed"
    weekday: int | None = None  # ISO weekday written with it: "Monday, Oct. 26"
    done: bool = False  # a past verb right before it: "the quarter ended Oct. 31"

    @property
    def same(self) -> dt.date | None:
        """The day in the publication year (None for Feb. 29 in another year)."""
        return _safe_date(self.published.year, self.month, self.day)


def _no_such_day(date: MonthDay) -> bool:
    """Feb. 29 outside a leap year: the publication year, as written."""
    return date.same is None


def _weekday_year(date: MonthDay) -> int | None:
    """ "Monday, Oct. 26": the one year around the publication's in which it is a Monday."""
    if date.weekday is None:
        return None
    years = [
        year
        for year in range(date.published.year - 1, date.published.year + 2)
        if (day := _safe_date(year, date.month, date.day)) and day.isoweekday() == date.weekday
    ]
    return years[0] if len(years) == 1 else None


def _offset(date: MonthDay) -> int:
    """Days from the publication day to the day in the publication year."""
    assert date.same is not None  # _no_such_day comes first
    return (date.same - date.published).days


_SLACK_DAYS = _TENSE_SLACK.days


def _weekday_in(years: int) -> Callable[[MonthDay], bool]:
    def test(date: MonthDay) -> bool:
        return _weekday_year(date) == date.published.year + years

    return test


def _led(
    tense: Tense, beyond: Callable[[int], bool] = lambda _: True
) -> Callable[[MonthDay], bool]:
    def test(date: MonthDay) -> bool:
        return date.lead == tense and beyond(_offset(date))

    return test


def _told(
    tense: Tense, beyond: Callable[[int], bool] = lambda _: True
) -> Callable[[MonthDay], bool]:
    def test(date: MonthDay) -> bool:
        return date.verb == tense and beyond(_offset(date))

    return test


def _done_ahead(date: MonthDay) -> bool:
    return date.done and _offset(date) > 0


def _ahead(date: MonthDay) -> bool:
    # Not in a month an unmarked month would be read as coming in: "the Nov. 16 first
    # round" is the November of "a November contest" (said in July)
    months_ahead = (date.month - date.published.month) % 12
    return _offset(date) > UNMARKED_DAYS_AHEAD and months_ahead > UNMARKED_MONTHS_AHEAD


def _long_past(date: MonthDay) -> bool:
    return _offset(date) < -(365 - UNMARKED_DAYS_AHEAD)


# The year of a month and day without one ("Aug. 7"), as the publication year moved by the
# outcome; the first check that holds wins. A word right before it that points back ("since
# Jan. 5") moves any day ahead a year back (a span up to now opens on a day gone); one that
# points forward ("until Oct. 19") only a day clearly on the wrong side (said on Oct. 27,
# "until Oct. 19" is the Oct. 19 just past, a range already under way); the verb's
# tense decides otherwise ("the plant closed on Aug. 2" is the latest Aug. 2 up to the
# publication day, "will open on Jan. 15" the next Jan. 15 from it), but a past tense leaves
# a day within a month ahead in the publication year, reported speech telling of days to
# come ("said it would extend its bid to Nov. 6"), unless the past verb stands right before
# the day ("the quarter ended Oct. 31"); unmarked, the coming day when it is at most 120 days
# ahead, else the past one.
MONTH_DAY_YEAR: tuple[Check[MonthDay], ...] = (
    Check("no-such-day", _no_such_day, "same-year", "Feb. 29 outside a leap year: as written"),
    Check("weekday-agrees", _weekday_in(0), "same-year", "a weekday written with it fits"),
    Check("weekday-agrees", _weekday_in(-1), "year-before", "a weekday written with it fits"),
    Check("weekday-agrees", _weekday_in(1), "year-after", "a weekday written with it fits"),
    Check("led-in-past", _led("past", lambda d: d > 0), "year-before",
          "'since' before a day ahead"),
    Check("led-in-past", _led("past"), "same-year", "'since' before it"),
    Check("led-in-future", _led("future", lambda d: d < -_SLACK_DAYS), "year-after",
          "'until' before a day over a month past"),
    Check("led-in-future", _led("future"), "same-year", "'until' before it"),
    Check("done-before-it", _done_ahead, "year-before",
          "a past verb right before it and a day ahead: 'the quarter ended Oct. 31'"),
    Check("told-in-past", _told("past", lambda d: d > _SLACK_DAYS), "year-before",
          "a past tense and a day over a month ahead"),
    Check("told-in-past", _told("past"), "same-year", "a past tense"),
    Check("told-in-future", _told("future", lambda d: d < 0), "year-after",
          "a future tense and a day past"),
    Check("told-in-future", _told("future"), "same-year", "a future tense"),
    Check("far-ahead", _ahead, "year-before", "unmarked, over 120 days ahead: the past one"),
    Check("long-past", _long_past, "year-after", "unmarked, the coming one within 120 days"),
)  # fmt: skip
_YEAR_MOVES = {"year-before": -1, "same-year": 0, "year-after": 1}


def month_day_year(
    published: dt.date,
    number: int,
    day_number: int,
    lead: Tense,
    verb: Tense = "none",
    weekday: int | None = None,
    *,
    start: int,
    end: int,
    done: bool = False,
) -> int:
    """The year of a month and day without one ("Aug. 7") at ``start``..``end`` of the text:
    see ``MONTH_DAY_YEAR``."""
    date = MonthDay(published, number, day_number, lead, verb, weekday, done)
    moved = decide(MONTH_DAY_YEAR, date, default="same-year", start=start, end=end)
    return published.year + _YEAR_MOVES[moved]


def _safe_date(year: int, number: int, day_number: int) -> dt.date | None:
    try:
        return dt.date(year, number, day_number)
    except ValueError:
        return None


def season_year(
    published: dt.date, first_month: int, relative: int | None, tense: Tense = "none"
) -> int:
    """The year a season is named in ("last fall"): winter belongs to the year it starts in.
    A season named alone is the one to come, or the one under way, in a clause of the future
    ("the plant will reopen in the spring", said in July, is next spring), and the latest one
    begun in a clause of the past; unmarked, the publication year's."""
    current_year = published.year if published.month >= 3 else published.year - 1
    current_first = {12: 12, 1: 12, 2: 12}.get(published.month, (published.month - 3) // 3 * 3 + 3)
    if relative is not None and relative < 0:
        return current_year if first_month < current_first else current_year - 1
    if relative is not None and relative > 0:
        return current_year if first_month > current_first else current_year + 1
    if relative is None and tense == "future":
        return current_year if first_month >= current_first else current_year + 1
    if relative is None and tense == "past":
        return current_year if first_month <= current_first else current_year - 1
    return published.year if first_month != 12 else current_year
