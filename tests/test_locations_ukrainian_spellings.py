"""The locations field on towns of Ukraine written in the country's official romanization,
as Ukrainian and most Western news write them ("Izium", "Chuhuiv", "Izmail"), where
GeoNames writes the older "ya", "yu", "ye" and "yi" ("Izyum", "Chuhuyiv", "Izmayil"): the
gazetteer's build adds the official spelling as a key of the town
(tools/gazetteer_names.py ``ukrainian_official``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Russian drones struck Chuhuiv and Izium overnight, the regional governor said.",
            [("Chuhuiv", "Chuhuyiv"), ("Izium", "Izyum")],
        ),
        ("Police in Izmail said a port warehouse was damaged.", [("Izmail", "Izmayil")]),
        (
            "Two homes burned in Balakliia and Trostianets, officials said.",
            [("Balakliia", "Balakliya"), ("Trostianets", "Trostyanets")],
        ),
        # the older spelling stays a key, and names written alike in both stay as they were
        (
            "Shelling hit Izyum and Kupiansk on Sunday.",
            [("Izyum", "Izyum"), ("Kupiansk", "Kupyansk")],
        ),
        (
            "Drones hit Kyiv and Khmelnytskyi on Tuesday.",
            [("Kyiv", "Kyiv"), ("Khmelnytskyi", "Khmelnytskyi")],
        ),
    ],
)
def test_an_official_spelling_names_the_town(text: str, towns: list[tuple[str, str]]) -> None:
    found = places(text)
    assert [(p.text, p.name) for p in found] == towns
    assert {(p.kind, p.country_code) for p in found} == {("city", "UA")}
