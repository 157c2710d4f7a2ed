"""The locations field on a town named like a famous place abroad, opening a local body's or
a school's name ("Dublin High School", "Vienna Police") in a story whose other names lie in
the US or Canada: a local paper's town, not the capital abroad; a wire's "Dublin police"
stays Irish. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Dublin, Ireland, had won: the story names no Irish place and one US town (the
        # name's largest US reading, Dublin, California, wins)
        (
            "Dublin High School will add a night class this fall, the school board in Joliet said.",
            [("Dublin", "US", 37.7022, -121.9358), ("Joliet", "US", 41.5252, -88.0834)],
        ),
        # the same with "Police" capitalized after the name: Vienna, Virginia (the name's
        # largest US reading), not the Austrian capital
        (
            "Vienna Police said the man had driven in from Joliet on Friday.",
            [("Vienna", "US", 38.9012, -77.2653), ("Joliet", "US", 41.5252, -88.0834)],
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
        "Dublin police said the man had flown in from Chicago and New York on Friday.",
        # the article names a place of Ireland
        "Dublin High School students met pupils from Cork on a visit to Joliet.",
        # no other name votes for the US
        "Dublin High School is one of the oldest in the country.",
    ],
)
def test_the_capital_abroad_stays_without_a_local_story(text: str) -> None:
    assert [place.country_code for place in places(text) if place.text == "Dublin"] == ["IE"]
