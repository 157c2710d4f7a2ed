"""A day after "no earlier than", "not earlier than" or "no sooner than" is the earliest a
thing may now happen, still to come, as after "as early as": "Nasa has delayed the launch, to
no earlier than June 20", said in May, is the June to come.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

MAY_7 = dt.date(2026, 5, 7)  # a Thursday

NO_EARLIER: list[Row] = [
    (
        "Nasa has delayed the launch of its lunar lander by at least six weeks, to no earlier"
        " than June 20, after engineers found a leak.",
        "June 20",
        MAY_7,
        "DATE",
        "2026-06-20",
    ),
    (
        "The agency said the probe would fly not earlier than Monday.",
        "Monday",
        MAY_7,
        "DATE",
        "2026-05-11",
    ),
    (
        "The crew will return to Earth no sooner than Tuesday.",
        "Tuesday",
        MAY_7,
        "DATE",
        "2026-05-12",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), NO_EARLIER)
def test_the_earliest_day_is_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
