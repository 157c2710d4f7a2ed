"""The locations field on a place whose own name opens with "The" ("The Hague", "The Oval"):
written capitalized before the name, the word is the name's and the place's span holds it;
the lower-case article of a sentence is not ("near the Oval"), nor "The" opening a sentence
before a place whose name has none ("The Paris talks"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met in The Hague on Monday.", [("The Hague", "The Hague")]),
        ("The Hague said on Monday it would appeal.", [("The Hague", "The Hague")]),
        (
            "THE HAGUE 2001-05-14\nThe envoys met on Monday.",
            [("THE HAGUE", "The Hague")],
        ),
        ("Surrey batted first at The Oval on Friday.", [("The Oval", "The Oval")]),
        # the article of the sentence, and "The" before a name without it
        ("Rain stopped play at the Oval on Friday.", [("Oval", "The Oval")]),
        ("The Paris talks ended on Monday.", [("Paris", "Paris")]),
    ],
)
def test_the_opening_a_places_own_name_is_in_its_span(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(place.text, place.name) for place in places(text)] == expected
