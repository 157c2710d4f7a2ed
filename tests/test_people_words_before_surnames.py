"""The people field on a common word opening a run before the name or surname of a person the
article names in full (``newsfacts_people.words_before_surnames``): the rest alone names that
person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Senator Nora Vance spoke on Monday. Chasing Vance proved harder than they thought.",
            [("Nora Vance", "Nora Vance"), ("Vance", "Nora Vance")],
        ),
        (
            "Nora Vance won the vote.\n\nQuestioning Vance's record, the rivals met.",
            [("Nora Vance", "Nora Vance"), ("Vance", "Nora Vance")],
        ),
        # two words the article writes as a name on their own evidence stay a name
        (
            "Irving Thalberg, the producer, came. Irving Thalberg left early.",
            [("Irving Thalberg", "Irving Thalberg"), ("Irving Thalberg", "Irving Thalberg")],
        ),
        # a name ending in "-ing" (data/ing_names.txt) before the surname of a relative
        (
            "Nora Vance spoke first. Sterling Vance said nothing.",
            [("Nora Vance", "Nora Vance"), ("Sterling Vance", "Sterling Vance")],
        ),
        # a headline's word the article writes in lower case, before a surname or a full name
        (
            "Top Vance aide quits\n\nA top aide to Nora Vance quit on Monday.",
            [("Vance", "Nora Vance"), ("Nora Vance", "Nora Vance")],
        ),
        (
            "Signs read Vote Nora Vance. Nora Vance asked them to vote early.",
            [("Nora Vance", "Nora Vance"), ("Nora Vance", "Nora Vance")],
        ),
        # before a full name, any word that is no given name: an epithet, a demonym
        (
            "Nora Vance spoke first. Dodgy Nora Vance, the posters said.",
            [("Nora Vance", "Nora Vance"), ("Nora Vance", "Nora Vance")],
        ),
        (
            "Nora Vance won. Few expected Vermonter Nora Vance to carry the county.",
            [("Nora Vance", "Nora Vance"), ("Nora Vance", "Nora Vance")],
        ),
        # but a given name before it stays in the span: a name of three words, the fullest
        (
            "Nora Vance spoke first. Ellen Nora Vance wrote back.",
            [("Nora Vance", "Ellen Nora Vance"), ("Ellen Nora Vance", "Ellen Nora Vance")],
        ),
        # no word the article writes in lower case: a relative's given name
        (
            "Nora Vance spoke first. Tagg Vance said nothing.",
            [("Nora Vance", "Nora Vance"), ("Tagg Vance", "Tagg Vance")],
        ),
        # a name's particle is no common word, though written in lower case elsewhere
        (
            "Pieter van der Berg scored twice. Van der Berg said the pitch was wet.",
            [
                ("Pieter van der Berg", "Pieter van der Berg"),
                ("Van der Berg", "Pieter van der Berg"),
            ],
        ),
    ],
)
def test_a_common_word_before_a_known_name(text: str, found: list[tuple[str, str]]) -> None:
    assert [(p.text, p.name) for p in people(text)] == found
