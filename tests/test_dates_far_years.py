"""A year past this century ("by 2100", "in 2150", "the year 2150") is a date, as climate and
long-term forecasts write it; a four-digit number from 2100 on is a year only after a word
of time and before a mark, a capital or a word its clause goes on with: "2150 fans", "in
2150 homes" and "rose to 2150." stay counts for the numbers field.

Each table row reads: this sentence holds this expression with this value. The sentences
are of the kind climate and science news writes.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from date_checks import dates
from newsfacts import TimeExpression

PUBLISHED = dt.date(2026, 3, 5)

FAR_YEARS: list[tuple[str, str]] = [
    (
        "Rising oceans may swamp low-lying deltas across the globe by 2120, researchers say.",
        "2120",
    ),
    ("Global sea levels could rise by two metres by 2150 if emissions keep climbing.", "2150"),
    ("In 2100, summers in the city may be 4C hotter than today.", "2100"),
    ("Three degrees of heating by 2100 may seem alarming, yet it comes slowly.", "2100"),
    ("By 2100 Miami could be largely underwater, the report found.", "2100"),
    ("The treaty keeps the seabed closed to mining until 2105.", "2105"),
    ("The novel is set in the year 2150, after the oceans have risen.", "2150"),
]


@pytest.mark.parametrize(("sentence", "value"), FAR_YEARS)
def test_a_year_past_this_century_after_a_word_of_time(sentence: str, value: str) -> None:
    found = [(fact.text, fact.type, fact.value) for fact in dates(sentence, PUBLISHED)]
    assert (value, "DATE", value) in found, found


COUNTS = [
    "The arena was packed with 2150 fans on Saturday.",
    "Inspectors found mold in 2150 homes across the county.",
    "The index rose to 2150.",
    "A crowd of 2100 watched the final.",
]


@pytest.mark.parametrize("sentence", COUNTS)
def test_a_count_from_2100_on_is_no_year(sentence: str) -> None:
    assert not [fact for fact in dates(sentence, PUBLISHED) if fact.text[:1].isdigit()]


def test_the_numbers_field_leaves_a_far_year_to_the_dates() -> None:
    sentence = "Rising oceans may swamp low-lying deltas across the globe by 2120."
    result = newsfacts.Extractor(["numbers"]).extract(
        {"text": sentence, "published": PUBLISHED.isoformat()}
    )
    assert [fact.text for fact in result.facts["numbers"]] == []
    found = [fact.value for fact in result.dates if isinstance(fact, TimeExpression)]
    assert found == ["2120"]
