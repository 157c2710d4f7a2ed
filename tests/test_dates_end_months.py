"""A month after "end-", as British and Australian business news write a month's end ("the
year to end-March", "by end-May"), is that month's end (the month with the mod ``END``),
"May" and "March" too, which stand alone only after a word that leads a time
(``data/lead_words.txt``).

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check, dates

JANUARY_20 = dt.date(2026, 1, 20)

END_MONTHS: list[Row] = [
    ("Sales rose 4% in the year to end-March.", "end-March", JANUARY_20, "DATE", "2025-03"),
    ("Household debt rose by end-May, the bank said.", "end-May", JANUARY_20, "DATE", "2025-05"),
    ("Output rose by end-September.", "end-September", JANUARY_20, "DATE", "2025-09"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), END_MONTHS)
def test_a_month_after_end(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_may_and_march_alone_are_no_months() -> None:
    assert dates("Protesters march to the end. Prices may rise.", JANUARY_20) == []
