"""The locations field on a village named like a far better-known place, beside two of the
article's towns: it is theirs ("Virginia" beside Bailieborough and Ballinagh is the town of
County Cavan), though one neighbour alone does not lift a reading that far below its name's
best-known one (the US state). A neighbour read as one only on the second reading of the
names counts too: the names are read a third time beside the moved points ("Croydon"
beside Claremont and Sunapee, once "Claremont" is the New Hampshire town), and a name whose
answer lies beside another name's keeps it."""

from __future__ import annotations

import pytest

from location_checks import by_text

# (text, the name, its place: name, kind, country code, latitude, longitude)
BESIDE_TWO: list[tuple[str, str, tuple[str, str, str, float, float]]] = [
    # was the US state
    (
        "New footpaths will be laid in Bailieborough, Ballinagh and Virginia, the rural towns"
        " of Cavan in the north of Ireland.",
        "Virginia",
        ("Virginia", "city", "IE", 53.8339, -7.0756),
    ),
    (
        "The bus from Cavan stops in Ballinagh and Bailieborough and ends in Virginia, one of"
        " the fastest-growing towns in Ireland.",
        "Virginia",
        ("Virginia", "city", "IE", 53.8339, -7.0756),
    ),
    # the state is still the state where the story goes there
    (
        "Students from Ballinagh, Bailieborough and Cavan toured Virginia and Maryland last"
        " summer.",
        "Virginia",
        ("Virginia", "admin", "US", 37.8586, -79.1206),
    ),
    (
        "Students from Ballinagh and Bailieborough visited Virginia on a school trip to the"
        " United States.",
        "Virginia",
        ("Virginia", "admin", "US", 37.8586, -79.1206),
    ),
    # a neighbour moved on the second reading: was the London borough
    (
        "The Claremont school board will vote Tuesday on bus routes that serve Sunapee and"
        " Croydon.",
        "Croydon",
        ("Croydon", "city", "US", 43.4506, -72.1631),
    ),
    # was Croydon, Pennsylvania
    (
        "Hillsborough selectmen met with road agents from Sunapee and Croydon on Monday.",
        "Croydon",
        ("Croydon", "city", "US", 43.4506, -72.1631),
    ),
    # the town keeps its answer beside Sunapee, though Croydon, Pennsylvania, lay beside
    # its namesake of New Jersey on the second reading
    (
        "Hillsborough selectmen met with road agents from Sunapee and Croydon on Monday.",
        "Hillsborough",
        ("Hillsborough", "city", "US", 43.1141, -71.8992),
    ),
    # was Oxford, England
    (
        "Volunteers from Lafayette and Shadeland cleaned the park in Oxford on Saturday.",
        "Oxford",
        ("Oxford", "city", "US", 40.5198, -87.2478),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), BESIDE_TWO)
def test_a_village_beside_two_towns_is_theirs(
    text: str, name: str, expected: tuple[str, str, str, float, float]
) -> None:
    found = by_text(text)[name]
    assert (
        found.name,
        found.kind,
        found.country_code,
        found.latitude,
        found.longitude,
    ) == expected
