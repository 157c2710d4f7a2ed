"""The locations field on a list of big states, one of them named like a small village of
another country: "California or Washington" are two states, though a village of Scotland is
called California (:func:`newsfacts_locations.readings._village_abroad`): a village of under
5,000 people abroad no longer keeps a state of over a million from being a state's name.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Wildfires burned in California or Washington this week.",
            [("California", "US", "admin"), ("Washington", "US", "admin")],
        ),
        (
            "Washington or California could be next, the senator said.",
            [("Washington", "US", "admin"), ("California", "US", "admin")],
        ),
        # a big city's name makes no list of states, as before
        (
            "Flights between New York and Washington were cancelled.",
            [("New York City", "US", "city"), ("Washington", "US", "city")],
        ),
        # English counties, no people in the gazetteer: Connecticut's villages stay
        (
            "LITCHFIELD, Conn. — Snow closed schools in Cornwall and Kent on Tuesday, and "
            "plows worked through the night in Sharon.",
            [
                ("Litchfield", "US", "city"),
                ("Connecticut", "US", "admin"),
                ("Cornwall", "US", "city"),
                ("Kent", "US", "city"),
                ("Sharon", "US", "city"),
            ],
        ),
        (
            "Heavy rain flooded roads in Cornwall and Kent on Tuesday, the Met Office said.",
            [("Cornwall", "GB", "admin"), ("Kent", "GB", "admin")],
        ),
    ],
)
def test_a_village_abroad_keeps_no_big_state_from_a_list(
    text: str, kinds: list[tuple[str, str, str]]
) -> None:
    assert [(fact.name, fact.country_code, fact.kind) for fact in places(text)] == kinds
