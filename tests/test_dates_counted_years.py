"""A four-digit number after a month, a day, a season or a holiday that counts the noun after it
("2000 people", ``data/year_blockers.txt``) is no year of the date: "On March 5, 2000 people
marched" is March 5, of the year the tense points to, and a count; as a number alone before
such a noun is no year ("He scored 2015 points"). A year written there before any other word
stays the date's ("born on March 5, 2000 in Ohio").

Each row reads: this sentence, published on this day, holds this expression with this
TIMEX3 value, and no date holds the count. The sentences are of the kind reports of
protests, strikes and disasters write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import check, dates

JUNE_2021 = dt.date(2021, 6, 1)

COUNTED: list[tuple[str, str, str]] = [
    ("On March 5, 2000 people marched through the capital.", "March 5", "2021-03-05"),
    ("On March 5 2000 people marched through the capital.", "March 5", "2021-03-05"),
    ("On 12 April 1700 workers walked off the job.", "12 April", "2021-04-12"),
    ("In March, 2000 people were evacuated from the valley.", "March", "2021-03"),
    ("In May 1800 soldiers crossed the border.", "May", "2021-05"),
    # a season takes no counted number for its year either
    ("In the summer 2000 people fled the floods.", "the summer", "2021-SU"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), COUNTED)
def test_a_count_after_a_month_or_day_is_no_year(
    sentence: str, expression: str, value: str
) -> None:
    check(sentence, expression, JUNE_2021, "DATE", value)
    assert all("00" not in fact.text for fact in dates(sentence, JUNE_2021))


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("He was born on March 5, 2000 in Ohio.", "March 5, 2000", "2000-03-05"),
        ("In March 2000 sales fell by a third.", "March 2000", "2000-03"),
        ("The plant closed on 12 April 1999 after a fire.", "12 April 1999", "1999-04-12"),
        ("In the summer of 2000 sales fell by a third.", "the summer of 2000", "2000-SU"),
    ],
)
def test_a_year_before_another_word_stays_the_dates(
    sentence: str, expression: str, value: str
) -> None:
    check(sentence, expression, JUNE_2021, "DATE", value)
