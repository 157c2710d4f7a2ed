"""A day said to be, with the place between ("The third Test is in Perth on Friday", "the
summit is in Geneva in March", "the next game is at home on Saturday"), is a schedule in the
present tense, still to come, as "the vote is on Tuesday" is; "was in Sydney on Wednesday"
is the day gone, and "Oil is at $80 on Friday" names no place.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

TUESDAY = dt.date(2026, 11, 24)

PLACED_SCHEDULES: list[Row] = [
    (
        "England lead 2-0. The third match is in Sydney on Wednesday.",
        "Wednesday",
        TUESDAY,
        "DATE",
        "2026-11-25",
    ),
    ("The second Test is at the Gabba on Sunday.", "Sunday", TUESDAY, "DATE", "2026-11-29"),
    ("The next game is at home on Friday.", "Friday", TUESDAY, "DATE", "2026-11-27"),
    ("The climate summit is in Geneva in March.", "March", TUESDAY, "DATE", "2027-03"),
    (
        "The president is in New York on Monday for the General Assembly.",
        "Monday",
        TUESDAY,
        "DATE",
        "2026-11-30",
    ),
    # more than one space before the day (the words before it are read past them all)
    ("The next game is at home  on  Friday.", "Friday", TUESDAY, "DATE", "2026-11-27"),
    # as before: told in the past, or no place
    ("The match was in Sydney on Wednesday.", "Wednesday", TUESDAY, "DATE", "2026-11-18"),
    ("Oil is at $80 on Friday.", "Friday", TUESDAY, "DATE", "2026-11-20"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PLACED_SCHEDULES)
def test_a_day_said_to_be_at_a_place_is_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
