"""The locations field on a town named in a list of other names: a name whose only support is
its list stays out when most of the list's other names are people's or names no
gazetteer holds ("her children, Talia, Dover, Laurence and Amy"; a team sheet; a row of
casinos), but for a list a preposition of place opens, a list before its noun in lower case
("... high schools") and a well-known place; a list of places with one village the gazetteer
lacks stays. Check ``names-listed``, :func:`newsfacts_locations.town_checks.names_listed`.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts


def _places(text: str) -> list[str]:
    """The text of the locations field's facts."""
    result = newsfacts.Extractor(["locations"]).extract({"text": text})
    return [fact.text for fact in result.facts["locations"]]


@pytest.mark.parametrize(
    "text",
    [
        "She leaves her children, Talia, Dover, Laurence and Amy, and six grandchildren.",
        "Our side for Saturday: Breen, McAteer, Houghton, Harte, Quinn and Lynch.",
        "Three casinos, Caesars, Bally's, Harrah's and Golden Nugget, reported gains.",
    ],
)
def test_a_town_among_names_of_people_or_firms_stays_out(text: str) -> None:
    assert "Dover" not in _places(text)
    assert "Houghton" not in _places(text)
    assert "Harrah" not in _places(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # most of the other names are places: one village the gazetteer lacks changes nothing
        (
            "The storm hit Breisig, Kehl, Lahr and Offenburg on Monday.",
            ["Kehl", "Lahr", "Offenburg"],
        ),
        # a preposition of place opens the list
        ("Her children live in Talia, Dover, Laurence and Amy.", ["Dover"]),
        # a noun in lower case after the list: the places' schools
        (
            "Lovejoy, Jonesboro, Morrow and Riverdale high schools took part.",
            ["Jonesboro", "Morrow", "Riverdale"],
        ),
    ],
)
def test_a_list_of_places_stays(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
