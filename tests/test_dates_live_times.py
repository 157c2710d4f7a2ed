"""A live report's timestamps, clock times opening paragraphs, cross midnight: after one of
the evening, one of the small hours is on the next day (``newsfacts_dates.live_times``)."""

from __future__ import annotations

import newsfacts

EXTRACTOR = newsfacts.Extractor(["dates"])


def times(text: str) -> list[tuple[str, str]]:
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published="2024-11-05"))
    return [(fact.text, fact.value) for fact in result.dates if fact.type == "TIME"]


def test_the_small_hours_after_the_evening_are_the_next_day() -> None:
    text = (
        "10:15 p.m.: The county has counted half of its ballots.\n\n"
        "11:58 p.m.: Wilks leads by 4,000 votes.\n\n"
        "12:30 a.m.: Haller speaks to supporters.\n\n"
        "1:10 a.m.: The count resumes."
    )
    assert times(text) == [
        ("10:15 p.m.", "2024-11-05T22:15"),
        ("11:58 p.m.", "2024-11-05T23:58"),
        ("12:30 a.m.", "2024-11-06T00:30"),
        ("1:10 a.m.", "2024-11-06T01:10"),
    ]


def test_clock_times_inside_sentences_are_no_timestamps() -> None:
    text = "The polls closed at 8 p.m. The count ended at 1 a.m."
    assert times(text) == [("8 p.m.", "2024-11-05T20:00"), ("1 a.m.", "2024-11-05T01:00")]
