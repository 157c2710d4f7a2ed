"""The locations field on a town's name that opens a body's name when the body is said to
lie "in" another town, far from every town of the name: the body is a namesake (a saint's,
an order's), and the name is no place (the organizations field names the body). A town
near one of the name may hold the body, and a county after "in" holds its towns' bodies:
the name stands there, as it does before any public body's word ("Salem Police")."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Location

# the rule reads the organizations field's names: the field runs with the fields it needs
EXTRACTOR = newsfacts.Extractor(plugins=["locations"])


def by_text(text: str) -> dict[str, Location]:
    """The places of ``text`` by the words they are written in."""
    facts = EXTRACTOR.extract(newsfacts.Article(text=text)).locations
    return {fact.text: fact for fact in facts}


@pytest.mark.parametrize(
    ("text", "namesake", "town"),
    [
        (
            "LAKEVIEW, Ore. — Two hikers were flown to St. Charles Medical Center in Bend on"
            " Sunday.",
            "St. Charles",
            "LAKEVIEW",
        ),
        (
            "The driver was taken to Providence Medical Center in Portland, Ore., where she"
            " was treated.",
            "Providence",
            "Portland",
        ),
    ],
)
def test_a_body_in_another_town_far_away(text: str, namesake: str, town: str) -> None:
    found = by_text(text)
    assert namesake not in found
    assert (found[town].name, found[town].country_code) == (town.title(), "US")


def test_a_body_in_a_town_nearby_keeps_its_town() -> None:
    # Paoli and Malvern, Pennsylvania, lie a few kilometres apart
    found = by_text("The boy was taken to Paoli Hospital in Malvern, Pa., on Friday.")
    assert (found["Paoli"].name, found["Paoli"].latitude) == ("Paoli", 40.0421)
    assert (found["Malvern"].name, found["Malvern"].latitude) == ("Malvern", 40.0362)


def test_a_body_in_a_county_keeps_its_town() -> None:
    found = by_text(
        "A spokesman for the Salem Police Department in Marion County said the road was closed."
    )
    assert (found["Salem"].name, found["Salem"].latitude) == ("Salem", 44.9429)
    assert found["Marion County"].name == "Marion County"
