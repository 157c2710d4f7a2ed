"""The locations field on a sentence that opens with the state or country it is set in: "In
Massachusetts, officials in Essex said" places its names there, whatever the article's
dateline (the ``sentence setting`` term, :mod:`newsfacts_locations.sentence_settings`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import by_text
from newsfacts_locations.gazetteer import load


@pytest.mark.parametrize(
    ("text", "name", "country", "state"),
    [
        # a state opens the sentence: its town, not the English county of a London dateline
        (
            "LONDON — Ministers met on Tuesday. In Maryland, police in Essex said two men "
            "were arrested.",
            "Essex",
            "US",
            "MD",
        ),
        (
            "LONDON — Ministers met on Tuesday. In Massachusetts, officials in Essex said "
            "the harbor would close for the winter.",
            "Essex",
            "US",
            "MA",
        ),
        (
            "LONDON — Ministers met on Tuesday. In Kentucky, flooding closed roads around "
            "Paris and Winchester.",
            "Paris",
            "US",
            "KY",
        ),
        (
            "LONDON — Ministers met on Tuesday. In Kentucky, flooding closed roads around "
            "Paris and Winchester.",
            "Winchester",
            "US",
            "KY",
        ),
        # a short sentence the text repeats, read once and its findings moved, reads the
        # same (the last "Essex")
        (
            "LONDON — Ministers met on Tuesday. In Maryland, police in Essex said. Talks "
            "went on. In Maryland, police in Essex said. In Maryland, police in Essex said.",
            "Essex",
            "US",
            "MD",
        ),
        # a country opens it: its city, not the namesake of a Washington dateline's country
        (
            "WASHINGTON — Senators met on Tuesday. In Britain, police in Cambridge said two "
            "men were arrested.",
            "Cambridge",
            "GB",
            "ENG",
        ),
    ],
)
def test_a_sentence_opening_with_its_state_places_its_names_there(
    text: str, name: str, country: str, state: str
) -> None:
    place = by_text(text)[name]
    assert (place.country_code, _state(place.name, place.latitude)) == (country, state)


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        # the opener itself is read as before: the country, not the city of its name
        ("In Singapore, shares hit a three-year high on Tuesday.", "Singapore", "SG", "country"),
        # a name that is a big city as often as a state sets nothing
        (
            "WASHINGTON — Senators met on Tuesday. In New York, officials said the exhibit "
            "would go to Amsterdam.",
            "Amsterdam",
            "NL",
            "city",
        ),
        # a time opens it, not a place
        ("Senators met on Tuesday. In March, Paris police said nothing.", "Paris", "FR", "city"),
    ],
)
def test_what_sets_no_sentence(text: str, name: str, country: str, kind: str) -> None:
    place = by_text(text)[name]
    assert (place.country_code, place.kind) == (country, kind)


def _state(name: str, latitude: float | None) -> str:
    """The first-level division code of the gazetteer's place of that name and latitude."""
    return next(p.admin1 for p in load().lookup(name) if p.latitude == latitude)
