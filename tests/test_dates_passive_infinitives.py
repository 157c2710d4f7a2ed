"""A day right after a passive or progressive infinitive ("the referendum, to be held
Sunday", "a report to be released Thursday", "they need to be canvassing Monday night") is
still to come, whatever the verb of the clause: what is still to be done lies ahead. A plan
told in the past ("was to be held") stays in the past, and "to be" before a place ("to be in
Ohio on Thursday") is no deed still to do: the clause's verb decides.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

WEDNESDAY = dt.date(2025, 3, 12)
DECEMBER_10 = dt.date(2025, 12, 10)

STILL_TO_DO: list[Row] = [
    (
        "The referendum, to be held Sunday, has split the ruling party.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2025-03-16",
    ),
    (
        "Aides rewrote the budget speech, to be delivered Friday in Leeds.",
        "Friday",
        WEDNESDAY,
        "DATE",
        "2025-03-14",
    ),
    (
        "The organizers told volunteers where they needed to be canvassing Monday night.",
        "Monday night",
        WEDNESDAY,
        "DATE",
        "2025-03-17TNI",
    ),
    (
        "Harbour Town - Millbrook (to be played on Saturday)",
        "Saturday",
        WEDNESDAY,
        "DATE",
        "2025-03-15",
    ),
    # a season: the one to come, not the publication year's
    (
        "The author says he is polishing a novel to be published in the summer.",
        "the summer",
        DECEMBER_10,
        "DATE",
        "2026-SU",
    ),
]

TOLD_IN_PAST: list[Row] = [
    (
        "The ballot was to be held on Sunday but the court halted it.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2025-03-09",
    ),
    (
        "The ballot was scheduled to be held on Sunday but was postponed.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2025-03-09",
    ),
    (
        "She cancelled a dinner to be in Ohio on Monday.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2025-03-10",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), STILL_TO_DO)
def test_a_deed_still_to_be_done_is_ahead(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), TOLD_IN_PAST)
def test_a_past_plan_or_a_place_leaves_the_clause_to_decide(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
