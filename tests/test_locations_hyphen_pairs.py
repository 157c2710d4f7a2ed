"""The locations field on a pair of places joined by a hyphen whose second half is a town
below 100,000 people: a place when a state holds it and a reading of the first half, as
news writes two neighbours ("Champaign-Urbana"); not a firm's names joined so
("Harley-Davidson"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the second halves were no place
        (
            "Bus routes in the Champaign-Urbana area will change in May.",
            [("Champaign", "US", 40.1164, -88.2434), ("Urbana", "US", 40.1106, -88.2073)],
        ),
        # and Nelson was the city of New Zealand
        (
            "Voters in Nelson-Creston will pick a new member of the legislature on Tuesday.",
            [("Nelson", "CA", 49.4999, -117.2855), ("Creston", "CA", 49.0999, -116.5021)],
        ),
        # no state holds a Harley and a Davidson, nor a Merriam and a Webster
        (
            "He bought a Harley-Davidson motorcycle and a Merriam-Webster dictionary in Austin.",
            [("Austin", "US", 30.2672, -97.7431)],
        ),
    ],
)
def test_a_town_after_a_hyphen_beside_a_town_of_its_state_is_a_place(
    text: str, found: list[tuple[str, str | None, float | None, float | None]]
) -> None:
    assert [
        (place.text, place.country_code, place.latitude, place.longitude) for place in places(text)
    ] == found
