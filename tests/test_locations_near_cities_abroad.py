"""The locations field on a city of over 100,000 people named like a better-known city
abroad, in a story that names towns beside it: "London" in a school-bus story of Tavistock
and Woodstock is London, Ontario. A well-known city is named from afar in its own country,
so nearness says nothing of it there ("New York" listed with states stays the state beside
Yonkers); but the towns beside it tell it from its namesake abroad. Sentences written for
these tests, after an Ontario paper's report on a school bus route."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["locations"])


def _places(text: str) -> list[tuple[str, str, str | None, tuple[float, float]]]:
    facts = EXTRACTOR.extract(text).locations
    return [
        (
            place.text,
            place.kind,
            place.country_code,
            (round(place.latitude or 0, 1), round(place.longitude or 0, 1)),
        )
        for place in facts
    ]


@pytest.mark.parametrize(
    "text",
    [
        # were London, England (its English namesakes Tavistock and Woodstock vote for
        # England until they are read as the Ontario towns beside it)
        "Her complaints to the Catholic school board in London and to Western Ontario "
        "Pupil Transit Services have not been resolved. The bus picks the children "
        "up near Tavistock and stops in Woodstock.",
        "The bus collects the pupils near Tavistock and stops in Plattsville and Woodstock, "
        "an official of Western Ontario Pupil Transit Services said. They "
        "reach their school in London after 9 a.m.",
    ],
)
def test_a_city_beside_the_towns_of_its_state_is_not_its_namesake_abroad(text: str) -> None:
    london = [place for place in _places(text) if place[0] == "London"]
    assert london == [("London", "city", "CA", (43.0, -81.2))]


def test_a_well_known_city_of_its_own_country_is_still_named_from_afar() -> None:
    text = (
        "Yonkers police said the woman was arrested. Claims of ballot fraud were made in "
        "states like Ohio and New York and Georgia."
    )
    assert ("New York", "admin", "US", (42.6, -75.8)) in _places(text)
