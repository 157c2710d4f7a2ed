"""The locations field on a state listed with a name that is its country's state but for
small towns of other states named like it ("Oregon": Oregon, Ohio; Oregon, Wisconsin): the
list is one of states (the ``listed with states`` term). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import by_text
from newsfacts_locations.gazetteer import load


@pytest.mark.parametrize(
    ("text", "name", "kind", "state"),
    [
        ("Wildfires burned in Oregon and Washington on Monday.", "Washington", "admin", "WA"),
        (
            "She expects to carry large states like New York and Oregon in the spring.",
            "New York",
            "admin",
            "NY",
        ),
        # a name of a big city too makes no list of states: the two cities
        ("Flights between New York and Washington were cancelled.", "Washington", "city", "DC"),
    ],
)
def test_a_state_listed_with_a_state_s_name_is_the_state(
    text: str, name: str, kind: str, state: str
) -> None:
    place = by_text(text)[name]
    assert place.kind == kind
    assert (place.latitude, place.longitude) == _point(name, kind, state)


def _point(name: str, kind: str, state: str) -> tuple[float | None, float | None]:
    """The point of the gazetteer's reading of ``name`` of that kind in that state."""
    place = next(p for p in load().lookup(name) if p.kind == kind and p.admin1 == state)
    return place.latitude, place.longitude
