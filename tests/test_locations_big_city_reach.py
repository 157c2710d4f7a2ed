"""The locations field on a town named like a big city, beside its own neighbours: the
``nearby`` term reaches a town as far below a big city of its name as below any other place
of that many people; the big city's bonus over the states of its name does not widen its
lead (``priors.big_city_lead``, read by ``resolve.within_reach``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from location_checks import places

# (latitude, longitude) rounded to two decimals
MANHATTAN_KANSAS = (39.18, -96.57)
MANHATTAN_NEW_YORK = (40.78, -73.97)
COLUMBUS_NEBRASKA = (41.43, -97.37)
CLEVELAND_OHIO = (41.5, -81.7)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # Manhattan, Kansas, beside Junction City: not New York's borough
        (
            "A Junction City man was arrested Friday after a chase that ended in Manhattan, "
            "police said.",
            "Manhattan",
            MANHATTAN_KANSAS,
        ),
        # Columbus, Nebraska, beside Schuyler: not the capital of Ohio
        (
            "Firefighters from Schuyler helped put out a grain bin fire north of Columbus on "
            "Sunday.",
            "Columbus",
            COLUMBUS_NEBRASKA,
        ),
        # a county of the town's state said so before, as it was
        (
            "Riley County deputies found the stolen truck in Manhattan.",
            "Manhattan",
            MANHATTAN_KANSAS,
        ),
        # a city of fewer than half a million people has no bonus to leave out: Cleveland,
        # Ohio, 130 times larger than Cleveland, Florida, stays the city beside Fort Myers
        (
            "A Fort Myers dentist said the convention in Cleveland would draw crowds.",
            "Cleveland",
            CLEVELAND_OHIO,
        ),
        # no neighbour named: the big city
        (
            "A man was arrested Friday after a chase that ended in Manhattan, police said.",
            "Manhattan",
            MANHATTAN_NEW_YORK,
        ),
    ],
)
def test_a_town_beside_its_neighbours_over_a_big_city_of_its_name(
    text: str, name: str, point: tuple[float, float]
) -> None:
    found = {place.text: place for place in places(text)}
    place = found[name]
    assert place.latitude is not None and place.longitude is not None
    assert (round(place.latitude, 2), round(place.longitude, 2)) == point
