"""A year written next to a holiday's name is the holiday's year, before it ("the 2012 Super
Tuesday") or after it ("Christmas 2005", "Super Tuesday, 2020", "the Christmas of 1944"):
one expression, that year's day, whatever the tense or the publication day ("the 2012 Super
Tuesday", said in 2016, was the Super Tuesday of 2016 and a year of its own). A year led by
a word that leads it alone ("in 1988 Christmas fell on a Sunday") stays a year. A digit or a
Roman numeral right after the name is a sequel's ("Super Tuesday 2", the second day of
primaries in some years): no day of its own, neither the holiday nor its weekday.

Each row reads: this sentence, published on this day, holds this expression with this
TIMEX3 value. The sentences are of the kind campaign reports and features write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import check, dates

FEB_2016 = dt.date(2016, 2, 4)

HOLIDAY_YEARS: list[tuple[str, str, str]] = [
    (
        "Unlike the 2012 Super Tuesday, this year's contests are spread across the South.",
        "the 2012 Super Tuesday",
        "2012-03-06",
    ),
    (
        "Democrats are already planning for Super Tuesday 2020, aides said.",
        "Super Tuesday 2020",
        "2020-03-03",
    ),
    (
        "He spent Christmas 2005 in a cell in Baghdad.",
        "Christmas 2005",
        "2005-12-25",
    ),
    (
        "The flood peaked on Christmas Day, 2013, and the town never recovered.",
        "Christmas Day, 2013",
        "2013-12-25",
    ),
    (
        "Shoppers remember the 2012 Thanksgiving as the start of the price war.",
        "the 2012 Thanksgiving",
        "2012-11-22",
    ),
    (
        "Veterans still remember the Christmas of 1944 in the Ardennes.",
        "Christmas of 1944",
        "1944-12-25",
    ),
    (
        "Stores opened early on the day after Thanksgiving 2014.",
        "the day after Thanksgiving 2014",
        "2014-11-28",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), HOLIDAY_YEARS)
def test_a_year_next_to_a_holiday_is_its_year(sentence: str, expression: str, value: str) -> None:
    check(sentence, expression, FEB_2016, "DATE", value)


def test_a_year_led_alone_stays_a_year() -> None:
    found = [(fact.text, fact.value) for fact in dates("In 1988 Christmas fell on a Sunday.")]
    assert ("1988", "1988") in found
    assert "Christmas" in [text for text, _ in found]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("On Christmas 2000 people marched through the capital.", "Christmas", "2015-12-25"),
        ("On Christmas, 2000 people marched through the capital.", "Christmas", "2015-12-25"),
        ("On Easter Sunday 1800 people will gather at the shrine.", "Easter Sunday", "2016-03-27"),
    ],
)
def test_a_count_after_a_holiday_is_no_year(sentence: str, expression: str, value: str) -> None:
    """The number counts the noun after it: the holiday alone, of the year the tense gives."""
    check(sentence, expression, FEB_2016, "DATE", value)
    assert all("00" not in fact.text for fact in dates(sentence, FEB_2016))


def test_a_count_after_a_holiday_led_by_its_year() -> None:
    """A counted noun after the name leaves a year before it the holiday's."""
    sentence = "The 1988 Super Tuesday votes reshaped the Democratic race."
    check(sentence, "The 1988 Super Tuesday", FEB_2016, "DATE", "1988-03-01")


@pytest.mark.parametrize(
    "sentence",
    [
        "Weeks Ahead of ‘Super Tuesday 2’ the Senator Hears Good News",
        "The candidates now turn to Super Tuesday II, when five more states vote.",
    ],
)
def test_a_sequel_of_a_holiday_is_no_day(sentence: str) -> None:
    found = [fact.text for fact in dates(sentence, FEB_2016)]
    assert all("Tuesday" not in text for text in found), found
