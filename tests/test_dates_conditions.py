"""A weekday in a condition or a clause of time told in the present tense ("If she loses
Saturday, ...", "if the margin is thin on Tuesday", "when the senator speaks on Thursday")
is the coming one: such a clause in the present speaks of a time to come. One in the past
("if she lost Saturday", "if he had won on Tuesday", "when the mayor took the stage
Monday"), a weekday owned by a noun or owning one ("Monday night's debate", "her Tuesday
wins"), and a weekday past the comma that ends the clause are left to the other words.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

WEDNESDAY = dt.date(2025, 3, 12)

COMING: list[Row] = [
    (
        "If she loses Saturday, the champion may retire.",
        "Saturday",
        WEDNESDAY,
        "DATE",
        "2025-03-15",
    ),
    (
        "The council wants a ruling now, as it fears a recount if the margin is thin on Tuesday.",
        "Tuesday",
        WEDNESDAY,
        "DATE",
        "2025-03-18",
    ),
    (
        "“If we lose Sunday, we start again,” the coach said.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2025-03-16",
    ),
    (
        "If Ortega takes the northern district Monday, pollsters expect a runoff.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2025-03-17",
    ),
    # a clause of time in the present is as much ahead
    (
        "Few expect an apology when the senator addresses the union by video on Thursday night.",
        "Thursday night",
        WEDNESDAY,
        "DATE",
        "2025-03-13TNI",
    ),
    (
        "By the time the fair is over on Sunday, the crew will have served 9,000 meals.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2025-03-16",
    ),
]

LEFT_TO_OTHER_WORDS: list[Row] = [
    (
        "If she lost Saturday, few fans noticed.",
        "Saturday",
        WEDNESDAY,
        "DATE",
        "2025-03-08",
    ),
    (
        "If he had won on Tuesday, he would lead the table.",
        "Tuesday",
        WEDNESDAY,
        "DATE",
        "2025-03-11",
    ),
    (
        "If you want to grasp Monday night's debate, start with the economy.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2025-03-10",
    ),
    (
        "If she builds on her Tuesday wins, the race tightens.",
        "Tuesday",
        WEDNESDAY,
        "DATE",
        "2025-03-11",
    ),
    (
        "When the mayor took the stage Monday, the crowd booed.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2025-03-10",
    ),
    # a verb whose past is its present, and "once" as an adverb
    (
        "When the storm hit Monday, thousands lost power.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2025-03-10",
    ),
    (
        "Once again on Monday, the senator attacked the plan.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2025-03-10",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), COMING)
def test_a_weekday_in_a_present_condition_is_the_coming_one(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "kind", "value"), LEFT_TO_OTHER_WORDS
)
def test_other_conditions_leave_the_weekday_to_other_words(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
