"""A year or quarter "earlier than" something is a comparison, the amount of time between two
events, not a date counted back from the publication day: "five years earlier than its
neighbours" is ``P5Y``, as "a week earlier than expected" is ``P1W``; "a year earlier" alone
(of results) stays a date.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

NOVEMBER_6 = dt.date(2026, 11, 6)

EARLIER_THAN: list[Row] = [
    (
        "Denmark will reach net zero five years earlier than most of its neighbours.",
        "five years",
        NOVEMBER_6,
        "DURATION",
        "P5Y",
    ),
    ("The new line opened a year earlier than planned.", "a year", NOVEMBER_6, "DURATION", "P1Y"),
    ("The vote came a week earlier than expected.", "a week", NOVEMBER_6, "DURATION", "P1W"),
    # as before: no comparison
    ("Profit rose 5% from a year earlier.", "a year earlier", NOVEMBER_6, "DATE", "2025"),
    ("He had retired five years earlier.", "five years earlier", NOVEMBER_6, "DATE", "2021"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), EARLIER_THAN)
def test_earlier_than_is_an_amount_of_time(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
