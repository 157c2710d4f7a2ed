"""A quarter named without a year in a clause that looks ahead is one to come: "the deal is
expected to close in the fourth quarter", said in June, is this year's fourth quarter, while
"profit fell in the fourth quarter" said then is last year's, as results are reported after
the quarter ends. The quarter just ended stays last year's even ahead: "will report
fourth-quarter results on Feb. 3", said in January, is of the quarter just gone.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

JUNE_10 = dt.date(2026, 6, 10)  # in the second quarter
JANUARY_20 = dt.date(2026, 1, 20)  # in the first quarter

QUARTERS_AHEAD: list[Row] = [
    (
        "The deal is expected to close in the fourth quarter, subject to regulatory approval.",
        "the fourth quarter",
        JUNE_10,
        "DATE",
        "2026-Q4",
    ),
    ("The company expects a return to profit in Q4.", "Q4", JUNE_10, "DATE", "2026-Q4"),
    (
        "The carmaker said it would open the new plant in the fourth quarter.",
        "the fourth quarter",
        JUNE_10,
        "DATE",
        "2026-Q4",
    ),
    (
        "The merger is expected to close in the third quarter.",
        "the third quarter",
        JANUARY_20,
        "DATE",
        "2026-Q3",
    ),
    # told in the past, or with no tense: the last such quarter, as before
    (
        "Revenue fell 4% to $2.1 billion in the fourth quarter.",
        "the fourth quarter",
        JUNE_10,
        "DATE",
        "2025-Q4",
    ),
    ("Profit fell in the third quarter.", "the third quarter", JANUARY_20, "DATE", "2025-Q3"),
    # the quarter just ended: its results are the ones to come
    (
        "The company will report fourth-quarter results on Feb. 3.",
        "fourth-quarter",
        JANUARY_20,
        "DATE",
        "2025-Q4",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), QUARTERS_AHEAD)
def test_a_quarter_told_ahead_is_one_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
