"""A month in a condition or a clause of time told in the present tense ("if her party wins
the council in January", "when the landlord sells the block in February") is the coming
one, however far ahead: such a clause in the present speaks of a time to come, as it does
for a weekday (``test_dates_conditions.py``). Without it, a month more than four months
ahead and no tense marks is the one gone. A month told in the past stays the one gone:
"the firm collapsed as the bank called in its loans in January".

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

AUGUST = dt.date(2025, 8, 4)  # Monday 4 August 2025

ROWS: list[Row] = [
    # in a present condition: the January to come
    (
        "The candidate pledged to scrap the toll if her party wins the council in January.",
        "January",
        AUGUST,
        "DATE",
        "2026-01",
    ),
    (
        "The tenants fear eviction when the landlord sells the block in February.",
        "February",
        AUGUST,
        "DATE",
        "2026-02",
    ),
    (
        "Unless the council approves the budget in March, the pool will stay shut.",
        "March",
        AUGUST,
        "DATE",
        "2026-03",
    ),
    # in a clause told in the past: the one gone
    (
        "The firm collapsed when the bank called in its loans in January.",
        "January",
        AUGUST,
        "DATE",
        "2025-01",
    ),
    (
        "When the ferry line folded in February, the island lost its only link.",
        "February",
        AUGUST,
        "DATE",
        "2025-02",
    ),
    # no condition: a month far ahead, no tense marking it, is the one gone
    ("The mill shed 40 jobs in January.", "January", AUGUST, "DATE", "2025-01"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), ROWS)
def test_a_month_in_a_present_condition_is_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
