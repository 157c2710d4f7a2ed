"""The organizations field on bodies named in Spanish, Portuguese, French or Italian whose
adjectives follow the head word ("the Comisión Federal de Electricidad", "the Partido
Popular"): ``adjective_heads.py`` and ``data/postposed_heads.txt``; and on the complements
those languages open with "del", "della", "di" ("the Universidad del Valle"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Comisión Federal de Electricidad said power was restored to 40,000 homes.",
            [("Comisión Federal de Electricidad", "government")],
        ),
        (
            "The Partido Popular said it would vote against the budget on Thursday.",
            [("Partido Popular", "party")],
        ),
        (
            "The Partido Popular's leader called for an early election.",
            [("Partido Popular", "party")],
        ),
        (
            "The Instituto Nacional Electoral said turnout reached 61%.",
            [("Instituto Nacional Electoral", "ngo")],
        ),
        (
            "Officers of the Policía Nacional arrested 12 people near the port.",
            [("Policía Nacional", "government")],
        ),
        (
            "Dissidents of the Fuerzas Armadas Revolucionarias de Colombia refused to disarm.",
            [("Fuerzas Armadas Revolucionarias de Colombia", "other")],  # the FARC, listed
        ),
        (
            "Soldiers of the Fuerzas Armadas Nacionales Bolivarianas patrolled the border.",
            [("Fuerzas Armadas Nacionales Bolivarianas", "military")],
        ),
        (
            "Researchers at the Universidad Nacional Autónoma de México led the survey.",
            [("Universidad Nacional Autónoma de México", "education")],
        ),
        (
            "Students at the Universidad del Valle marched on Friday.",
            [("Universidad del Valle", "education")],
        ),
    ],
)
def test_adjectives_after_a_foreign_head_are_the_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(fact.text, fact.kind) for fact in EXTRACTOR.extract(text).organizations]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday after the head is the day's, not the name's
        ("The Partido Popular Monday called for an early election.", ["Partido Popular"]),
        # an English head takes no word after it
        ("The Finance Ministry Tuesday said inflation slowed.", ["Finance Ministry"]),
    ],
)
def test_a_weekday_after_the_head_ends_the_name(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
