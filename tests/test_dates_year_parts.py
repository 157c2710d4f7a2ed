"""A part of "the year" that has not begun by the publication day, told in the past, is the
year before's: "the third quarter of the year" and "the second half of the year" said in
January of a sum raised, "the end of the year" (``data/year_parts.tsv``) said in June of a
lead held, as "the third quarter" alone is. Told of what is to come, or begun already, it
stays the publication's year; so does "this year". A past participle of will before an
infinitive ("determined to finish it", ``data/control_verbs.txt``) tells of a doing still
to come, not of the past.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

JANUARY_12 = dt.date(2026, 1, 12)
JUNE_5 = dt.date(2026, 6, 5)
SEPTEMBER_16 = dt.date(2025, 9, 16)

YEAR_PARTS: list[Row] = [
    (
        "The senator raised $9 million during the third quarter of the year.",
        "the third quarter of the year",
        JANUARY_12,
        "DATE",
        "2025-Q3",
    ),
    (
        "The charity collected twice as much in the second half of the year.",
        "the second half of the year",
        JANUARY_12,
        "DATE",
        "2025-H2",
    ),
    (
        "The club held $2 million in reserves at year's end.",
        "year's end",
        JANUARY_12,
        "DATE",
        "2025",
    ),
    (
        "By the end of the year, the governor had climbed to 30 percent in the polls.",
        "the end of the year",
        JUNE_5,
        "DATE",
        "2025",
    ),
    (
        "Prices peaked in the middle of the year, the agency said.",
        "the middle of the year",
        dt.date(2026, 3, 2),
        "DATE",
        "2025",
    ),
    # to come, or begun already: the publication's year
    (
        "The senator will raise $9 million during the third quarter of the year.",
        "the third quarter of the year",
        JANUARY_12,
        "DATE",
        "2026-Q3",
    ),
    (
        "Sales rose in the first quarter of the year.",
        "the first quarter of the year",
        JANUARY_12,
        "DATE",
        "2026-Q1",
    ),
    (
        "The fund raised $9 million in the third quarter of this year.",
        "the third quarter of this year",
        JANUARY_12,
        "DATE",
        "2026-Q3",
    ),
    (
        "The company expects to close the deal by the end of the year.",
        "the end of the year",
        JUNE_5,
        "DATE",
        "2026",
    ),
    (
        "A crew arrived last week, determined to finish the bridge before the end of the year.",
        "the end of the year",
        SEPTEMBER_16,
        "DATE",
        "2025",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), YEAR_PARTS)
def test_a_part_of_the_year_not_begun_told_in_the_past(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
