"""An amount of time written in parts, each in a smaller unit than the one before and joined
by "and" or commas, is one amount: "two hours and 14 minutes" is ``PT2H14M``, as TimeML
marks it (and as "a minute and a half" is ``PT1M30S``).

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check, dates

SEPTEMBER_8 = dt.date(2026, 9, 8)

COMPOUND_DURATIONS: list[Row] = [
    (
        "She won the final in an hour and 48 minutes.",
        "an hour and 48 minutes",
        SEPTEMBER_8,
        "DURATION",
        "PT1H48M",
    ),
    (
        "The semi-final lasted four hours and 14 minutes.",
        "four hours and 14 minutes",
        SEPTEMBER_8,
        "DURATION",
        "PT4H14M",
    ),
    (
        "He finished the marathon in two hours, 3 minutes and 12 seconds.",
        "two hours, 3 minutes and 12 seconds",
        SEPTEMBER_8,
        "DURATION",
        "PT2H3M12S",
    ),
    (
        "The rally leg took 5 hours, 12 minutes, 47 seconds over rough roads.",
        "5 hours, 12 minutes, 47 seconds",
        SEPTEMBER_8,
        "DURATION",
        "PT5H12M47S",
    ),
    (
        "The former director was jailed for two years and three months.",
        "two years and three months",
        SEPTEMBER_8,
        "DURATION",
        "P2Y3M",
    ),
    (
        "The crew spent three days and 10 hours in orbit.",
        "three days and 10 hours",
        SEPTEMBER_8,
        "DURATION",
        "P3DT10H",
    ),
    (
        "The flight took about 11 hours and 30 minutes.",
        "about 11 hours and 30 minutes",
        SEPTEMBER_8,
        "DURATION",
        "PT11H30M",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "kind", "value"), COMPOUND_DURATIONS
)
def test_an_amount_of_time_in_parts_is_one(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(
    ("sentence", "expressions"),
    [
        # units that do not fall: two amounts
        ("He served five years and then 10 years more.", ["five years", "10 years"]),
        ("The talks took three hours and two days.", ["three hours", "two days"]),
        # a clause of its own after a comma and "and"
        (
            "The siege lasted 10 days, and 20 hours later the army withdrew.",
            ["10 days", "20 hours"],
        ),
        # a distance from now, no part of an amount
        ("She left two years and three months ago.", ["two years", "three months ago"]),
    ],
)
def test_amounts_that_are_no_parts_of_one(sentence: str, expressions: list[str]) -> None:
    assert [found.text for found in dates(sentence, SEPTEMBER_8)] == expressions
