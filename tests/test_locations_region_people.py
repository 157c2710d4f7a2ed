"""The locations field on a first-level region of a country outside the US that has no city
of its name: the gazetteer counts the people of its towns (above 5,000, as a US state's),
no longer an even share of its country's (Ghana's sixteen regions had 1.9 million people
each). A small region yields a bare name to a well-known city of its name; a large one keeps
it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import by_text
from newsfacts_locations.gazetteer import load


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        # alone: the US city of 150,000 people, not Ghana's Savannah Region (its towns:
        # some 60,000 people)
        (
            "Police in Savannah arrested two men on Tuesday after a shooting near the "
            "river, officials said.",
            "Savannah",
            "US",
            "city",
        ),
        # its country named: the region
        (
            "Floods in Savannah, Ghana, displaced 3,000 people, officials said.",
            "Savannah",
            "GH",
            "admin",
        ),
        (
            "Officials in Ghana said floods in Savannah had displaced 3,000 people.",
            "Savannah",
            "GH",
            "admin",
        ),
        # a region of millions (Medellin's) stays above a smaller city abroad named like it
        # (Antakya, Turkey, also called Antioquia), with or without its country
        (
            "Heavy rain flooded Antioquia on Tuesday, the disaster agency said.",
            "Antioquia",
            "CO",
            "admin",
        ),
        (
            "Officials in Colombia said on Tuesday that heavy rain had flooded Antioquia.",
            "Antioquia",
            "CO",
            "admin",
        ),
        # a region with no city of its name stays the region
        (
            "Fighting spread in Helmand on Tuesday, the provincial governor said.",
            "Helmand",
            "AF",
            "admin",
        ),
    ],
)
def test_a_region_ranks_by_the_people_of_its_towns(
    text: str, name: str, country: str, kind: str
) -> None:
    place = by_text(text)[name]
    assert (place.country_code, place.kind) == (country, kind)


def test_regions_of_one_country_no_longer_share_one_population() -> None:
    places = load().lookup("Savannah") + load().lookup("Bono")
    regions = {place.name: place.population for place in places if place.country_code == "GH"}
    assert regions == {"Savannah": 59_571, "Bono": 403_202}
