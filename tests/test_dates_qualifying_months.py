"""A month or weekday with "early", "late" or "mid" that qualifies a noun ("the late-November
trip", "the early March summit") leaves out "the": the article is the noun's, and the
expression is "late-November", as TimeBank writes it; a decade ("the late 1990s") and "the
end of November" keep their "the".

Each row reads: this sentence, published on this day, holds this expression with this
TIMEX3 value and mod. The sentences are invented, of the kind news reports write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import dates

PUBLISHED = dt.date(2019, 8, 14)  # Wednesday 14 August 2019

QUALIFYING: list[tuple[str, str, str, str]] = [
    (
        "Officials said the late-October visit to Lisbon was cancelled.",
        "late-October",
        "2018-10",
        "END",
    ),
    ("The mid-June deadline passed without a deal, the union said.", "mid-June", "2019-06", "MID"),
    ("Critics seized on the early March summit in Oslo.", "early March", "2019-03", "START"),
    (
        "The mayor defended the late Monday decision to close the bridge.",
        "late Monday",
        "2019-08-12",
        "END",
    ),
]

KEEPING: list[tuple[str, str, str, str]] = [
    ("Rents rose sharply in the late 1990s, the report said.", "the late 1990s", "199", "END"),
    ("The plant will close by the end of November.", "the end of November", "2019-11", "END"),
]


@pytest.mark.parametrize(("sentence", "expression", "value", "mod"), QUALIFYING + KEEPING)
def test_a_qualifying_month_leaves_out_the_article(
    sentence: str, expression: str, value: str, mod: str
) -> None:
    found = [(fact.text, fact.type, fact.value, fact.mod) for fact in dates(sentence, PUBLISHED)]
    assert (expression, "DATE", value, mod) in found, found
