"""The locations field on a county and a town of one name in one article ("Madison County"
... "Madison", "DeKalb County" ... "DeKalb police"): local news writes a county's name
short for the county's own bodies, and the town of that name is no evidence of where the
county lies, nor the county of where the town lies. Sentences written for these tests, in
the way local papers of Kentucky and Georgia write."""

from __future__ import annotations

import pytest

from location_checks import by_text, places

MADISON = (
    "The Madison Central debate squad took the state crown and will go on to represent "
    "Kentucky at nationals. Central was one of three Madison County squads in the event, "
    "said Madison Circuit Judge Ruth Ames. Jefferson County sent five."
)
DEKALB = (
    "A cyclist was hit by a van near Memorial Drive in DeKalb County, DeKalb "
    "police spokesman Omar Reed said."
)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # was Madison County, Alabama (it holds a town Madison), now Kentucky's, the state
        # the article names and whose Jefferson County it names
        (MADISON, "Madison County", (37.7, -84.3)),
        (MADISON, "Jefferson County", (38.2, -85.7)),
        # was DeKalb County, Illinois (it holds the city of DeKalb), now the largest,
        # Georgia's
        (DEKALB, "DeKalb County", (33.8, -84.2)),
    ],
)
def test_a_county_is_not_read_by_a_town_of_its_own_name(
    text: str, name: str, point: tuple[float, float]
) -> None:
    place = by_text(text)[name]
    assert place.kind == "admin"
    assert (round(place.latitude or 0, 1), round(place.longitude or 0, 1)) == point


def test_a_town_and_another_county_still_read_each_other() -> None:
    """A town and a county of two names still decide each other ("Paris ... Henry County":
    Paris, Tennessee, and its county), as before."""
    found = by_text("Paris police said the Henry County sheriff's office helped with the search.")
    paris = found["Paris"]
    assert (round(paris.latitude or 0, 1), round(paris.longitude or 0, 1)) == (36.3, -88.3)
    assert found["Henry County"].country_code == "US"


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # was the city of DeKalb, Illinois, 1,000 km away
        (DEKALB, "DeKalb", (33.8, -84.2)),
        # was the city of Erie, Pennsylvania
        (
            "Erie County District Attorney Ann Pruitt filed the charges. Pruitt, the Erie "
            "district attorney, said the knife was found in a drain.",
            "Erie",
            (42.8, -78.8),
        ),
    ],
)
def test_a_county_named_short_is_the_county(
    text: str, name: str, point: tuple[float, float]
) -> None:
    """A town of a county's short name that lies outside the county the article names in
    full is the county."""
    place = by_text(text)[name]
    assert place.kind == "admin"
    assert place.name == f"{name} County"
    assert (round(place.latitude or 0, 1), round(place.longitude or 0, 1)) == point


def test_a_town_in_the_county_of_its_name_stays_a_town() -> None:
    found = [
        (place.text, place.kind)
        for place in places(
            "The Clinton County sheriff said the fire in Clinton, Iowa, started in a kitchen. "
            "Clinton firefighters put it out."
        )
    ]
    assert found == [
        ("Clinton County", "admin"),
        ("Clinton", "city"),
        ("Iowa", "admin"),
        ("Clinton", "city"),
    ]
