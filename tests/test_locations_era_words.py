"""The locations field on a well-known place after a word of a past age or a regime ("Nazi
Germany", "Imperial Japan"): the word joins the mention, as a compass word does
(``era_words.txt``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Comparisons of Russia with Nazi Germany upset senators on Tuesday.",
            [("Russia", "Russia"), ("Nazi Germany", "Germany")],
        ),
        (
            "The exhibition traces jewellery from Ancient Egypt to Imperial Japan.",
            [("Ancient Egypt", "Egypt"), ("Imperial Japan", "Japan")],
        ),
        (
            "Historians compared the purges in Soviet Russia with those in Communist China.",
            [("Soviet Russia", "Russia"), ("Communist China", "China")],
        ),
        ("The novel is set in Victorian London.", [("Victorian London", "London")]),
        # a town named with such a word keeps its own name
        (
            "Protesters gathered in Imperial Beach and in Colonial Heights on Saturday.",
            [("Imperial Beach", "Imperial Beach"), ("Colonial Heights", "Colonial Heights")],
        ),
    ],
)
def test_an_age_s_word_joins_a_well_known_place(text: str, found: list[tuple[str, str]]) -> None:
    assert [(place.text, place.name) for place in places(text)] == found
