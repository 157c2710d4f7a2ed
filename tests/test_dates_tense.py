"""Date values that turn on the tense of their sentence: the weekday gone or the one to come.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_dates_values import THURSDAY, Row, check

WEDNESDAY = dt.date(2025, 7, 9)

# --- A plan word carries its tense on through "to" to the verb after it ------------------------

PLANS: list[Row] = [
    # A past perfect ends the plan, and "to expire" after it is no fresh plan: the day gone.
    (
        "The offer previously had been scheduled to expire at midnight Friday.",
        "midnight Friday",
        THURSDAY,
        "TIME",
        "2025-07-04T24:00",
    ),
    (
        "The bid had been due to expire Friday evening.",
        "Friday evening",
        THURSDAY,
        "DATE",
        "2025-07-04TEV",
    ),
    # A plan still ahead stays ahead.
    (
        "The talks are due to resume on Tuesday in Geneva.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-15",
    ),
    ("The council is scheduled to vote on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    # "plan to" told with "do", "does" or "did (not)" points ahead.
    (
        "Officials said they did not plan to remove the boy on Thursday morning.",
        "Thursday morning",
        WEDNESDAY,
        "DATE",
        "2025-07-10TMO",
    ),
    (
        "The union does not plan to strike on Monday, its leader said.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    # "plan" is a cue before "to" only: "the plan ... was approved" keeps the past.
    ("The plan was approved by the board on Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PLANS)
def test_a_plan_word_carries_its_tense(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A fronted day takes the verb of the main clause, past a clause opening after its comma ----

FRONTED: list[Row] = [
    (
        "On Friday, when the minister set aside vacation plans for the trip, the ministry lifted"
        " a warning against travel.",
        "Friday",
        THURSDAY,
        "DATE",
        "2025-07-04",
    ),
    (
        "On Monday, as the storm weakened, residents returned to their homes in Manila.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    (
        "On Monday, when the court opens, lawyers will file the appeal.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), FRONTED)
def test_a_fronted_day_takes_the_main_clause(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
