"""A race's time, as sports pages write it, is an amount of time: "won the marathon in
2:04:56" is ``PT2H4M56S``, "a lap of 1:23.456" ``PT1M23.456S``; hours, minutes and seconds
without a fraction only after a word that asks for an amount ("in", "of", "clocked"), not
"at 10:15:30", nor a verse's "John 3:16".

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check, dates

MONDAY = dt.date(2026, 4, 20)

RACE_TIMES: list[Row] = [
    ("Kiprono won the marathon in 2:04:56.", "2:04:56", MONDAY, "DURATION", "PT2H4M56S"),
    (
        "She won the 200m freestyle in 1:53.21, a championship record.",
        "1:53.21",
        MONDAY,
        "DURATION",
        "PT1M53.21S",
    ),
    (
        "Lindqvist took pole with a lap of 1:10.342.",
        "1:10.342",
        MONDAY,
        "DURATION",
        "PT1M10.342S",
    ),
    ("The Kenyan clocked 3:29.88 in Rome.", "3:29.88", MONDAY, "DURATION", "PT3M29.88S"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), RACE_TIMES)
def test_a_race_time_is_an_amount_of_time(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(
    "sentence", ["The bomb went off at 10:15:30 local time.", "The pastor read John 3:16."]
)
def test_no_race_time(sentence: str) -> None:
    assert [found.text for found in dates(sentence, MONDAY)] == []
