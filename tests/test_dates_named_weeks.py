"""A weekday set off after the week it lies in ("this week, in French on Wednesday night and
in English on Thursday", "next week, on Tuesday") is that week's, whatever the tense near it;
a clause of its own after the week's comma is read by its tense as before.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

APRIL_15 = dt.date(2025, 4, 15)  # a Tuesday

NAMED_WEEKS: list[Row] = [
    (
        "The leaders will face off in two televised debates this week, in French on "
        "Wednesday night and in English on Thursday.",
        "Wednesday night",
        APRIL_15,
        "DATE",
        "2025-04-16TNI",
    ),
    (
        "The leaders will face off in two televised debates this week, in French on "
        "Wednesday night and in English on Thursday.",
        "Thursday",
        APRIL_15,
        "DATE",
        "2025-04-17",
    ),
    (
        "The committee meets next week, on Tuesday and Thursday.",
        "Tuesday",
        APRIL_15,
        "DATE",
        "2025-04-22",
    ),
    ("Last week, in fact, on Friday, prices fell.", "Friday", APRIL_15, "DATE", "2025-04-11"),
    # a clause of its own after the comma: its tense
    (
        "After five losses last week, Ana Ruiz won on Monday.",
        "Monday",
        APRIL_15,
        "DATE",
        "2025-04-14",
    ),
    (
        "He arrived this week after leaving Syria on Friday.",
        "Friday",
        APRIL_15,
        "DATE",
        "2025-04-11",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), NAMED_WEEKS)
def test_a_weekday_in_the_week_named_before_it(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
