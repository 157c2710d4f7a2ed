"""The first end of a range of clock times written bare, "from 6 to 10 p.m.", shares the last
end's "a.m." or "p.m." and is a time of its own, as TimeML marks each end of a range; after
"from" or "between" it holds the range. Not a number in a list ("at 11, 12, 1, 3 and 4 p.m."),
nor an end past midnight ("from 10 to 2 a.m.").

The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from date_checks import dates

THURSDAY = dt.date(2025, 7, 10)
WITH_NUMBERS = newsfacts.Extractor(["dates", "numbers"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The refresher course runs from 6 to 10 p.m. at the library.",
            [("6", "2025-07-10T18:00", ("2025-07-10T18:00", "2025-07-10T22:00")),
             ("10 p.m.", "2025-07-10T22:00", None)],
        ),
        (
            "Buses pick the pupils up between 7:15 and 7:30 a.m. at the corner.",
            [("7:15", "2025-07-10T07:15", ("2025-07-10T07:15", "2025-07-10T07:30")),
             ("7:30 a.m.", "2025-07-10T07:30", None)],
        ),
        # a hyphen or a dash joins them too, with the last end's day
        (
            "The debate is from 2-4 p.m. Sunday at the hall.",
            [("2", "2025-07-06T14:00", ("2025-07-06T14:00", "2025-07-06T16:00")),
             ("4 p.m. Sunday", "2025-07-06T16:00", None)],
        ),
        # no "from" or "between": two times, no range
        (
            "The dinner is planned for 5:30-8:15 p.m. Friday.",
            [("5:30", "2025-07-11T17:30", None), ("8:15 p.m. Friday", "2025-07-11T20:15", None)],
        ),
        # a start later than the end in the afternoon is in the morning
        (
            "Lunch is served from 11 to 1 p.m. in the hall.",
            [("11", "2025-07-10T11:00", ("2025-07-10T11:00", "2025-07-10T13:00")),
             ("1 p.m.", "2025-07-10T13:00", None)],
        ),
    ],
)  # fmt: skip
def test_a_bare_first_clock_time_takes_the_last_ends_half_of_the_day(
    sentence: str, expected: list[tuple[str, str, tuple[str, str] | None]]
) -> None:
    assert [(d.text, d.value, d.range) for d in dates(sentence, THURSDAY)] == expected


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("Tours leave at 11, 12, 1, 3 and 4 p.m. from the gate.", "4 p.m."),  # a list
        ("The bar stays open from 10 to 2 a.m. on Fridays.", "2 a.m."),  # past midnight
        ("The home side led 2-1 at 3 p.m. on the clock.", "3 p.m."),  # a score before it
    ],
)
def test_no_bare_start_without_a_range_in_one_half_of_the_day(sentence: str, time: str) -> None:
    assert [d.text for d in dates(sentence, THURSDAY) if d.type == "TIME"] == [time]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The library is open from 6:45 a.m.-8:15 p.m. on weekdays.",
            [("6:45 a.m.", ("2025-07-10T06:45", "2025-07-10T20:15")), ("8:15 p.m.", None)],
        ),
        (
            "Sign-ups run from 10 a.m.-noon at the gym.",
            [("10 a.m.", ("2025-07-10T10:00", "2025-07-10T12:00")), ("noon", None)],
        ),
    ],
)
def test_a_hyphen_after_a_m_keeps_its_period_and_joins_the_range(
    sentence: str, expected: list[tuple[str, tuple[str, str] | None]]
) -> None:
    assert [(d.text, d.range) for d in dates(sentence, THURSDAY)] == expected


def test_the_bare_start_is_no_count() -> None:
    sentence = "The clinic is open from 6 to 8 p.m. for 40 patients."
    result = WITH_NUMBERS.extract(newsfacts.Article(text=sentence, published=THURSDAY))
    assert [q.text for q in result.numbers] == ["40"]
