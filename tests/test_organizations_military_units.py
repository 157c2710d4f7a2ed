"""The organizations field on military units numbered before their names: the ordinal is
part of the name (``data/unit_heads.txt``, ``units.py``). Sentences written for these
tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers of the 82nd Airborne Division were placed on alert on Tuesday.",
            ["82nd Airborne Division"],
        ),
        (
            "The 1st Armored Division returned from the desert in March.",
            ["1st Armored Division"],
        ),
        (
            "Troops from the 101st Airborne Division and the 3rd Infantry Division arrived.",
            ["101st Airborne Division", "3rd Infantry Division"],
        ),
        # no ordinal before it
        ("The Parachute Regiment said three soldiers were hurt.", ["Parachute Regiment"]),
        # a court's circuit keeps its name as before
        ("The 9th Circuit Court of Appeals ruled on Friday.", ["Circuit Court of Appeals"]),
    ],
)
def test_an_ordinal_opens_a_units_name(text: str, expected: list[str]) -> None:
    result = EXTRACTOR.extract(text)
    assert [fact.text for fact in result.organizations] == expected
    assert all(text[fact.start : fact.end] == fact.text for fact in result.organizations)
