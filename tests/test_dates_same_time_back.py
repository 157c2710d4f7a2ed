"""The same time a unit back or ahead ("this time last year", "this time a year ago", "this
time next year") is one expression, valued as the unit named ("last year" is the year
before the publication's), not its "last year" alone.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

FEBRUARY_12 = dt.date(2026, 2, 12)

SAME_TIME: list[Row] = [
    (
        "The group made a loss of £312m, against a profit of £95m this time last year.",
        "this time last year",
        FEBRUARY_12,
        "DATE",
        "2025",
    ),
    (
        "At this time a year ago, the company was losing money.",
        "this time a year ago",
        FEBRUARY_12,
        "DATE",
        "2025",
    ),
    (
        "This time next year, the new line will be open.",
        "This time next year",
        FEBRUARY_12,
        "DATE",
        "2027",
    ),
    (
        "Bookings are up 9% on this time last month.",
        "this time last month",
        FEBRUARY_12,
        "DATE",
        "2026-01",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SAME_TIME)
def test_the_same_time_a_unit_back_is_one_expression(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
