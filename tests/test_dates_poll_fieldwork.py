"""A range of days written "from April 11 to 13", the second day bare, as polls give their
fieldwork, is one range when a preposition or conjunction follows it ("... to 13 among 1,600
adults"), as when it ends its clause; not a number's rise "from 10 on June 12 to 14".

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from date_checks import Row, check, dates, only

APRIL_15 = dt.date(2025, 4, 15)
WITH_NUMBERS = newsfacts.Extractor(["dates", "numbers"])

FIELDWORK: list[Row] = [
    (
        "The survey was conducted online from April 11 to 13 among 1,600 adults.",
        "April 11 to 13",
        APRIL_15,
        "DATE",
        "2025-04-11",
    ),
    (
        "Voters were polled from April 9 to 12 by telephone.",
        "April 9 to 12",
        APRIL_15,
        "DATE",
        "2025-04-09",
    ),
    (
        "The festival runs from Aug. 6 to 17 in Edinburgh.",
        "Aug. 6 to 17",
        APRIL_15,
        "DATE",
        "2025-08-06",
    ),
    ("The fair runs from Aug. 6 to 17.", "Aug. 6 to 17", APRIL_15, "DATE", "2025-08-06"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), FIELDWORK)
def test_a_range_of_days_before_a_preposition(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_the_second_day_is_the_ranges_end_and_no_count() -> None:
    sentence = "The survey was conducted online from April 11 to 13 among 1,600 adults."
    assert only(sentence, "April 11 to 13", APRIL_15).range == ("2025-04-11", "2025-04-13")
    result = WITH_NUMBERS.extract(newsfacts.Article(text=sentence, published=APRIL_15))
    assert [q.text for q in result.numbers] == ["1,600"]


def test_a_rise_after_a_day_is_no_range() -> None:
    sentence = "Shares rose from 10 on June 12 to 14 in late trading."
    assert [fact.text for fact in dates(sentence, APRIL_15)] == ["June 12"]
