"""The locations field on a region whose population the gazetteer only splits evenly from
its country's (Ghana's new regions alike 1.9 million people): unless the article votes for
its country, it ranks as a town of 100,000 people (the ``even share`` term), below a
well-known city named like it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import by_text


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        # alone: the US city of 150,000 people, not Ghana's Savannah Region
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
        # a larger city abroad (Antakya, Turkey, also called Antioquia) yields to the
        # region's country named
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
def test_an_even_share_region_below_a_well_known_city(
    text: str, name: str, country: str, kind: str
) -> None:
    place = by_text(text)[name]
    assert (place.country_code, place.kind) == (country, kind)
