"""Regions of the United States that national news names alone, from the hand-written
``places.tsv`` of the gazetteer: "the Hamptons" is Long Island's, not a Canadian hamlet."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The senator spent August with donors in the Hamptons.", "Hamptons"),
        ("Residents from Mobile to the Florida Panhandle boarded up homes.", "Florida Panhandle"),
        ("Grass fires burned across the Texas Panhandle on Tuesday.", "Texas Panhandle"),
    ],
)
def test_a_us_region_named_alone_is_the_region(text: str, name: str) -> None:
    found = [fact for fact in places(text) if fact.name == name]
    assert [(fact.kind, fact.country_code) for fact in found] == [("region", "US")]
