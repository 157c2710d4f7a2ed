"""Which needs of a table of names with numbers a text holds (newsfacts_numbers.needs): the
same as a test of each need, though most are found in one scan of the text."""

from __future__ import annotations

import pytest

from newsfacts.plugin import starts_of
from newsfacts_numbers import identifier_patterns, identifiers
from newsfacts_numbers.needs import Needs

_NEEDS = Needs.of(["US", "S P", "Seven", "Seventh", "Pro", "one", "one another", "911", "’s"])


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        # Each need found on its own
        ("Officers answered the 911 call within minutes.", {"911"}),
        ("The talks resumed on Seventh Avenue.", {"Seven", "Seventh"}),  # "Seven" starts it
        ("Neighbours helped one another after the flood.", {"one", "one another"}),
        ("Only one bus came.", {"one"}),  # "one another" looked for, as "one" is there
        ("The mayor’s office declined to comment.", {"’s"}),
        # "S P" starts inside "US", where the scan went on after it
        ("The ruling on the US P 500 index came late.", {"US", "S P"}),
        ("USSeven", {"US", "Seven"}),
        ("Nothing here counts.", set()),
    ],
)
def test_needs_held(sentence: str, held: set[str]) -> None:
    assert _NEEDS.held(sentence) == held


def test_the_scan_tells_where_each_need_it_finds_stands() -> None:
    # Every place of a need the scan looks for, inside another need too ("S P" in "US P",
    # "Seven" at "Seventh"); the needs looked for one by one ("one") have none.
    text = "The US P 500 and Seventh Avenue: Seven of US, one and 911."
    met, places = _NEEDS.held_at(text)
    assert met == _NEEDS.held(text) == {"US", "S P", "Seven", "Seventh", "one", "911"}
    assert {need: sorted(set(at)) for need, at in places.items()} == {
        "US": [4, 42],
        "S P": [5],
        "Seven": [17, 33],
        "Seventh": [17],
        "911": [54],
    }


def test_a_need_holding_another_is_looked_for_only_where_that_one_is() -> None:
    # Shortest first, each with the longest other need inside it: a text without "one" holds
    # no "one another", and is spared that need's test.
    needs = Needs.of(["one another", "one", "first-", "irst"])
    assert needs.alone == (
        ("one", None),
        ("irst", None),
        ("first-", "irst"),
        ("one another", "one"),
    )
    assert needs.held("The first-ever race drew no one.") == {"one", "irst", "first-"}


def test_a_mark_inside_several_needs_is_looked_for_before_them() -> None:
    # A text without a hyphen is spared the tests of "ast-" and "third-"; the mark is never
    # held, and one inside a single need ("'" of "ne's") is no inner need: its test would
    # cost what it spares.
    needs = Needs.of(["third-", "ast-", "ne's"])
    assert needs.marks == {"-"}
    assert needs.alone == (("-", None), ("ast-", "-"), ("ne's", None), ("third-", "-"))
    assert needs.held("The last-minute deal was third-hand.") == {"ast-", "third-"}
    assert needs.held("In the last minute of the third round, no one's goal counted.") == {"ne's"}


def test_every_pattern_need_holds_a_hyphen() -> None:
    # A text without one holds none of them, told without a search.
    assert all(identifiers._PATTERN_NEEDS_HOLD in need for need in identifiers._PATTERN_NEEDS)
    assert identifiers._NAMES._patterns_met("Scores rose 7 to 6 on the day.") == []
    assert identifiers._NAMES._patterns_met("The F-16 flew.") == ["-\\d", "[A-Za-z]-\\d"]


_SENTENCES = [
    "The Boeing 737 MAX 8 landed on First Avenue after a 911 call, the US Pro said.",
    "Seventh Street and Twelfth Road met; UPDATE 2: the S P 500 fell 7-6 to 6-7.",
    "No one saw day one of the A.D 1066 play-off, one another's first-hand account.",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_needs_of_the_identifiers_table_held_as_tested_one_by_one(sentence: str) -> None:
    needs = [
        need for _, row in identifier_patterns.IDENTIFIERS for need in row if "-\\d" not in need
    ]
    met, places = Needs.of(needs).held_at(sentence)
    assert met == {need for need in needs if need in sentence}
    for need, at in places.items():
        assert sorted(set(at)) == starts_of(sentence, (need,)), need
