"""Properties of the dates field on any text (hypothesis): it never raises, its offsets
hold, no value comes from the clock, values stay within the calendar, ranges never run
backwards; and the checks every plugin passes (``newsfacts.testing``)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from date_checks import THURSDAY, dates
from newsfacts.testing import FieldUnderTest, check_field, check_text, news_texts

# --- Properties ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "the",
        "last",
        "next",
        "past",
        "this",
        "early",
        "late",
        "mid",
        "every",
        "each",
        "a",
        "two",
        "10",
        "1998",
        "2025",
        "20",
        "Friday",
        "March",
        "may",
        "week",
        "weeks",
        "years",
        "year-earlier",
        "quarter",
        "third",
        "fiscal",
        "ago",
        "now",
        "today",
        "night",
        "morning",
        "3pm",
        "10:30",
        "a.m.",
        "noon",
        ",",
        ".",
        "-",
        "/",
        "'s",
        "and",
        "between",
        "about",
        "nearly",
    ]
)
_TEXT = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=40).map(" ".join))
_PUBLISHED = st.one_of(st.none(), st.dates())  # the whole calendar, 1 to 9999


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=_PUBLISHED)
def test_never_raises_and_offsets_hold(text: str, published: dt.date | None) -> None:
    for fact in dates(text, published):
        assert text[fact.start : fact.end] == fact.text
        assert fact.type in ("DATE", "TIME", "DURATION", "SET")
        assert fact.value


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_no_value_from_the_clock(text: str) -> None:
    """Without a publication day no value holds a year the text does not hold."""
    years_in_text = set(re.findall(r"\d{4}", text))
    for fact in dates(text, published=None):
        for year in re.findall(r"(?<!\d)\d{4}(?!\d)", fact.value):
            assert year in years_in_text, (fact, text)
        if fact.value[:1].isdigit() and not fact.resolved:
            raise AssertionError(fact)


_CALENDAR_ENDS = st.one_of(
    st.dates(max_value=dt.date(1, 3, 31)), st.dates(min_value=dt.date(9999, 10, 1))
)


@settings(max_examples=200, deadline=None)
@given(text=st.lists(_WORDS, max_size=40).map(" ".join), published=_CALENDAR_ENDS)
def test_values_stay_within_the_calendar(text: str, published: dt.date) -> None:
    """Published at either end of the calendar, no value has a year TIMEX3 cannot write."""
    for fact in dates(text, published):
        for value in (fact.value, *(fact.range or ())):
            assert not re.match(r"-|0000|\d{5}", value), (fact, text)


_MONTH_NAMES = st.sampled_from(
    ["January", "March", "June", "July", "September", "November", "December"]
)
_DAYS = st.integers(1, 28)
_TENSES = st.sampled_from(["Sales fell", "Sales will rise", "Sales rose"])


@settings(max_examples=200, deadline=None)
@given(
    first=_MONTH_NAMES,
    last=_MONTH_NAMES,
    first_day=st.none() | _DAYS,
    last_day=st.none() | _DAYS,
    tense=_TENSES,
    published=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
)
def test_a_range_never_runs_backwards(
    first: str,
    last: str,
    first_day: int | None,
    last_day: int | None,
    tense: str,
    published: dt.date,
) -> None:
    """Whatever the months, days, tense and publication day, a range's start is not after its
    end: a start without a year takes the end's year, or the year before."""
    start = first if first_day is None else f"{first} {first_day}"
    end = last if last_day is None else f"{last} {last_day}"
    for fact in dates(f"{tense} between {start} and {end}.", published):
        if fact.range is not None and len(fact.range[0]) == len(fact.range[1]):
            assert fact.range[0] <= fact.range[1], fact


# --- the checks every plugin passes (newsfacts.testing) -----------------------------------

UNDER_TEST = FieldUnderTest.load(newsfacts.DATES)


def test_passes_the_plugin_checks() -> None:
    check_field(
        UNDER_TEST,
        [
            newsfacts.Article(
                text="Russia fired 397 drones at Kyiv on Thursday. Talks resume on 14 July 2025 "
                "and will last two weeks, every Monday at 10am.",
                published=THURSDAY,
            ),
            "The war began in February 2022.",
        ],
    )


@settings(max_examples=25, deadline=None)
@given(news_texts())
def test_news_texts_pass_the_plugin_checks(text: str) -> None:
    check_text(UNDER_TEST, text)
