"""The organizations field on well-known bodies of European, Middle Eastern and South Asian
news named alone (``data/known.tsv``): armed groups ("Kataib Hezbollah"), sports bodies and
teams ("the Board of Control for Cricket in India", "Mumbai Indians"), companies ("Deutsche
Bahn"), and names written in their own language with the German "für" inside
(``data/connectors.txt``: "Alternative für Deutschland"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Baghdad, Kataib Hezbollah said it would halt its attacks.",
            [("Kataib Hezbollah", "Kataib Hezbollah", "other")],
        ),
        (
            "The fast bowler was rested by the Board of Control for Cricket in India.",
            [
                (
                    "Board of Control for Cricket in India",
                    "Board of Control for Cricket in India",
                    "sports",
                )
            ],
        ),
        (
            "Mumbai Indians beat Chennai Super Kings by six wickets on Sunday.",
            [
                ("Mumbai Indians", "Mumbai Indians", "sports"),
                ("Chennai Super Kings", "Chennai Super Kings", "sports"),
            ],
        ),
        (
            "Deutsche Bahn said trains between Hamburg and Berlin would be delayed.",
            [("Deutsche Bahn", "Deutsche Bahn", "company")],
        ),
        (
            "Alternative für Deutschland said it would challenge the ban in court.",
            [("Alternative für Deutschland", "Alternative for Germany", "party")],
        ),
        (
            "Palestinian Islamic Jihad said it fired rockets at the town.",
            [("Palestinian Islamic Jihad", "Islamic Jihad", "other")],
        ),
    ],
)
def test_known_bodies_of_world_news(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(fact.text, fact.name, fact.kind) for fact in EXTRACTOR.extract(text).organizations]
    assert found == expected
