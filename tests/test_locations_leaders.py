"""The locations field on a leader named by the surname alone that is also a town's name
(``leaders.txt``: "Obama", a town of Japan; "Bush", of Egypt; "Kennedy", a locality of
Bogota): the person, whatever preposition or noun stands around the name (check
``leader-named``, kept pending); the town where a qualifier names it or the article points
to its state."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["locations"])


@pytest.mark.parametrize(
    "text",
    [
        "The new memoir is a sharp attack on Obama and his party, its author says.",
        "Voters in Ohio found her warmer than Obama, next to Obama even, the pollster said.",
        "The two Bush presidents stayed home when delegates met in Cleveland.",
        "Critics in Texas still speak of the Kennedy years, a history professor said.",
        "Unlike Castro, the labor secretary speaks fluent Spanish, aides in Denver said.",
    ],
)
def test_a_leader_named_by_the_surname_alone_is_no_town(text: str) -> None:
    found = EXTRACTOR.extract(text).locations
    assert all(fact.text not in ("Obama", "Bush", "Kennedy", "Castro") for fact in found)


def test_the_places_beside_a_leaders_surname_stay() -> None:
    found = EXTRACTOR.extract(
        "The two Bush presidents skipped the gathering in Cleveland."
    ).locations
    assert [(fact.text, fact.name, fact.country_code) for fact in found] == [
        ("Cleveland", "Cleveland", "US")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A lantern festival in Obama, Japan, drew crowds on Sunday.",
            [("Obama", "JP"), ("Japan", "JP")],
        ),
        (
            "Fishermen of Obama, a port in Fukui prefecture, landed a record catch.",
            [("Obama", "JP"), ("Fukui", "JP")],
        ),
    ],
)
def test_the_town_named_with_its_qualifier_or_state_stays(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = EXTRACTOR.extract(text).locations
    assert [(fact.text, fact.country_code) for fact in found] == expected
