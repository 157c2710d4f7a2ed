"""The locations field on a country in a sentence of a sports report: a national side is
named after its country alone, and no club is, so a country that opens no longer name stands
without support ("sent Ghana to the finals", "Norway ( Per Olsen , ... ) beat Austria");
a town stays a club's name there ("Fulham looked stronger"), and a country before a
capitalized word opens an event's name ("the U.S. Amateur title"). Check
``sports-unsupported``, :func:`newsfacts_locations.sports_checks.sports_unsupported`.
Sentences written for these tests; each story opens with a sentence of sport."""

from __future__ import annotations

import pytest

from location_checks import sports_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His goals sent Ghana to the finals. The coach said Mexico looked stronger "
            "after the break.",
            [("Ghana", "GH"), ("Mexico", "MX")],
        ),
        # a results line of national sides, each with its riders in brackets
        (
            "Team pursuit final : Norway ( Per Olsen , Lars Dahl ) 4:02.1 beat Austria "
            "( Karl Huber , Franz Berger ) 4:05.3 .",
            [("Norway", "NO"), ("Austria", "AT")],
        ),
        # a possessive: the country of its athlete (or horse), as one token or split
        (
            "Last year's winner, the USA's Silver Arrow, came second over 2,000 metres.",
            [("USA", "US")],
        ),
        (
            "Last year's winner, Norway 's Per Olsen, came second over 2,000 metres.",
            [("Norway", "NO")],
        ),
    ],
)
def test_a_country_standing_alone_in_sport_is_the_country(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert sports_places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a town is a club's name in sport: it needs support
        "The coach said Fulham looked stronger after the break in the 2-1 win.",
        # a capitalized word after the country: an event's name
        "He won a third U.S. Amateur title in 2019, aged 19.",
    ],
)
def test_a_town_or_an_events_name_stays_out(text: str) -> None:
    assert sports_places(text) == []
