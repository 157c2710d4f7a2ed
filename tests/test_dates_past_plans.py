"""A weekday planned in a past telling ("was set to speak on Friday") is the day before
publication when it names that day; any other keeps the future the infinitive reads
(``newsfacts_dates/past_plans.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["dates"])
SATURDAY = dt.date(2025, 7, 12)
FRIDAY = dt.date(2025, 7, 11)


def days(text: str, published: dt.date) -> list[tuple[str, str]]:
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=published))
    return [(fact.text, fact.value) for fact in result.dates]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # published on a Saturday: the Friday before, not the one six days on
        (
            "The mayor was due to sign the lease on Friday in Dunmore.",
            SATURDAY,
            [("Friday", "2025-07-11")],
        ),
        (
            "The choir was expected to sail from Tilford late Friday.",
            SATURDAY,
            [("late Friday", "2025-07-11")],
        ),
        # any other day keeps the future
        (
            "Lena Ortiz was scheduled to open the fair on Wednesday.",
            SATURDAY,
            [("Wednesday", "2025-07-16")],
        ),
        (
            "The builders were planning to pour the concrete on Monday.",
            FRIDAY,
            [("Monday", "2025-07-14")],
        ),
        # the future told now, and "would" in reported speech, look ahead
        ("The mayor will open the fair on Wednesday.", SATURDAY, [("Wednesday", "2025-07-16")]),
        ("The coach said he would rest on Friday.", SATURDAY, [("Friday", "2025-07-18")]),
        # "was to" alone is a plan gone by
        ("The vote was to take place on Friday.", SATURDAY, [("Friday", "2025-07-11")]),
    ],
)
def test_a_weekday_planned_in_a_past_telling_is_the_day_before_publication(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert days(text, published) == expected
