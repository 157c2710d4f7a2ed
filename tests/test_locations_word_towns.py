"""The locations field on words that are towns' names too: verbs and a greeting ("Come",
"Say", "Save", "Hail") are never places unless qualified (``not_places.txt``); a given name
and two nouns ("Mary", "Latina", "Drama") are places only with support
(``ambiguous.txt``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    "text",
    [
        "Come and see the new bridge before the crowds arrive.",
        "Say the council raises the parking fee by a dollar.",
        "Garden chairs cost $40 this week (Save $15).",
        "The coach called a Hail Mary with four seconds left.",
        "Tom and Mary moved to a farm after the wedding.",
        "The panel picked a Latina engineer as its new head.",
        "Drama followed the vote on the school budget.",
    ],
)
def test_a_word_is_no_town(text: str) -> None:
    assert [place.text for place in places(text)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The museum in Drama reopened on Sunday.", [("Drama", "Dráma")]),
        ("Traders drove from Say, Niger, to the market.", [("Say", "Say"), ("Niger", "Niger")]),
    ],
)
def test_support_or_a_qualifier_keeps_the_town(text: str, found: list[tuple[str, str]]) -> None:
    assert [(place.text, place.name) for place in places(text)] == found
