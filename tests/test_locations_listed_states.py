"""The locations field on a name listed with a state: "Georgia and Arizona" are two US
states though Arizona is a town of Honduras too (``readings._state_countries``: a city
abroad named after a state, where the gazetteer lists no villages, leaves the name a
state's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Georgia was the country
        (
            "Voters in Georgia and Arizona went to the polls on Tuesday.",
            [("Georgia", "US"), ("Arizona", "US")],
        ),
        (
            "Democrats hope to win states like Arizona and Georgia.",
            [("Arizona", "US"), ("Georgia", "US")],
        ),
        # listed with countries, the country
        (
            "Protesters in Georgia and Armenia clashed with police.",
            [("Georgia", "GE"), ("Armenia", "AM")],
        ),
    ],
)
def test_a_state_listed_with_a_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(place.text, place.country_code) for place in places(text)] == expected
