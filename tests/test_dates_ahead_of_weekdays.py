"""A weekday named as the day of an event something is done ahead of ("ahead of the county
vote on Monday", "in the run-up to the ballot on Sunday"): the verb of the clause dates
what is done ahead, not the event, so the day is the coming one, as it is right after
"ahead of" ("ahead of Monday's vote").

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

FRIDAY = dt.date(2025, 3, 14)

AHEAD: list[Row] = [
    (
        "The mayor trailed badly in every survey ahead of the county election on Monday.",
        "Monday",
        FRIDAY,
        "DATE",
        "2025-03-17",
    ),
    (
        "Both parties knocked on doors across the valley ahead of voting Tuesday.",
        "Tuesday",
        FRIDAY,
        "DATE",
        "2025-03-18",
    ),
    # a present perfect is no day of its own
    (
        "The contest has grown bitter ahead of the province's crowded Sunday ballot.",
        "Sunday",
        FRIDAY,
        "DATE",
        "2025-03-16",
    ),
    (
        "Donors poured money into ads in the run-up to the ballot on Sunday.",
        "Sunday",
        FRIDAY,
        "DATE",
        "2025-03-16",
    ),
]

# The clause still speaks where a clause follows the event's noun, or a past perfect
# tells of a plan gone by.
TOLD_IN_PAST: list[Row] = [
    (
        "Shares slipped ahead of the talks that collapsed on Wednesday.",
        "Wednesday",
        FRIDAY,
        "DATE",
        "2025-03-12",
    ),
    (
        "Turnout had looked weak ahead of the county runoff on Tuesday.",
        "Tuesday",
        FRIDAY,
        "DATE",
        "2025-03-11",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), AHEAD)
def test_the_day_of_an_event_ahead_is_the_coming_one(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), TOLD_IN_PAST)
def test_the_past_tense_still_dates_other_days(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
