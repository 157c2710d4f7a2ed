"""A day after "By" or "Until" opening a sentence, a comma after it (or after the noun the
day owns: "Until Monday's offer,"), takes the direction of the main clause's verb: "By
Tuesday evening, 40 ships were waiting" is the Tuesday gone, "By Friday, the company will
have paid" the one to come. The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

WEDNESDAY = dt.date(2026, 9, 2)  # Wednesday 2 September 2026

FRONTED_BY: list[Row] = [
    (
        "By Tuesday evening, about 40 ships were waiting to pass through the canal.",
        "Tuesday evening",
        WEDNESDAY,
        "DATE",
        "2026-09-01TEV",
    ),
    (
        "By Monday morning, rescuers pulled 12 survivors from the rubble.",
        "Monday morning",
        WEDNESDAY,
        "DATE",
        "2026-08-31TMO",
    ),
    ("By Sunday, the fire was 40% contained.", "Sunday", WEDNESDAY, "DATE", "2026-08-30"),
    # the main clause looks ahead: the day to come
    (
        "By Friday, the company will have paid the fine.",
        "Friday",
        WEDNESDAY,
        "DATE",
        "2026-09-04",
    ),
    ("By Saturday, prices are expected to ease.", "Saturday", WEDNESDAY, "DATE", "2026-09-05"),
    # "Until" opening the sentence, and a noun the day owns before the comma
    (
        "Until Monday's merger offer, shares of both lenders were trading near record lows.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2026-08-31",
    ),
    ("Until Tuesday, the ferry ran twice a day.", "Tuesday", WEDNESDAY, "DATE", "2026-09-01"),
    ("Until Friday, the museum will stay closed.", "Friday", WEDNESDAY, "DATE", "2026-09-04"),
    (
        "By Monday's deadline, 40 firms filed their bids.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2026-08-31",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), FRONTED_BY)
def test_a_day_after_a_fronted_by_follows_the_main_verb(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
