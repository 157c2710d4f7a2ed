"""A month of "that year", "the same year", "the following year" or "the previous year" is a
month of the year the date last read names, one offset by one year for "following" and
"previous": "opened in 2003 and closed in March of that year" is March 2003, not the latest
March, and "that year" is no expression of its own. With no date read before it, the month is
read alone, as before.

Each row reads: this text, published on Thursday 10 July 2025, holds this expression of this
type and value. The sentences are of the kind news reports write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check, dates

ROWS: list[Row] = [
    (
        "The bakery opened in 2003 and closed in March of that year.",
        "March of that year",
        THURSDAY,
        "DATE",
        "2003-03",
    ),
    (
        "The bakery opened in 2003. It closed in March of that year.",
        "March of that year",
        THURSDAY,
        "DATE",
        "2003-03",
    ),
    (
        "The mayor took office in January 2011 and resigned in November of that year.",
        "November of that year",
        THURSDAY,
        "DATE",
        "2011-11",
    ),
    (
        "The dam was approved in 2008 and finished in May of the following year.",
        "May of the following year",
        THURSDAY,
        "DATE",
        "2009-05",
    ),
    (
        "The school shut in 2016 after a fire in August of the previous year.",
        "August of the previous year",
        THURSDAY,
        "DATE",
        "2015-08",
    ),
    (
        "The band formed in 1999 and toured in June the same year.",
        "June the same year",
        THURSDAY,
        "DATE",
        "1999-06",
    ),
    # no date read before: the month alone, the latest one for the past tense
    ("The shop closed in March of that year.", "March", THURSDAY, "DATE", "2025-03"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), ROWS)
def test_a_month_of_that_year_is_of_the_year_last_named(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_that_year_after_the_month_is_no_expression_of_its_own() -> None:
    found = [
        (fact.text, fact.value)
        for fact in dates("The bakery opened in 2003 and closed in March of that year.")
    ]
    assert found == [("2003", "2003"), ("March of that year", "2003-03")]
