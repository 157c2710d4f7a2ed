"""The locations field on a town named like a famous place abroad, opening a local body's or
a school's name ("Paris High School", "Alexandria Police") in a story whose other names lie
in the US or Canada: a local paper's town, not the capital abroad; a wire's "Paris police"
stays French. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Paris, France, had won: the story names no French place and one US town
        (
            "Paris High School will add a night class this fall, the school board in "
            "Crestwood said.",
            [("Paris", "US", 39.6112, -87.6961), ("Crestwood", "US", 38.557, -90.3818)],
        ),
        # the same with "Police" capitalized after the name: Paris, Illinois (the name's US
        # reading the article's Joliet votes for)
        (
            "Paris Police said the man had driven in from Joliet on Friday.",
            [("Paris", "US", 39.6112, -87.6961), ("Joliet", "US", 41.5252, -88.0834)],
        ),
    ],
)
def test_a_town_opening_a_local_body_in_a_us_story_is_the_us_town(
    text: str, found: list[tuple[str, str | None, float | None, float | None]]
) -> None:
    assert [
        (place.text, place.country_code, place.latitude, place.longitude) for place in places(text)
    ] == found


@pytest.mark.parametrize(
    "text",
    [
        # a wire's form, in lower case: the city's police, wherever the suspect came from
        "Paris police said the man had flown in from Chicago and New York on Friday.",
        # the article names a place of France
        "Paris High School students met pupils from Lyon on a visit to Crestwood.",
        # no other name votes for the US
        "Paris High School is one of the oldest in the country.",
    ],
)
def test_the_capital_abroad_stays_without_a_local_story(text: str) -> None:
    assert [place.country_code for place in places(text) if place.text == "Paris"] == ["FR"]
