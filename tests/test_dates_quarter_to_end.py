"""A quarter up to a month's end, as British and Australian business news write it ("the
quarter to end-June", "the quarter to the end of September"), is the quarter ending with that
month, as "the quarter to June" is; "a year earlier" after it is that quarter a year before.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

JANUARY_20 = dt.date(2026, 1, 20)

QUARTERS_TO_END: list[Row] = [
    (
        "Revenue rose to $4.1 billion in the quarter to end-June, up 8% from a year earlier.",
        "the quarter",
        JANUARY_20,
        "DATE",
        "2025-Q2",
    ),
    (
        "Revenue rose to $4.1 billion in the quarter to end-June, up 8% from a year earlier.",
        "a year earlier",
        JANUARY_20,
        "DATE",
        "2024-Q2",
    ),
    (
        "Profit fell 5% in the quarter to the end of September.",
        "the quarter",
        JANUARY_20,
        "DATE",
        "2025-Q3",
    ),
    (
        "Profit fell 5% in the quarter to end-September.",
        "the quarter",
        JANUARY_20,
        "DATE",
        "2025-Q3",
    ),
    # as before
    ("Profit fell 5% in the quarter to June.", "the quarter", JANUARY_20, "DATE", "2025-Q2"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), QUARTERS_TO_END)
def test_the_quarter_to_a_months_end(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
