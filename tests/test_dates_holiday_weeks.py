"""The week or weekend of a holiday: "Christmas week", "the Memorial Day weekend".

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check, only

HOLIDAY_WEEKS: list[Row] = [
    # the ISO week holding the holiday (Easter Sunday 20 April 2025 ends week 16)
    (
        "Pilgrims filled the old town as Easter week began.",
        "Easter week",
        THURSDAY,
        "DATE",
        "2025-W16",
    ),
    (
        "Retailers said Christmas week was their busiest.",
        "Christmas week",
        THURSDAY,
        "DATE",
        "2024-W52",
    ),
    (
        "Airlines expect record traffic during Thanksgiving week.",
        "Thanksgiving week",
        THURSDAY,
        "DATE",
        "2025-W48",
    ),
    # a weekend: the one of the holiday's week, or the one before a Monday's holiday
    (
        "Hotels will be full over the Thanksgiving weekend.",
        "Thanksgiving weekend",
        THURSDAY,
        "DATE",
        "2025-W48-WE",
    ),
    (
        "Three people drowned over the Memorial Day weekend.",
        "Memorial Day weekend",
        THURSDAY,
        "DATE",
        "2025-W21-WE",
    ),
    (
        "The park closes after the Labor Day weekend.",
        "Labor Day weekend",
        dt.date(1996, 8, 20),
        "DATE",
        "1996-W35-WE",
    ),
    # a possessive keeps the week
    (
        "Christmas week's sales beat forecasts.",
        "Christmas week",
        dt.date(2026, 1, 8),
        "DATE",
        "2025-W52",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), HOLIDAY_WEEKS)
def test_the_week_of_a_holiday(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_without_a_publication_day_the_week_is_left_open() -> None:
    fact = only("Traffic peaks over Easter weekend.", "Easter weekend", None)
    assert (fact.type, fact.value, fact.resolved) == ("DATE", "XXXX-WXX-WE", False)
