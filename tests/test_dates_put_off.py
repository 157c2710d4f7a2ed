"""A day a thing is put off to, its object between the verb and "to" or "until" ("delayed
the launch to June 20", "postponed the vote until Friday", "pushed the final back to March"),
is still to come, as after "delayed to" or "postponed until"; "moved its headquarters to
Dallas on Friday" moves nothing to the day.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

MAY_7 = dt.date(2026, 5, 7)  # a Thursday

PUT_OFF: list[Row] = [
    ("Nasa delayed the launch to June 20.", "June 20", MAY_7, "DATE", "2026-06-20"),
    (
        "The club postponed its annual meeting to Oct. 3.",
        "Oct. 3",
        MAY_7,
        "DATE",
        "2026-10-03",
    ),
    (
        "Organisers have pushed the final back to March.",
        "March",
        MAY_7,
        "DATE",
        "2027-03",
    ),
    ("The game was put back to Sunday.", "Sunday", MAY_7, "DATE", "2026-05-10"),
    # as before: no day put off
    (
        "The company moved its headquarters to Dallas on Friday.",
        "Friday",
        MAY_7,
        "DATE",
        "2026-05-01",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PUT_OFF)
def test_a_day_put_off_to_is_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
