"""The patterns of the organizations plugin that open with a listed word, tried only where
those words stand (``anchored.py``): the same matches as ``finditer`` over the whole text,
and the readings built on them (stock indexes, ships' names, stations) the same as before.
Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from newsfacts.plugin import Organization, starts_of
from newsfacts_organizations.anchored import anchored_matches, matches_at
from newsfacts_organizations.stations import _OPENERS, _STATION
from newsfacts_organizations.stock_indexes import (
    _INDEX,
    INDEX_MAKERS,
    without_index_acronyms,
    without_indexes,
)
from newsfacts_organizations.vessel_runs import _SHIP_NAME, VESSEL_PREFIXES, ship_names

TEXTS = [
    "The S&P/ASX 200 fell 1.2 per cent while the FTSE 100 rose and the S&P500 slipped.",
    "The MDAX 50 and the TecDAX 30 gained; ASX 6,327.80 was a record; the DAX 40 fell.",
    "Straits Times 3 traders said the Straits Times Index rose, as the Nikkei 225 closed.",
    "The USS Gerald R. Ford and HMS Queen Elizabeth sailed; INS agents and INSIDE staff met.",
    "The carrier USS Nimitz and Ford Motor Co. engineers met aboard the USNS Comfort.",
    "No index and no ship is named here at all.",
]


def test_starts_are_every_opening_of_every_word_in_order() -> None:
    assert starts_of("the MDAX and DAX, DAXDAX", ("DAX", "MDAX")) == [4, 5, 13, 18, 21]
    assert starts_of("no word here", ("DAX",)) == []
    assert starts_of("aaaa", ("aa",)) == [0, 1, 2]  # overlapping places, each once


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    ("pattern", "openers"),
    [(_INDEX, INDEX_MAKERS), (_SHIP_NAME, VESSEL_PREFIXES)],
    ids=["indexes", "ships"],
)
def test_anchored_matches_are_finditers(
    text: str, pattern: re.Pattern[str], openers: frozenset[str]
) -> None:
    expected = [match.span() for match in pattern.finditer(text)]
    assert [match.span() for match in anchored_matches(pattern, text, openers)] == expected


def test_a_match_opening_inside_the_match_before_is_not_tried() -> None:
    # "ASX 200" inside "S&P/ASX 200": finditer goes on past the whole index's name
    text = "The S&P/ASX 200 fell."
    assert [match.group() for match in anchored_matches(_INDEX, text, INDEX_MAKERS)] == [
        "S&P/ASX 200"
    ]


def test_ships_last_words_are_read_where_a_prefix_stands() -> None:
    text = "The USS Gerald R. Ford and HMS Queen Elizabeth sailed; INS agents and INSIDE staff met."
    assert ship_names(text) == frozenset({"Ford", "Elizabeth"})
    assert ship_names("INSIDE the harbor, no ship was named.") == frozenset()


@pytest.mark.parametrize("text", TEXTS)
def test_facts_inside_an_index_are_those_its_span_holds(text: str) -> None:
    spans = [match.span() for match in _INDEX.finditer(text)]
    # every span of three to eight characters: inside an index, across its edges, outside
    facts = [
        Organization.at(text, start, start + length, name="X")
        for start in range(len(text) - 8)
        for length in (3, 8)
    ]
    assert without_indexes(text, facts) == [
        fact for fact in facts if not any(s <= fact.start and fact.end <= e for s, e in spans)
    ]
    assert len(without_indexes(text, facts)) < len(facts) or not spans


def test_an_acronym_written_before_index_names_the_index() -> None:
    text = "The ZIX index lost 2%. The ZIX dropped 12 points, said the BIX, and the QX index rose."
    facts = [
        Organization.at(text, start, start + len(name), name=name, acronym=name)
        for name in ("ZIX", "BIX", "QX")
        for start in (text.index(name),)
    ]
    assert [fact.text for fact in without_index_acronyms(text, facts)] == ["BIX"]


@pytest.mark.parametrize(
    "text",
    [
        "She told Radio 4 and Channel 4 News, then BBC 6 Music and RTÉ Radio 1 Extra.",
        "The English Channel 4 miles out; Radio 1,000 and channel 4; the BBC 20 years ago.",
        "Radio 5 Live, Channel 12 and RTE 2 News ran it; The Radio 4 show; xRadio 4.",
    ],
)
def test_stations_numbered_are_finditers(text: str) -> None:
    expected = [match.span() for match in _STATION.finditer(text)]
    found = matches_at(_STATION.match, text, starts_of(text, _OPENERS))
    assert [match.span() for match in found] == expected
