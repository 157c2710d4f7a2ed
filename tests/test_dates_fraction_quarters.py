"""A quarter or half of something else ("its quarter-century low", "a quarter point", "the
half hour") names no period of a results report: "a year earlier" after it stays a year,
not the year-ago quarter (``fraction_nouns`` of ``data/word_lists.tsv``).

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up, the first in the shape of a monthly jobs
report.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check, dates

FRIDAY_1998 = dt.date(1998, 2, 6)  # Friday 6 February 1998, in the first quarter

FRACTIONS: list[Row] = [
    (
        "the jobless rate held at 5.2 percent in January, a hair above its quarter-century "
        "low. Brisk hiring pushed companies to lift pay once more in January. Average pay "
        "stood 2.7 percent above its level a year earlier.",
        "a year earlier",
        FRIDAY_1998,
        "DATE",
        "1997",
    ),
    (
        "The central bank cut its rate by a quarter point. Mortgage lending was 6 percent "
        "higher than a year earlier.",
        "a year earlier",
        FRIDAY_1998,
        "DATE",
        "1997",
    ),
    # a quarter named is still the period: the year-ago quarter
    (
        "Profit rose to $4 million in the fourth quarter from $3 million a year earlier.",
        "a year earlier",
        FRIDAY_1998,
        "DATE",
        "1996-Q4",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), FRACTIONS)
def test_a_fraction_of_something_else_is_no_quarter(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# "three-quarters" joined by a hyphen is a fraction of people or of an amount, no nine months
# (quarters of a year are written apart: "the next three quarters"); "of an hour" after it
# keeps its minutes
JOINED_FRACTIONS = [
    ("About three-quarters back the new tax on sugary drinks, a poll found on Monday.", []),
    ("The bakery's deficit shrank three-quarters after its 2019 peak.", ["2019"]),
    ("Well over three-quarters backed the levy in Ohio.", []),
]


@pytest.mark.parametrize(("sentence", "found"), JOINED_FRACTIONS)
def test_a_fraction_joined_by_a_hyphen_is_no_amount_of_quarters(
    sentence: str, found: list[str]
) -> None:
    assert [fact.text for fact in dates(sentence) if fact.text != "Monday"] == found


def test_quarters_written_apart_and_a_fraction_of_an_hour_stay_amounts() -> None:
    check("The mill expects slow sales for the coming three quarters.",
          "the coming three quarters", FRIDAY_1998, "DURATION", "P3Q")  # fmt: skip
    check("The talks lasted three-quarters of an hour.", "three-quarters of an hour",
          FRIDAY_1998, "DURATION", "PT45M")  # fmt: skip
