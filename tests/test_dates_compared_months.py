""" "May" or "March" alone after a comparison of times is the month ("no earlier than March",
"no later than May"); after "than" alone it may be a name ("polled better than May did").

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value (no mod: the comparison stays outside the expression). The sentences
are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check, dates

JULY_10 = dt.date(2025, 7, 10)

COMPARED: list[Row] = [
    (
        "The launch is now set for no earlier than March, the agency said.",
        "March",
        JULY_10,
        "DATE",
        "2026-03",
    ),
    ("Bids must be filed no later than May.", "May", JULY_10, "DATE", "2026-05"),
    ("The rover will land not sooner than March.", "March", JULY_10, "DATE", "2026-03"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), COMPARED)
def test_a_month_after_a_comparison_of_times_is_a_time(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_a_name_after_than_alone_is_no_month() -> None:
    facts = dates("Johnson polled better than May did in the north.", JULY_10)
    assert [fact.text for fact in facts] == []
