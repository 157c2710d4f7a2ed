"""A town named with a county: the county counts as the article reads it."""

from __future__ import annotations

import pytest

import newsfacts

ROGERSVILLE_MISSOURI = 4406271
ROGERSVILLE_TENNESSEE = 4654293
TELFORD_PENNSYLVANIA = 5215317
TELFORD_TENNESSEE = 4661995
PARIS_TENNESSEE = 4647963
RICHMOND_KENTUCKY = 4305974

# (text, town, its GeoNames id)
TOWN_AND_COUNTY = [
    # Greene County is Missouri's in a story from Springfield, Mo.: no pair for the
    # Rogersville of Greene County, Pennsylvania
    (
        "SPRINGFIELD, Mo. -- Greene County deputies arrested a man near Rogersville.",
        "Rogersville",
        ROGERSVILLE_MISSOURI,
    ),
    (
        "Greene County deputies arrested a man near Rogersville, the sheriff in "
        "Springfield, Missouri, said.",
        "Rogersville",
        ROGERSVILLE_MISSOURI,
    ),
    # nothing places Greene County: it is read as the most prominent (Missouri's), and the
    # Pennsylvania village of Rogersville in another Greene County gets no pair; the
    # largest Rogersville stands
    (
        "Greene County deputies arrested a man near Rogersville.",
        "Rogersville",
        ROGERSVILLE_TENNESSEE,
    ),
    # the same sentences about two Washington Counties: Telford is the town of the
    # story's state (not the Telford of Washington County, Tennessee, in Pennsylvania)
    (
        "WASHINGTON, Pa. -- Washington County commissioners met on Monday. "
        "A family from Telford spoke.",
        "Telford",
        TELFORD_PENNSYLVANIA,
    ),
    (
        "JOHNSON CITY, Tenn. -- Washington County commissioners met on Monday. "
        "A family from Telford spoke.",
        "Telford",
        TELFORD_TENNESSEE,
    ),
    # a county nothing else places: the pair itself decides
    ("Every household in Paris and Henry County will receive a notice.", "Paris", PARIS_TENNESSEE),
    # "the City of Richmond" is the government of the article's Richmond: the town named,
    # not Virginia's independent city
    (
        "A Richmond man was arrested on Sunday, Madison County deputies said. "
        "The City of Richmond will review the case.",
        "Richmond",
        RICHMOND_KENTUCKY,
    ),
]


@pytest.mark.parametrize(("text", "town", "geonames_id"), TOWN_AND_COUNTY)
def test_a_towns_county_counts_as_the_article_reads_it(
    text: str, town: str, geonames_id: int
) -> None:
    result = newsfacts.extract(text, plugins=["locations"])
    assert {p.geonames_id for p in result.locations if p.text == town} == {geonames_id}


# (text, the place's text, name, kind): a city named as "the City of ..." is its town, not
# the county-equivalent of an independent city (Baltimore, St. Louis, Virginia's cities)
CITY_OF = [
    ("The City of Baltimore sued the drug makers on Monday.", "Baltimore", "Baltimore"),
    ("Crews of the City of Roanoke cleared the roads.", "Roanoke", "Roanoke"),
    ("The City of St. Louis will appeal the ruling.", "St. Louis", "St. Louis"),
]


@pytest.mark.parametrize(("text", "town", "name"), CITY_OF)
def test_the_city_of_a_town_is_the_town(text: str, town: str, name: str) -> None:
    result = newsfacts.extract(text, plugins=["locations"])
    assert [(p.text, p.name, p.kind) for p in result.locations] == [(town, name, "city")]
