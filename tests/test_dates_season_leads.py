"""A season named alone after "by" is the coming one when the verb before "by" is of the
future ("would put nurses on the wards by the spring"), else the publication year's ("By
late summer, he seemed beatable"); "ahead to" looks to the coming one.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

OCTOBER_10 = dt.date(2025, 10, 10)

SEASON_LEADS: list[Row] = [
    (
        "The plan would put 150 more nurses on the wards by the spring, the governor said.",
        "the spring",
        OCTOBER_10,
        "DATE",
        "2026-SP",
    ),
    (
        "By the spring, the company will have hired 200 staff.",
        "the spring",
        OCTOBER_10,
        "DATE",
        "2026-SP",
    ),
    (
        "Looking ahead to the spring, the minister was upbeat.",
        "the spring",
        OCTOBER_10,
        "DATE",
        "2026-SP",
    ),
    # no verb of the future before "by": the publication year's
    ("By late summer, he seemed beatable.", "late summer", OCTOBER_10, "DATE", "2025-SU"),
    ("The rally came ahead of the summer recess.", "the summer", OCTOBER_10, "DATE", "2025-SU"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SEASON_LEADS)
def test_a_season_after_by_or_ahead_to(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
