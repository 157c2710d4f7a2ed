"""The locations field on a name right before an English county's council: "In England,
Essex County Council said" qualifies England with the county of England the council names
(:func:`newsfacts_locations.county_councils.requalify`), not with the US counties named
Essex, which read England as a town the gazetteer lacks in Essex County, Virginia.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import by_text


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        (
            "In England, Essex County Council said the coast road would close on Monday.",
            "England",
            "GB",
            "admin",
        ),
        (
            "In England, Essex County Council said the coast road would close on Monday.",
            "Essex County",
            "GB",
            "admin",
        ),
        (
            "Across England, Kent County Council and its neighbours cut bus routes.",
            "England",
            "GB",
            "admin",
        ),
        # a council of a US county whose state the sentence names stays the US county
        (
            "Sussex County Council in Georgetown, Del., approved the budget on Tuesday.",
            "Sussex County",
            "US",
            "admin",
        ),
        # a qualifier with no council after it is read as before
        (
            "In Virginia, Essex County officials said the bridge would reopen.",
            "Essex County",
            "US",
            "admin",
        ),
    ],
)
def test_a_council_qualifies_with_the_county_it_names(
    text: str, name: str, country: str, kind: str
) -> None:
    place = by_text(text)[name]
    assert (place.country_code, place.kind) == (country, kind)


def test_england_before_a_council_is_at_its_own_point() -> None:
    place = by_text("In England, Essex County Council said the coast road would close.")["England"]
    assert (place.name, place.latitude, place.longitude) == ("England", 52.16, -0.7)
