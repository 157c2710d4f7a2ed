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
        ("Nurses struck at hospitals across the Twin Cities.", "Twin Cities"),
        ("Warehouses keep spreading through the Inland Empire.", "Inland Empire"),
        ("Biotech firms crowd into the Research Triangle.", "Research Triangle"),
        ("Flood crests reached the Quad Cities by Friday.", "Quad Cities"),
        ("Trucking jobs grew in the Lehigh Valley.", "Lehigh Valley"),
        ("Almond growers in the Central Valley lost water.", "Central Valley"),
        ("Snow closed roads along the Front Range.", "Front Range"),
        ("Shrimpers in the Lowcountry waited out the storm.", "Lowcountry"),
        ("Shipyards in Hampton Roads hired 2,000 workers.", "Hampton Roads"),
        ("Poultry farms on the Delmarva Peninsula culled birds.", "Delmarva Peninsula"),
        ("Boardwalks along the Jersey Shore reopened.", "Jersey Shore"),
        ("Taconite miners on the Iron Range voted.", "Iron Range"),
        ("Families fished in the Ozarks.", "Ozarks"),
        ("Leaf peepers filled the Berkshires.", "Berkshires"),
    ],
)
def test_a_us_region_named_alone_is_the_region(text: str, name: str) -> None:
    found = [fact for fact in places(text) if fact.name == name]
    assert [(fact.kind, fact.country_code) for fact in found] == [("region", "US")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Skiers headed to the Poconos and the Catskills.", "Poconos"),
        ("Skiers headed to the Poconos and the Catskills.", "Catskills"),
        ("Hikers went missing in the Adirondacks.", "Adirondacks"),
    ],
)
def test_a_us_range_of_mountains_named_alone_is_the_range(text: str, name: str) -> None:
    found = [fact for fact in places(text) if fact.name == name]
    assert [(fact.kind, fact.country_code) for fact in found] == [("feature", "US")]
