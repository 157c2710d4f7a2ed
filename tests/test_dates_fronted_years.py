"""A month, or a month and day, without a year in a sentence that opens with a year is of
that year, as TimeML anchors it, not of the publication's year and the tense; a year told
later in the sentence does not count, nor does one of another sentence (the core's sentences:
an abbreviation's full stop ends none). The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

TUESDAY = dt.date(2025, 4, 15)  # Tuesday 15 April 2025

FRONTED: list[Row] = [
    (
        "In 2019, floods killed more than 240 people in September.",
        "September",
        TUESDAY,
        "DATE",
        "2019-09",
    ),
    ("Last year, the company cut 500 jobs in March.", "March", TUESDAY, "DATE", "2024-03"),
    ("Back in 2008 the bank collapsed in September.", "September", TUESDAY, "DATE", "2008-09"),
    (
        "But in 2012, the campaign spent millions on ads beginning in April.",
        "April",
        TUESDAY,
        "DATE",
        "2012-04",
    ),
    ("In 2019, the firm was sold on March 3.", "March 3", TUESDAY, "DATE", "2019-03-03"),
    # a quote opening with the year
    (
        '"In 2019, we lost money on every flight in September," the chief executive said.',
        "September",
        TUESDAY,
        "DATE",
        "2019-09",
    ),
    # an abbreviation's full stop ends no sentence (the core's sentences say where one ends)
    (
        "In 2014, sales at the St. Louis plant fell sharply in September.",
        "September",
        TUESDAY,
        "DATE",
        "2014-09",
    ),
    # a year told later in the sentence, or in another sentence: the tense decides
    ("The firm, founded in 2005, cut jobs in March.", "March", TUESDAY, "DATE", "2025-03"),
    (
        "Sales have risen since 2019, and in March they hit a record.",
        "March",
        TUESDAY,
        "DATE",
        "2025-03",
    ),
    ("In 2019 the mill closed. It reopened in March.", "March", TUESDAY, "DATE", "2025-03"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), FRONTED)
def test_a_month_is_of_the_year_its_sentence_opens_with(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
