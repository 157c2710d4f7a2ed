"""The organizations field on the town that closes an institution's name, written after its
head word with no comma nor preposition ("Trinity College Dublin", "University Hospital
Limerick"): part of the name (``place_tails.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town was cut off
        (
            "She is a professor at Trinity College Dublin, where she studies glaciers.",
            ["Trinity College Dublin"],
        ),
        (
            "Researchers at Queen's University Belfast said the drug slowed the disease.",
            ["Queen's University Belfast"],
        ),
        (
            "The boy was taken to University Hospital Limerick on Sunday.",
            ["University Hospital Limerick"],
        ),
        # no town: a weekday, an office, a poll, an abbreviation, a name after it
        ("Yale University Monday announced a tuition freeze.", ["Yale University"]),
        ("A new Suffolk University Poll finds voters split.", ["Suffolk University"]),
        ("He earned a Stanford University Ph.D. in 2001.", ["Stanford University"]),
        (
            "Harvard University President Alan Garber said the school would appeal.",
            ["Harvard University"],
        ),
        # a preposition or a comma sets the town off
        ("Doctors at the Mater Hospital in Dublin said she was stable.", ["Mater Hospital"]),
    ],
)
def test_a_town_closing_an_institutions_name(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
