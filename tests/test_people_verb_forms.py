"""The people field on a verb's "-ing" form opening a run before the surname of a person the
article names in full (``newsfacts_people.gerunds``): the surname alone names that person.
Sentences written for these tests."""

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
    ],
)
def test_a_verb_form_before_a_known_surname(text: str, found: list[tuple[str, str]]) -> None:
    assert [(p.text, p.name) for p in people(text)] == found
