"""The middle of the current year, month or week written in one word, as business and market
reports write it: "by mid-year", "at midyear", "mid-month", "midweek" (``data/phrases.tsv``),
the unit of the publication day with the mod ``MID``, as "the middle of the year" is.

Each row reads: this sentence, published on this day, holds this expression with this
TIMEX3 value and mod. The sentences are of the kind results and market reports write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import dates

PUBLISHED = dt.date(1996, 8, 22)  # Thursday 22 August 1996, ISO week 34

MID_UNITS: list[tuple[str, str, str]] = [
    ("The company expects to close the deal by mid-year, a spokesman said.", "mid-year", "1996"),
    ("Analysts had expected a recovery at midyear.", "midyear", "1996"),
    ("The central bank is due to publish its report in mid-month.", "mid-month", "1996-08"),
    (
        "Softer copper prices mid-week kept spot zinc stuck in a narrow band.",
        "mid-week",
        "1996-W34",
    ),
    ("Bond prices eased midweek on fears of a rate rise.", "midweek", "1996-W34"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), MID_UNITS)
def test_the_middle_of_a_unit_in_one_word(sentence: str, expression: str, value: str) -> None:
    found = [(fact.text, fact.type, fact.value, fact.mod) for fact in dates(sentence, PUBLISHED)]
    assert (expression, "DATE", value, "MID") in found, found
