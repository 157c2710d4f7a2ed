"""The people field on a street address after a house number: the run's words up to the
street's head word ("St.", "Avenue") are the address's, not the name's (addresses.py)."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
CASES: list[tuple[str, Expected]] = [
    # the name is the word after the address: a surname alone, here without other evidence
    ("The hall is at 40 N. Pine St. Ortega said the doors open at noon.", []),
    (
        "The store moved to 215 Elm Avenue Ruth Baxter said on Friday.",
        [("Ruth Baxter", None, None)],
    ),
    # a year is no house number, and no street's word follows it
    ("In 2019 Ruth Baxter moved to Ohio.", [("Ruth Baxter", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_street_address_before_a_name(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
