"""The locations field on a name far more often a person's than a town's, in its possessive
after a preposition ("in Graham's desk"): the preposition governs the possessed noun,
so it is no support, and the name is kept only on the article's say-so: its state
named, or the name written as a place elsewhere (``possessives.py``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    "text",
    [
        "An aide found the memo in Graham’s desk drawer on Friday.",
        "The letter reached the treasurer of Clinton's campaign a week late.",
        "According to the ranking, in Forbes’ words, the firm is worth less than a year ago.",
        "The column repeats claims made in Davis' earlier article about the vote.",
    ],
)
def test_a_person_s_possessive_after_a_preposition_is_no_place(text: str) -> None:
    assert [place.text for place in places(text)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a town the article writes as a place twice elsewhere keeps its possessive
        (
            "Crews in Flint worked late. Residents of Flint waited while engineers found "
            "rust in Flint’s old pipes.",
            [("Flint", "Flint"), ("Flint", "Flint"), ("Flint", "Flint")],
        ),
        # other support stands: a preposition without a possessive, a qualifier
        ("Volunteers painted the old library in Graham on Sunday.", [("Graham", "Graham")]),
        # a name spelt with the possessive is no possessive
        ("The final was played at Lord’s in June.", [("Lord’s", "Lord's")]),
        # a well-known place keeps its own check
        ("Traffic in Moscow’s outer ring stood still.", [("Moscow", "Moscow")]),
    ],
)
def test_a_town_s_possessive_stays_a_place(text: str, found: list[tuple[str, str]]) -> None:
    assert [(place.text, place.name) for place in places(text)] == found
