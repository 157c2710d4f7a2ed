"""The year so far, as market and results reports write it ("year-to-date", "year to date",
"the year to date"), is this year, as "this year" is.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

OCTOBER_29 = dt.date(2026, 10, 29)

YEAR_TO_DATE: list[Row] = [
    ("The stock has gained 18% year-to-date.", "year-to-date", OCTOBER_29, "DATE", "2026"),
    ("The index is down 4% year to date.", "year to date", OCTOBER_29, "DATE", "2026"),
    ("Sales in the year to date are up 6%.", "the year to date", OCTOBER_29, "DATE", "2026"),
    ("Year-to-date gains topped 12%.", "Year-to-date", OCTOBER_29, "DATE", "2026"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), YEAR_TO_DATE)
def test_the_year_so_far_is_this_year(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
