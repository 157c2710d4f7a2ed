"""The organizations field on a ship named again by the last word of its name after "the"
("The Ford carries 4,500 sailors" after "the USS Gerald R. Ford"): the ship, no
organization (``vessel_runs.ship_names``); the same word without "the", or in a longer name,
is still the company. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The USS Gerald R. Ford sailed from Norfolk on Tuesday. The Ford carries "
            "4,500 sailors.",
            [],
        ),
        (
            "Sailors aboard the USS Gerald R. Ford trained for weeks, and officers said the "
            "Ford was ready.",
            [],
        ),
        # the carmaker, named so, is still one
        (
            "The USS Gerald R. Ford sailed on Tuesday. Ford Motor Co. said its sales rose.",
            ["Ford Motor Co."],
        ),
        # no ship in the article: "the Ford" stays the company
        ("Dealers said the Ford sold well in Texas this year.", ["Ford"]),
    ],
)
def test_ship_named_again_after_the(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
