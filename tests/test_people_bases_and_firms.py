"""The people field on military bases and on firms and public bodies named like people in
transport, arts and Irish news: "Camp" opens a base's name (``data/place_prefixes.txt``),
"Base" heads one (``data/place_heads.txt``), and "Pacific", "Modern", "Bahn" and "Éireann"
close a firm's or a body's (``data/org_words.txt``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Camp Pendleton said the Marines were safe after the fire.", []),
        ("Joint Base Andrews said the flight had landed.", []),
        ("Aviano Air Base said two jets were grounded.", []),
        # "Camp" ends a person's name
        ("Dave Camp said the bill would pass.", [("Dave Camp", None, None)]),
    ],
)
def test_military_bases_are_no_people(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cebu Pacific said flights to Davao were delayed by the storm.", []),
        ("Union Pacific said freight volumes fell in the quarter.", []),
        ("Tate Modern said visitor numbers rose by a fifth.", []),
        ("Deutsche Bahn said strikes had cancelled trains.", []),
        ("Bus Éireann said services would resume on Monday.", []),
        ("Quill Legal said the claim had been settled.", []),
        ("Haddow Pine Solicitors said it would appeal the ruling.", []),
        # a surname that only begins like one of those words
        ("Mark Pacifico said he would appeal.", [("Mark Pacifico", None, None)]),
    ],
)
def test_firms_and_bodies_named_like_people(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
