"""A financial year in the business shorthand with two two-digit years, "FY26/27" or
"FY25-26", is one date, the first year's value with both years in its range, as
"FY2026/27" and "the 2026/27 financial year" are; its numbers count nothing.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from date_checks import Row, check, dates

FEBRUARY_12 = dt.date(2026, 2, 12)

FISCAL_SHORTHAND: list[Row] = [
    (
        "Adjusted earnings were in line with the company's guidance for FY26/27.",
        "FY26/27",
        FEBRUARY_12,
        "DATE",
        "2026",
    ),
    ("The council expects a surplus in FY25-26.", "FY25-26", FEBRUARY_12, "DATE", "2025"),
    # as before
    ("The budget for FY2026/27 is $4bn.", "FY2026/27", FEBRUARY_12, "DATE", "2026"),
    ("The target for FY27 is $3bn.", "FY27", FEBRUARY_12, "DATE", "2027"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), FISCAL_SHORTHAND)
def test_a_split_fiscal_year_in_shorthand(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_a_split_fiscal_year_holds_both_years() -> None:
    (found,) = dates("The budget for FY26/27 is balanced.", FEBRUARY_12)
    assert (found.text, found.value, found.range) == ("FY26/27", "2026", ("2026", "2027"))


def test_two_years_that_do_not_follow_make_no_fiscal_year() -> None:
    assert [d.text for d in dates("Code FY26/29 was filed.", FEBRUARY_12)] == []


def test_the_split_years_count_nothing() -> None:
    result = newsfacts.Extractor(["numbers"]).extract(
        newsfacts.Article(text="The budget for FY26/27 is $4bn.", published=FEBRUARY_12)
    )
    assert [number.text for number in result.numbers] == ["$4bn"]
