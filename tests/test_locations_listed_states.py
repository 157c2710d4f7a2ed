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


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(fact.text, fact.name, fact.kind) for fact in places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state and a state after its comma, the list going on: two states, not the small
        # towns of Florida, New York, and California, Maryland
        (
            "The consultant splits his year between Florida, New York and Houston.",
            [
                ("Florida", "Florida", "admin"),
                ("New York", "New York City", "city"),
                ("Houston", "Houston", "city"),
            ],
        ),
        (
            "Turnout rose in California, Maryland, Oregon and Maine.",
            [
                ("California", "California", "admin"),
                ("Maryland", "Maryland", "admin"),
                ("Oregon", "Oregon", "admin"),
                ("Maine", "Maine", "admin"),
            ],
        ),
    ],
)
def test_two_states_that_open_a_list_qualify_no_town(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list ends at the state, or a title follows: the town of the state
        (
            "Deputies in Delaware, Ohio, said the driver fled.",
            [("Delaware", "Delaware", "city"), ("Ohio", "Ohio", "admin")],
        ),
        (
            "In Washington, Iowa, Pastor Ruth Ames opened the hall.",
            [("Washington", "Washington", "city"), ("Iowa", "Iowa", "admin")],
        ),
        # an abbreviated state qualifies whatever follows
        (
            "She grew up in Washington, Pa., and Erie.",
            [
                ("Washington", "Washington", "city"),
                ("Pa.", "Pennsylvania", "admin"),
                ("Erie", "Erie", "city"),
            ],
        ),
    ],
)
def test_a_town_named_like_a_state_keeps_its_state(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _kinds(text) == expected
