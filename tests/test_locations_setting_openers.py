"""The locations field on the other ways a sentence opens with where it is set: after a
sentence adverb ("Meanwhile, in Maryland,"), with the area's noun before its name
("Elsewhere in the state of Maryland,") and with a possessive before a noun ("In Maryland's
capital,"): the ``sentence setting`` term (:mod:`newsfacts_locations.sentence_settings`)
reads them as "In Maryland,". Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import by_text
from newsfacts_locations.gazetteer import load

_LONDON = "LONDON — Ministers met on Tuesday. "


@pytest.mark.parametrize(
    ("sentence", "name", "country", "state"),
    [
        (
            "Meanwhile, in Maryland, police in Essex said two men were arrested.",
            "Essex",
            "US",
            "MD",
        ),
        (
            "Separately, in Massachusetts, officials in Essex closed the harbor.",
            "Essex",
            "US",
            "MA",
        ),
        (
            "But in Kentucky, flooding closed roads around Paris and Winchester.",
            "Paris",
            "US",
            "KY",
        ),
        ("Elsewhere in the state of Maryland, police in Essex said.", "Essex", "US", "MD"),
        ("In Maryland's capital, police in Essex said two men were arrested.", "Essex", "US", "MD"),
        ("In Kentucky's horse country, farms around Paris flooded.", "Paris", "US", "KY"),
    ],
)
def test_an_opener_after_a_lead_or_with_an_area_noun_sets_the_sentence(
    sentence: str, name: str, country: str, state: str
) -> None:
    place = by_text(_LONDON + sentence)[name]
    assert (place.country_code, _state(place.name, place.latitude)) == (country, state)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        # a lead with no opener after it sets nothing: the dateline's county
        ("Meanwhile, police in Essex said two men were arrested.", "Essex", "GB"),
        # a possessive before a capitalized word is a name, no setting ("Maryland's Governor")
        ("In Maryland's Governor Office, aides from Essex met.", "Essex", "GB"),
        # a time opens it, not a place
        ("Meanwhile, in March, Paris police said nothing.", "Paris", "FR"),
    ],
)
def test_what_sets_no_sentence(sentence: str, name: str, country: str) -> None:
    assert by_text(_LONDON + sentence)[name].country_code == country


def _state(name: str, latitude: float | None) -> str:
    """The first-level division code of the gazetteer's place of that name and latitude."""
    return next(p.admin1 for p in load().lookup(name) if p.latitude == latitude)
