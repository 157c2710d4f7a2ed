"""A clock time keeps the time zone written after it in its span, not in its value, for the
zones US business copy writes without their season ("4 p.m. ET", "10 a.m. PT") and those of
Asia, Oceania and South Africa ("9 a.m. AEST", "1700 SAST"); a day after the zone is the
clock time's day, as after "GMT".

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

WEDNESDAY = dt.date(2026, 6, 10)

ZONES: list[Row] = [
    (
        "The company will publish its results at 4 p.m. ET on Thursday.",
        "4 p.m. ET on Thursday",
        WEDNESDAY,
        "TIME",
        "2026-06-11T16:00",
    ),
    (
        "The launch is set for 10:15 a.m. PT on Friday.",
        "10:15 a.m. PT on Friday",
        WEDNESDAY,
        "TIME",
        "2026-06-12T10:15",
    ),
    ("Trading resumed at 9:30 a.m. ET.", "9:30 a.m. ET", WEDNESDAY, "TIME", "2026-06-10T09:30"),
    ("The exchange closed at 4 p.m. AEST.", "4 p.m. AEST", WEDNESDAY, "TIME", "2026-06-10T16:00"),
    (
        "Nominations will close at 1700 SAST on Friday.",
        "1700 SAST on Friday",
        WEDNESDAY,
        "TIME",
        "2026-06-12T17:00",
    ),
    ("The quake struck at 14:20 JST.", "14:20 JST", WEDNESDAY, "TIME", "2026-06-10T14:20"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), ZONES)
def test_a_zone_after_a_clock_time_is_in_its_span(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
