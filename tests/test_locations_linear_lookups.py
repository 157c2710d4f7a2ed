"""The look-ups the locations field makes once per article so that a long article costs
no more than its length (issue 15): the names written with a division's noun
(``name_parts.divisions_written``), and the votes for a state read per reading scored
(``locality.Votes.voters``, ``locality.States.held``), and the places near a town a street
may take its point from (``placing.Points``); and the scores a name's readings keep from
one reading of the article's names to the next (``contest.Kept``). Each gives what a scan
of the whole text, of every vote or of every place, or a score made anew, gave. Sentences
written for these tests."""

from __future__ import annotations

import re
from collections.abc import Collection

import pytest

from newsfacts.plugin import Location
from newsfacts_locations.contest import POINT_TERMS, Kept, best, topped
from newsfacts_locations.gazetteer import load
from newsfacts_locations.locality import Locality, States
from newsfacts_locations.name_parts import divisions_written
from newsfacts_locations.nearby import NEAR_KM, km
from newsfacts_locations.placing import Points, _lends_point
from newsfacts_locations.resolve import TERMS, Clues

_NOUNS = ("County", "Parish", "Province", "Oblast", "Governorate", "Prefecture")


def _scanned(text: str, keys: Collection[str]) -> frozenset[str]:
    """The names of ``keys`` written with a division's noun, one search of the text per
    name: the look-up it replaced."""
    nouns = "|".join(_NOUNS)
    return frozenset(
        key for key in keys if re.search(rf"(?<!\w){re.escape(key)} (?:{nouns})\b", text)
    )


_TEXTS = [
    (
        "Supporters of KeepIt Chatham met in Savannah. Chatham County commissioners voted "
        "on Tuesday, and Bryan County followed.",
        {"Chatham", "Bryan", "Savannah", "Effingham"},
        {"Chatham", "Bryan"},
    ),
    # a longer word ending in the name, a glued name, a noun run on: none of them
    (
        "The Northchatham County fair, the Chatham_County line and the Chatham Countywide "
        "vote were all postponed.",
        {"Chatham"},
        set(),
    ),
    # two spaces, a line break or a lower-case noun: no division written
    (
        "Lake Charles is in Calcasieu  Parish. St. Tammany\nParish voted. Orleans parish did not.",
        {"Calcasieu", "St. Tammany", "Orleans", "Lake Charles"},
        set(),
    ),
    # names of two words (and their last word too), at the very start, before a full stop
    (
        "Prince George's County and Kherson Oblast were named, then Aomori Prefecture.",
        {"Prince George's", "Kherson", "Aomori", "George's", "Prince"},
        {"Prince George's", "Kherson", "Aomori", "George's"},
    ),
]


@pytest.mark.parametrize(("text", "keys", "expected"), _TEXTS)
def test_divisions_written(text: str, keys: set[str], expected: set[str]) -> None:
    assert divisions_written(text, keys) == expected
    assert divisions_written(text, keys) == _scanned(text, keys)


def test_divisions_written_in_a_long_text_as_in_its_parts() -> None:
    text = " ".join(text for text, _, _ in _TEXTS) * 20
    keys = set().union(*(keys for _, keys, _ in _TEXTS))
    assert divisions_written(text, keys) == _scanned(text, keys)


def test_the_voters_of_a_state_follow_each_vote() -> None:
    states = States()
    states.vote([(("US", "GA"), 1.0)], "Savannah", 1.0)
    states.vote([(("US", "GA"), 0.05), (("US", "NY"), 0.95)], "Albany", 1.0)
    assert states.voters(("US", "GA"), 0.1) == (("Savannah", 1.0),)
    states.vote([(("US", "GA"), 1.0)], "Macon", 2.0)
    assert states.voters(("US", "GA"), 0.1) == (("Savannah", 1.0), ("Macon", 2.0))
    assert states.voters(("US", "GA"), 0.01) == (
        ("Savannah", 1.0),
        ("Albany", 0.05),
        ("Macon", 2.0),
    )
    assert states.voters(("US", "TX"), 0.1) == ()


def test_the_states_held_in_a_country_follow_each_vote() -> None:
    states = States()
    states.vote([(("US", "IA"), 1.0), (("US", "OH"), 0.5)], "Des Moines", 1.0)
    states.vote([(("FR", "11"), 1.0)], "Paris", 3.0)
    assert states.held("US") == (1.0,)
    states.vote([(("US", "OH"), 1.0)], "Dayton", 1.0)
    assert states.held("US") == (1.0, 1.5)
    assert states.held("FR") == (3.0,)
    assert states.held("DE") == ()
    assert states.held(None) == ()


def _place(text: str, word: str, kind: str, point: tuple[float, float] | None) -> Location:
    start = text.index(word)
    return Location.at(
        text,
        start,
        start + len(word),
        name=word,
        kind=kind,
        country_code="US",
        latitude=point[0] if point else None,
        longitude=point[1] if point else None,
    )


def _lends_by_scan(text: str, town: Location, found: list[Location]) -> bool:
    """Whether ``town`` lends its point, every place of the article scanned: the look-up
    :class:`~newsfacts_locations.placing.Points` replaced (its names all ambiguous here)."""
    if text.startswith(", ", town.end) and any(
        place.start == town.end + 2 and place.kind != "city" for place in found
    ):
        return True
    return any(
        place.kind in ("city", "admin")
        and place.name != town.name
        and place.latitude is not None
        and place.longitude is not None
        and town.latitude is not None
        and town.longitude is not None
        and km((place.latitude, place.longitude), (town.latitude, town.longitude)) < NEAR_KM
        for place in found
    )


_STREETS_TEXT = (
    "Crews closed Main Street in Franklin, Tennessee, on Monday. In Buford, near Gwinnett "
    "County, and in Jackson, Clinton and Sugar Hill the roads stayed open."
)
_PLACES = [
    ("Franklin", "city", (35.925, -86.869)),
    ("Tennessee", "admin", (35.750, -86.250)),
    ("Buford", "city", (34.121, -84.004)),
    ("Gwinnett County", "admin", (33.962, -84.023)),
    ("Jackson", "city", (32.299, -90.185)),  # Mississippi's: nothing near it
    ("Clinton", "city", (32.341, -90.322)),  # Mississippi's too, 14 km from Jackson
    ("Sugar Hill", "city", None),
]


@pytest.mark.parametrize("town", ["Franklin", "Buford", "Jackson", "Clinton"])
def test_a_town_lends_its_point_as_when_every_place_was_scanned(town: str) -> None:
    found = [_place(_STREETS_TEXT, *place) for place in _PLACES]
    asked = next(place for place in found if place.name == town)
    assert _lends_point(_STREETS_TEXT, asked, Points.of(found), lambda name: False) is (
        _lends_by_scan(_STREETS_TEXT, asked, found)
    )
    assert _lends_point(_STREETS_TEXT, asked, Points.of(found), lambda name: False) is (
        town in ("Franklin", "Buford", "Jackson", "Clinton")
    )


def test_a_town_far_from_the_others_lends_no_point() -> None:
    found = [_place(_STREETS_TEXT, *place) for place in _PLACES if place[0] != "Clinton"]
    jackson = next(place for place in found if place.name == "Jackson")
    assert _lends_point(_STREETS_TEXT, jackson, Points.of(found), lambda name: False) is False
    assert _lends_by_scan(_STREETS_TEXT, jackson, found) is False


def test_the_terms_of_the_points_come_last() -> None:
    """The sum of the other terms is kept (contest.Kept): the point terms added after it
    make the score's own float."""
    assert [name for name, _ in TERMS][-len(POINT_TERMS) :] == list(POINT_TERMS)


def test_a_name_read_again_with_what_it_kept_reads_as_anew() -> None:
    """A name scored again against the same votes, after a town's point was laid, reads as
    when scored afresh: Gainesville beside Sherman, Texas."""
    gazetteer = load()
    locality = Locality()
    locality.add("Sherman", tuple(gazetteer.lookup("Sherman")))
    places = tuple(gazetteer.lookup("Gainesville"))
    clues = topped(places, Clues("Gainesville", locality))
    kept = Kept()
    assert best(places, clues, kept).admin1 == best(places, clues).admin1 == "FL"
    sherman = next(place for place in gazetteer.lookup("Sherman") if place.admin1 == "TX")
    locality.neighbours.add("Sherman", sherman)
    assert best(places, clues, kept).admin1 == best(places, clues).admin1 == "TX"


def test_a_name_read_again_after_its_county_was_read_otherwise_reads_as_anew() -> None:
    """What a reading kept holds only while the names of counties are read alike: "Paris"
    beside Henry County is Paris, Tennessee, while the county is Tennessee's, and Paris,
    France, once it is read as Georgia's (no Paris there)."""
    gazetteer = load()
    counties = tuple(gazetteer.lookup("Henry County"))
    locality = Locality()
    locality.add("Henry County", counties)
    places = tuple(gazetteer.lookup("Paris"))
    clues = topped(places, Clues("Paris", locality))
    kept = Kept()
    for state, country in [("TN", "US"), ("GA", "FR"), ("TN", "US")]:
        locality.counties_read.clear()
        locality.read_county("Henry County", next(c for c in counties if c.admin1 == state))
        assert best(places, clues, kept).country_code == country
        assert best(places, clues).country_code == country
