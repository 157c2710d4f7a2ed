"""The locations field on a place after a capitalized compound in lower case after its hyphen
("Russian-occupied Crimea", "Israeli-annexed Golan Heights"): an adjective, not a name the
place is part of (``context.name_word_before``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Troops moved through Russian-occupied Crimea on Monday, officials said.",
            [("Crimea", "Crimea")],
        ),
        ("His family fled Nazi-occupied Poland in 1939.", [("Poland", "Poland")]),
        (
            "Tanks rolled out of the Israeli-annexed Golan Heights in May.",
            [("Golan Heights", "Golan Heights")],
        ),
        (
            "Lawmakers in Republican-leaning Kansas passed the bill on Friday.",
            [("Kansas", "Kansas")],
        ),
        # after a place, a compound's head goes on with a name: no town of "United"
        ("Shelling resumed despite a United Nations-brokered ceasefire.", []),
    ],
)
def test_a_hyphenated_adjective_before_a_place_is_no_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(place.text, place.name) for place in places(text)] == found
