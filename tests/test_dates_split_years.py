"""A year split by a slash, as British, South African, Australian and Indian budgets name a
financial year or a season ("the 2026/27 financial year"), is one date, as the same years
joined by a hyphen are ("2025-26"): the first year's value, both years in ``range``. The
numbers field then reads no count in it.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from date_checks import THURSDAY, Row, check, dates, only

WITH_NUMBERS = newsfacts.Extractor(["dates", "numbers"])

SPLIT_YEARS: list[Row] = [
    (
        "The regulator approved a 5.36% increase for the 2026/27 financial year.",
        "2026/27",
        THURSDAY,
        "DATE",
        "2026",
    ),
    ("Tax revenue for 2024/25 came in at R1.86 trillion.", "2024/25", THURSDAY, "DATE", "2024"),
    ("The 2025/2026 season opens in August.", "2025/2026", THURSDAY, "DATE", "2025"),
    ("Growth in 2025-26 is forecast at 1.4%.", "2025-26", THURSDAY, "DATE", "2025"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SPLIT_YEARS)
def test_a_year_split_by_a_slash_is_one_date(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_the_split_years_are_its_range_and_no_counts() -> None:
    sentence = "Nersa approved a 5.36% increase for the 2026/27 financial year."
    assert only(sentence, "2026/27").range == ("2026", "2027")
    result = WITH_NUMBERS.extract(newsfacts.Article(text=sentence, published=THURSDAY))
    assert [q.text for q in result.numbers] == ["5.36%"]


@pytest.mark.parametrize("sentence", ["The score was 2024/20 at the break."])
def test_a_slash_before_no_next_year_is_no_split_year(sentence: str) -> None:
    assert "2024/20" not in [fact.text for fact in dates(sentence)]


# A season named by the two years it spans, as a winter is, is the season of the first year
# (its ``value``), one date with the season's word: not the years alone
SPLIT_SEASONS: list[Row] = [
    (
        "Gas storage must be 90% full before winter 2022/23, the commission said.",
        "winter 2022/23",
        THURSDAY,
        "DATE",
        "2022-WI",
    ),
    (
        "During the winter of 2013-14, the Great Lakes froze over.",
        "the winter of 2013-14",
        THURSDAY,
        "DATE",
        "2013-WI",
    ),
    ("Heating bills soared in winter 2022-2023.", "winter 2022-2023", THURSDAY, "DATE", "2022-WI"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SPLIT_SEASONS)
def test_a_season_of_split_years_is_the_first_years_season(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
    assert [fact.text for fact in dates(sentence)] == [expression]
