""" "the year" set off by a comma right after a year, a clause after it, names that year, not
the publication's: "in 2009, the year the mill closed" is 2009; "2019 - not 2018, which is
the year she left" is 2018. Alone, "the year" is still the publication year.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

PUBLISHED = dt.date(2025, 6, 3)

APPOSED: list[Row] = [
    (
        "The town lost its last bakery in 2009, the year the mill closed.",
        "the year",
        PUBLISHED,
        "DATE",
        "2009",
    ),
    (
        "The deal was signed in 2019 - not 2018, which is the year she left the firm.",
        "the year",
        PUBLISHED,
        "DATE",
        "2018",
    ),
    # not right after the year: the publication year
    (
        "After a record 2024, the firm expects profits to slip over the year.",
        "the year",
        PUBLISHED,
        "DATE",
        "2025",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), APPOSED)
def test_the_year_after_a_year_and_a_comma_is_that_year(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
