"""A headline's capitalized verb before a well-known place is no part of its name: "Official
Visits Georgia" (the article writes "visit"), "Rethinking Egypt-US ties"."""

from __future__ import annotations

import pytest

import newsfacts
from location_checks import places
from newsfacts_locations.headlines import common_word_before, title_case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senior Navy Commander Visits Georgia\n"
            "The commander will visit sailors in Tbilisi on Friday.",
            ["Georgia", "Tbilisi"],
        ),
        (
            "Rethinking Egypt-US ties. Officials met in Cairo on Monday.",
            ["Egypt", "US", "Cairo"],
        ),
        (
            "Remembering Vietnam: Veterans Gather in Dayton. Dozens of veterans met on Saturday.",
            ["Vietnam", "Dayton"],
        ),
        # a common word the gazetteer holds as a village stays no place
        (
            "Prices Rise More Than Expected in March\n"
            "Prices rose more than expected, the report said.",
            [],
        ),
    ],
)
def test_a_headline_verb_before_a_place(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in places(text)] == expected


@pytest.mark.parametrize(
    ("headline", "lower_case", "expected"),
    [
        ("Senior Navy Commander Visits Georgia", {"visit"}, True),  # its base
        ("Senior Navy Commander Visits Georgia", {"commander"}, False),  # not the word before
        ("Storm Damage Report Thanks Georgia Crews", {"thanked"}, False),  # no base of "thanks"
        ("Storm Damage Report Thanks Georgia Crews", {"thank"}, True),
        ("Senator Visits Georgia", {"visit"}, False),  # too few words for a headline
    ],
)
def test_a_title_case_word_written_in_lower_case(
    headline: str, lower_case: set[str], expected: bool
) -> None:
    document = newsfacts.Document.from_article(newsfacts.Article(text=headline))
    texts = [token.text for token in document.tokens_between(0, len(headline))]
    first = texts.index("Georgia")
    assert common_word_before(texts, first, frozenset(lower_case)) is expected
    assert title_case(texts) is (len(headline.split()) >= 5)
