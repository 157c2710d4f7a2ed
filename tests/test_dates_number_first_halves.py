"""A half or quarter in the business shorthand with its number first, as analysts and Asian
and Australian company reports write it ("1H25", "2H", "3Q24"), is that half or quarter, as
"H1 2025" and "Q3 2024" are; in capitals only ("1h30" is a time).

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check, dates

OCTOBER_2 = dt.date(2025, 10, 2)

NUMBER_FIRST: list[Row] = [
    ("Profit for 1H25 rose 12%, the company said.", "1H25", OCTOBER_2, "DATE", "2025-H1"),
    ("The firm expects growth in 2H25.", "2H25", OCTOBER_2, "DATE", "2025-H2"),
    ("It expects a stronger 2H.", "2H", OCTOBER_2, "DATE", "2025-H2"),
    ("Sales in 3Q24 fell 4%.", "3Q24", OCTOBER_2, "DATE", "2024-Q3"),
    # as before
    ("Revenue in H1 2025 rose 12%.", "H1 2025", OCTOBER_2, "DATE", "2025-H1"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), NUMBER_FIRST)
def test_a_half_with_its_number_first(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_hours_and_minutes_are_no_half() -> None:
    assert dates("The race took 1h30 and he ran the next in 2h05.", OCTOBER_2) == []
