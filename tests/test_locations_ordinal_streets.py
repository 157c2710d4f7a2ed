"""The locations field on streets named by an ordinal, which every town has ("Second
Street", "Fifth Street"): the gazetteer holds no place so named (tools/gazetteer_names.py
``ordinal_street``; GeoNames lists a few neighbourhoods so), and the name is a street of
the town the article names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Residents of Second Street said the water rose fast.", "Second Street"),
        ("Residents of Fifth Street said the water rose fast.", "Fifth Street"),
    ],
)
def test_a_street_not_a_town(text: str, street: str) -> None:
    # a street of no town named: no country (was the Burnaby neighbourhood, a town of Canada)
    assert [(p.text, p.kind, p.country_code) for p in places(text)] == [(street, "feature", None)]


def test_the_street_of_the_town_named() -> None:
    found = places("A fire broke out on Second Street in Ottawa.")
    assert [(p.text, p.kind, p.country_code) for p in found] == [
        ("Second Street", "feature", "CA"),
        ("Ottawa", "city", "CA"),
    ]
