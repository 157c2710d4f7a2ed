"""The locations field on "the U.S. Gulf", the Gulf of Mexico as energy and commodity news
names it ("U.S. Gulf rig count", "grain exports from the U.S. Gulf"), and "the U.S. Gulf
Coast": one mention each (``data/places.tsv``), not the United States and the Persian Gulf.
A Reuters headline and sentences in its style, written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["locations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Gulf rig count up by two to 148 in week.", [("U.S. Gulf", "Gulf of Mexico")]),
        (
            "Some 131 rigs were at work in the U.S. Gulf by June 3.",
            [("U.S. Gulf", "Gulf of Mexico")],
        ),
        ("Corn for export from the US Gulf rose 2 cents.", [("US Gulf", "Gulf of Mexico")]),
        (
            "Output in the U.S. Gulf of Mexico fell after the storm.",
            [("U.S. Gulf of Mexico", "Gulf of Mexico")],
        ),
        (
            "Refiners on the U.S. Gulf Coast raised output.",
            [("U.S. Gulf Coast", "Gulf Coast")],
        ),
        # "the Gulf" alone is still the Persian Gulf
        (
            "Iran and the U.S. traded threats over shipping in the Gulf.",
            [("Iran", "Iran"), ("U.S.", "United States"), ("Gulf", "Persian Gulf")],
        ),
    ],
)
def test_the_us_gulf_is_the_gulf_of_mexico(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(fact.text, fact.name) for fact in EXTRACTOR.extract(text).locations] == expected
