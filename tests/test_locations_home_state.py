"""The locations field on a state named like a country abroad ("Georgia") in a story set in
the state's country: the state, unless the article names the country abroad or other
countries as much (``home_state.py``; the territories of the state's country count as home:
``territories.tsv``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Georgia was the country
        (
            "WASHINGTON (AP) — Republicans in Georgia said the vote would be close.",
            [("WASHINGTON", "US"), ("Georgia", "US")],
        ),
        (
            "The governor of Georgia signed the bill on Monday. Lawmakers in Ohio and Texas "
            "are weighing similar measures.",
            [("Georgia", "US"), ("Ohio", "US"), ("Texas", "US")],
        ),
        # the US territories a US story names are at home, not abroad (territories.tsv)
        (
            "The unit flew to Guam and Saipan, then to Alaska and Nevada. It will train with "
            "troops in Georgia next spring.",
            [
                ("Guam", "GU"),
                ("Saipan", "MP"),
                ("Alaska", "US"),
                ("Nevada", "US"),
                ("Georgia", "US"),
            ],
        ),
        # a US story that names another country once among its US places
        (
            "NEW YORK (AP) — Tariffs on China hit farmers in Georgia and Iowa.",
            [("NEW YORK", "US"), ("China", "CN"), ("Georgia", "US"), ("Iowa", "US")],
        ),
        # the country: its capital named, or its neighbour, or no more than one US place
        (
            "WASHINGTON (AP) — The president of Georgia met the secretary of state. Tbilisi "
            "has long sought NATO membership.",
            [("WASHINGTON", "US"), ("Georgia", "GE"), ("Tbilisi", "GE")],
        ),
        (
            "WASHINGTON (AP) — Russia invaded Georgia in 2008, the senator said.",
            [("WASHINGTON", "US"), ("Russia", "RU"), ("Georgia", "GE")],
        ),
        (
            "Republicans in Georgia said the race was close. The president spoke in Ohio.",
            [("Georgia", "GE"), ("Ohio", "US")],
        ),
    ],
)
def test_a_state_named_like_a_country_in_a_story_at_home(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(place.text, place.country_code) for place in places(text)] == expected
