"""Periods written up to a month, as British and Australian papers write them: "the quarter
to June" is the quarter ending with June, as "the quarter ended June 30" is; "the three
months to September" and "the year to March" stay an amount of time, as TimeBank marks "the
six months ended Oct. 1", the month a date of its own, of the year its clause tells.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

JANUARY_20 = dt.date(2025, 1, 20)
APRIL_15 = dt.date(2025, 4, 15)

PERIODS_TO: list[Row] = [
    ("Profit fell 5% in the quarter to June.", "the quarter", JANUARY_20, "DATE", "2024-Q2"),
    ("Profit fell 5% in the quarter to June.", "June", JANUARY_20, "DATE", "2024-06"),
    # a fiscal quarter: the calendar quarter holding most of its months (March to May)
    ("Profit rose in the quarter to May.", "the quarter", JANUARY_20, "DATE", "2024-Q2"),
    ("Profit rose in the quarter to June 30.", "the quarter", JANUARY_20, "DATE", "2024-Q2"),
    ("Profit rose in the quarter to March 2024.", "the quarter", APRIL_15, "DATE", "2024-Q1"),
    # the clause's tense tells the year, as it does the month's
    (
        "Sales will rise in the quarter to March, the firm said.",
        "the quarter",
        JANUARY_20,
        "DATE",
        "2025-Q1",
    ),
    # "the quarter ended" as before
    ("Sales fell in the quarter ended Dec. 31.", "the quarter", JANUARY_20, "DATE", "2024-Q4"),
    # an amount of months or a year up to a month: a duration, the month its own date
    (
        "Retail sales rose 1% in the three months to December.",
        "the three months",
        JANUARY_20,
        "DURATION",
        "P3M",
    ),
    (
        "Retail sales rose 1% in the three months to December.",
        "December",
        JANUARY_20,
        "DATE",
        "2024-12",
    ),
    ("Inflation was 3.2% in the year to March.", "the year", APRIL_15, "DURATION", "P1Y"),
    ("Inflation was 3.2% in the year to March.", "March", APRIL_15, "DATE", "2025-03"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PERIODS_TO)
def test_a_period_up_to_a_month(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
