"""The end of a year or month written in one word, as business news writes it ("year-end
2027", "by end-2027", "end-June"), is that year or month with the mod ``END``; "year-end"
before a month and day is a company's year ("fiscal year-end June 30") and "end" without its
hyphen the verb ("will end 2027").

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type, value and mod. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import dates

JULY_10 = dt.date(2025, 7, 10)

Row = tuple[str, str, str, "str | None"]

YEAR_AND_MONTH_ENDS: list[Row] = [
    (
        "Freight rates should recover by year-end 2027, the carrier said.",
        "year-end 2027",
        "2027",
        "END",
    ),
    ("The central bank sees inflation at 2% by end-2026.", "end-2026", "2026", "END"),
    ("Ministers hope to finish the talks by end-June.", "end-June", "2026-06", "END"),
    ("Exports rose 3% in the year to end-March 2025.", "end-March 2025", "2025-03", "END"),
    ("Year-end 2024 stocks of wheat were the lowest in a decade.", "Year-end 2024", "2024", "END"),
    ("The contract will end 2027 with a review.", "2027", "2027", None),
    (
        "The insurer's fiscal year-end June 30 results beat forecasts.",
        "June 30",
        "2025-06-30",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "value", "mod"), YEAR_AND_MONTH_ENDS)
def test_the_end_of_a_year_or_month_in_one_word(
    sentence: str, expression: str, value: str, mod: str | None
) -> None:
    found = [(fact.text, fact.value, fact.mod) for fact in dates(sentence, JULY_10)]
    assert (expression, value, mod) in found, found
