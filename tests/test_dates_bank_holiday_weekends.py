"""The bank holiday weekend, as British and Irish news name a public holiday's long weekend, is
a weekend read as "the weekend" is: the one just past, said on a weekday, unless its clause
looks ahead.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

AUGUST_20 = dt.date(2025, 8, 20)  # a Wednesday of ISO week 34

BANK_HOLIDAY_WEEKENDS: list[Row] = [
    (
        "Three people died in crashes over the bank holiday weekend.",
        "the bank holiday weekend",
        AUGUST_20,
        "DATE",
        "2025-W33-WE",
    ),
    (
        "Traffic will be heavy over the bank holiday weekend.",
        "the bank holiday weekend",
        AUGUST_20,
        "DATE",
        "2025-W34-WE",
    ),
    # as before
    ("Shops closed over the weekend.", "the weekend", AUGUST_20, "DATE", "2025-W33-WE"),
]


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "kind", "value"), BANK_HOLIDAY_WEEKENDS
)
def test_the_bank_holiday_weekend(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
