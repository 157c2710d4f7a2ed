"""The look-ups the locations field makes once per article so that a long article costs
no more than its length (issue 15): the names written with a division's noun
(``name_parts.divisions_written``), and the votes for a state read per reading scored
(``locality.Votes.voters``, ``locality.States.held``). Each gives what a scan of the whole
text or of every vote gave. Sentences written for these tests."""

from __future__ import annotations

import re
from collections.abc import Collection

import pytest

from newsfacts_locations.locality import States
from newsfacts_locations.name_parts import divisions_written

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
