"""A day written in the noun phrase of an event put on a schedule ahead, after "for" or
"ahead of" ("for the Feb. 8 game"): the verb of another clause ("sold out", "queued") does
not date it, so it is read as an unmarked day, the coming one within 120 days.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

JANUARY_20 = dt.date(2025, 1, 20)  # a Monday

AWAITED: list[Row] = [
    (
        "Tickets sold out within an hour for the March 8 game.",
        "March 8",
        JANUARY_20,
        "DATE",
        "2025-03-08",
    ),
    (
        "Fans queued overnight ahead of the March 3 final.",
        "March 3",
        JANUARY_20,
        "DATE",
        "2025-03-03",
    ),
    # up to two words between the day and the event's noun
    (
        "The striker was suspended for the April 12 home match against the leaders.",
        "April 12",
        JANUARY_20,
        "DATE",
        "2025-04-12",
    ),
    (
        "Campaigners gathered signatures for the May 1 local elections.",
        "May 1",
        JANUARY_20,
        "DATE",
        "2025-05-01",
    ),
    # a day gone near the publication stays gone: unmarked, it is in the publication year
    (
        "Police closed six roads for the Jan. 12 parade.",
        "Jan. 12",
        JANUARY_20,
        "DATE",
        "2025-01-12",
    ),
]

# The past tense still speaks where no event's noun follows, or no "for" leads.
TOLD_IN_PAST: list[Row] = [
    (
        "The striker scored twice in the March 3 match.",
        "March 3",
        JANUARY_20,
        "DATE",
        "2024-03-03",
    ),
    (
        "The council voted on March 3 for the plan.",
        "March 3",
        JANUARY_20,
        "DATE",
        "2024-03-03",
    ),
    # a weekday: the tense of the clause tells which week
    (
        "Police closed six roads for Saturday's parade.",
        "Saturday",
        JANUARY_20,
        "DATE",
        "2025-01-18",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), AWAITED)
def test_the_day_of_an_awaited_event_is_not_dated_by_the_verb(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), TOLD_IN_PAST)
def test_the_past_tense_still_dates_other_days(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
