"""The people field on a headline's name cut short or opened by a verb, completed by the
name of a person the article names in full (``newsfacts_people.completed_names``). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name of three words, cut at two in a headline
        (
            "Lena Ray Brill Is Back On The Ballot\n\nLena Ray Brill filed her papers on Monday.",
            [("Lena Ray Brill", "Lena Ray Brill"), ("Lena Ray Brill", "Lena Ray Brill")],
        ),
        # a verb before a full name in a headline
        (
            "Rival Mayors Slam Nora Vance Over Budget Cuts\n\nNora Vance said the cuts would stay.",
            [("Nora Vance", "Nora Vance"), ("Nora Vance", "Nora Vance")],
        ),
        # a given name before a full name stays: the fuller name of a relative
        (
            "Nora Vance spoke first. Ellen Nora Vance wrote back.",
            [("Nora Vance", "Ellen Nora Vance"), ("Ellen Nora Vance", "Ellen Nora Vance")],
        ),
    ],
)
def test_a_name_completed_by_a_known_full_name(text: str, found: list[tuple[str, str]]) -> None:
    assert [(p.text, p.name) for p in people(text)] == found


def test_a_title_before_the_verb_is_no_title_of_the_person() -> None:
    text = "Rival Mayors Slam Nora Vance Over Budget Cuts\n\nNora Vance said the cuts would stay."
    assert people(text)[0].title is None
