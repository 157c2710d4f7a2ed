"""The organizations field on ships named after a navy's prefix ("the USS Gerald R. Ford",
"INS Vikrant"): the ship's words are no organization's, though one is a carmaker's name or
the prefix an acronym (``vessel_runs.py``, ``data/vessel_prefixes.txt``); an agency's
acronym before its office still is one ("INS Commissioner"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The aircraft carrier USS Gerald R. Ford left port on Tuesday for the Mediterranean.", []),
        (
            "The Indian Navy's INS Vikrant joined drills with the USS Nimitz in the Arabian Sea.",
            ["Indian Navy"],
        ),
        ("HMS Prince of Wales docked in Singapore after a six-month deployment.", []),
        # after the ship's name and "and", a name again
        (
            "Workers who built the USS John F. Kennedy and Ford Motor Co. engineers met.",
            ["Ford Motor Co."],
        ),
        # an agency's acronym before its office, not a ship
        (
            "The order was signed by INS Commissioner Ana Ruiz, a spokesman for the agency said.",
            ["INS"],
        ),
    ],
)
def test_ships_after_a_navys_prefix_are_no_organizations(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
