"""A day a thing was put off to, said in an aside set off by commas, takes the tense of the
sentence's main verb after the aside: "The match, postponed until Monday, ended in a draw"
is the Monday gone; "The final, postponed until Monday, will be played at Wembley" the one
to come, as "postponed until" alone says.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

MAY_7 = dt.date(2026, 5, 7)  # a Thursday

ASIDES: list[Row] = [
    (
        "The match, postponed until Monday, ended in a goalless draw.",
        "Monday",
        MAY_7,
        "DATE",
        "2026-05-04",
    ),
    (
        "The derby, delayed to Tuesday because of a waterlogged pitch, was played behind"
        " closed doors.",
        "Tuesday",
        MAY_7,
        "DATE",
        "2026-05-05",
    ),
    (
        "The vote, which was postponed until Monday night, passed easily.",
        "Monday night",
        MAY_7,
        "DATE",
        "2026-05-04TNI",
    ),
    (
        "The semi-final, rescheduled to April, drew a record crowd.",
        "April",
        MAY_7,
        "DATE",
        "2026-04",
    ),
    # a main verb to come, or none after the aside: the day is still to come
    (
        "The final, postponed until Monday, will be played at Wembley.",
        "Monday",
        MAY_7,
        "DATE",
        "2026-05-11",
    ),
    ("The game was postponed until Monday.", "Monday", MAY_7, "DATE", "2026-05-11"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), ASIDES)
def test_a_day_put_off_to_in_an_aside_takes_the_main_verbs_tense(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
