"""A day after "by" is the one to come ("The work will be completed by Friday"), unless a
passive in the past stands right before "by": then it is the day gone, the state reached by
then ("The fire was 99% contained by Sunday evening"); a plan told in the past still looks
ahead. The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

TUESDAY = dt.date(2025, 4, 15)  # Tuesday 15 April 2025

BY_A_DAY: list[Row] = [
    (
        "The Palisades Fire was 99% contained by Sunday evening.",
        "Sunday evening",
        TUESDAY,
        "DATE",
        "2025-04-13TEV",
    ),
    ("All the passengers were rescued by Saturday.", "Saturday", TUESDAY, "DATE", "2025-04-12"),
    (
        "The review was triggered by the late Friday publication of the memos.",
        "late Friday",  # "the" is the publication's (test_dates_qualifying_months)
        TUESDAY,
        "DATE",
        "2025-04-11",
    ),
    # ... past what the verb was done to or where
    (
        "Power was restored to most customers by Monday evening, the utility said.",
        "Monday evening",
        TUESDAY,
        "DATE",
        "2025-04-14TEV",
    ),
    (
        "About 300 people were evacuated from the area by Tuesday night.",
        "Tuesday night",
        TUESDAY,
        "DATE",
        "2025-04-15TNI",
    ),
    # a deadline to come, or a plan told in the past
    ("Residents were ordered to leave by Friday.", "Friday", TUESDAY, "DATE", "2025-04-18"),
    ("The work will be completed by Friday.", "Friday", TUESDAY, "DATE", "2025-04-18"),
    ("The bill was expected to pass by Friday.", "Friday", TUESDAY, "DATE", "2025-04-18"),
    ("The report was due by Monday.", "Monday", TUESDAY, "DATE", "2025-04-21"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), BY_A_DAY)
def test_a_day_after_by_follows_a_passive_in_the_past(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
