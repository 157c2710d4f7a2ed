"""Tense cues that read wrong, by class: a future cue that is also a plural noun ("regular
visits to the region"), a passive with "get" ("getting beat up"), a verb joined by "and" to
one of the future ("will take effect ... and last until"), and a forward-looking "ahead to".

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

JULY_10 = dt.date(2025, 7, 10)  # a Thursday

TENSE_CUE_CLASSES: list[Row] = [
    # "visits" the noun (an adjective, a number, a determiner before it, "to" after it): no
    # future
    (
        "After regular visits in March, the inspectors filed a report.",
        "March",
        JULY_10,
        "DATE",
        "2025-03",
    ),
    (
        "Inspectors made two visits in March and found no faults.",
        "March",
        JULY_10,
        "DATE",
        "2025-03",
    ),
    (
        "The visits to the border on Friday, officials said, had been kept secret.",
        "Friday",
        JULY_10,
        "DATE",
        "2025-07-04",
    ),
    # "going" points ahead before "to" or "into" only: "going from ... on July 3 to ..." tells
    # of a change gone
    (
        "Turnout in the ward swung, going from 52 percent on July 3 to 61 percent.",
        "July 3",
        JULY_10,
        "DATE",
        "2025-07-03",
    ),
    ("Voters are going to choose a mayor on July 3.", "July 3", JULY_10, "DATE", "2026-07-03"),
    ("The party has no nominee going into Oct. 3.", "Oct. 3", JULY_10, "DATE", "2025-10-03"),
    # "visits" the verb of the present: the day to come
    ("The prince visits the town on Monday.", "Monday", JULY_10, "DATE", "2025-07-14"),
    # a verb joined to one of the future: its tense
    (
        "The curfew will take effect at midnight on Friday and last until Monday, police said.",
        "midnight on Friday",
        JULY_10,
        "TIME",
        "2025-07-11T24:00",
    ),
    # a passive with "get" is no past: the future before it decides
    (
        "Rookies will risk getting beat up on Sunday by the champions.",
        "Sunday",
        JULY_10,
        "DATE",
        "2025-07-13",
    ),
    # looking ahead
    (
        "Looking ahead to Sunday, the coach named his team.",
        "Sunday",
        JULY_10,
        "DATE",
        "2025-07-13",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "kind", "value"), TENSE_CUE_CLASSES
)
def test_tense_cue_classes(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
