"""The people field on a town's name with its state or country set off by commas before a
speech verb ("researchers in Rancho Mirage, California, said"): the state is no description
of a person, as "Aliko Dangote, Africa's richest man, told reporters" describes one, and the
town's name of two words is no person (placed.py)."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
TOWNS: list[tuple[str, Expected]] = [
    ("Scientists in Rancho Mirage, California, said the water was safe.", []),
    ("Officials in Palm Desert, Calif., said the fire was contained.", []),
    ("Police in Cedar Falls, Iowa, said the road would reopen.", []),
    ("Health workers in Homa Bay, Kenya, said cases were falling.", []),
    # A description of a person still makes one
    (
        "Aliko Dangote, Africa's richest man, told reporters the plant would open.",
        [("Aliko Dangote", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS)
def test_town_with_its_state_is_no_person(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
