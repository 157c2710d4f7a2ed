"""The locations field on a town qualified by a county of Britain that holds two namesakes
(``county_reach.py``): a county's towns carry no code of it, it holds every town of its
country within its reach, and the nearer of two is its own ("Whitchurch, Shropshire" is the
Shropshire market town, not the larger Whitchurch of Cardiff 130 km away)."""

from __future__ import annotations

import pytest

from location_checks import places
from newsfacts_locations.county_reach import NEARNESS_BONUS, closeness
from newsfacts_locations.gazetteer import Place

# (text, the first place found: text, latitude, longitude)
TOWNS: list[tuple[str, tuple[str, float, float]]] = [
    (
        "A farmer from Whitchurch, Shropshire, was fined on Monday.",
        ("Whitchurch", 52.9667, -2.6833),
    ),
    # the Cardiff suburb when its own county names it
    (
        "A farmer from Whitchurch, Cardiff, was fined on Monday.",
        ("Whitchurch", 51.5117, -3.2208),
    ),
    # a county holding one namesake: as before
    ("A man from Richmond, North Yorkshire, was charged.", ("Richmond", 54.1017, -1.4114)),
    ("A man from Sandwich, Kent, was charged.", ("Sandwich", 51.2722, 1.3378)),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS)
def test_the_nearer_namesake(text: str, expected: tuple[str, float, float]) -> None:
    first = places(text)[0]
    assert (first.text, first.latitude, first.longitude) == expected


def _place(kind: str, cc: str, latitude: float, longitude: float, admin1: str = "") -> Place:
    return Place(
        geonames_id=0,
        kind=kind,
        name="x",
        country_code=cc,
        latitude=latitude,
        longitude=longitude,
        population=0,
        admin1=admin1,
        admin2="",
    )


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        # a county of no code, at the town's own point: all of it
        (_place("admin", "GB", 52.0, -2.0), NEARNESS_BONUS),
        # a division with a code (Wales) decides by its code alone: nothing
        (_place("admin", "GB", 52.0, -2.0, admin1="WLS"), 0.0),
        # a country: nothing
        (_place("country", "GB", 52.0, -2.0), 0.0),
        # beyond the county's reach: nothing
        (_place("admin", "GB", 54.0, -2.0), 0.0),
    ],
)
def test_closeness(qualifier: Place, expected: float) -> None:
    town = _place("city", "GB", 52.0, -2.0)
    assert closeness(town, [qualifier]) == expected
