"""Clock times without a day of their own: told in the past, they are of the day the story
named a sentence or two before (police, court and disaster reports name the day once and
give the times after it); in the present or the future, and after a day's possessive, of the
publication day. The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check

MONDAY = dt.date(2025, 9, 15)  # Monday 15 September 2025

STORY_DAY: list[Row] = [
    # the day named in the sentence before, the time told in the past
    (
        "Two people died after a bus overturned near Perth early on Sunday morning. The crash"
        " happened at about 5.30am.",
        "about 5.30am",
        MONDAY,
        "TIME",
        "2025-09-14T05:30",
    ),
    (
        "A woman was found dead at a house in Leeds on Saturday. Officers were called to the"
        " property at 11.45pm.",
        "11.45pm",
        MONDAY,
        "TIME",
        "2025-09-13T23:45",
    ),
    (
        "A gunman opened fire at a shopping centre on Tuesday afternoon.\n\nPolice were called"
        " to the centre at about 3.15pm.",
        "about 3.15pm",
        THURSDAY,
        "TIME",
        "2025-07-08T15:15",
    ),
    # in the present or to come: the publication day's
    (
        "The bridge was closed on Sunday. It reopens at 6am.",
        "6am",
        MONDAY,
        "TIME",
        "2025-09-15T06:00",
    ),
    # after a day's possessive: another time than the story's
    (
        "The bond future was down from Friday's settlement price. Prices were trading lower"
        " near midday.",
        "midday",
        MONDAY,
        "TIME",
        "2025-09-15T12:00",
    ),
    # no day named before: the publication day's
    (
        "The memo reached editors' inboxes at 2:17 a.m.",
        "2:17 a.m.",
        MONDAY,
        "TIME",
        "2025-09-15T02:17",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), STORY_DAY)
def test_a_clock_time_told_in_the_past_is_of_the_day_named_before(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
