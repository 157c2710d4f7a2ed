"""The ``numbers`` field: "scores" after a determiner, a possessive or a word that tells what
was scored (``data/vague_not_after.tsv``) is results, no count of scores, even before "of"
or "are" ("close scores of the day's matches", "whose test scores are high"); after a verb, a
conjunction or a mark it stays a count of forty or more ("killed scores of people").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts, numbers


@pytest.mark.parametrize(
    "text",
    [
        "The paper prints close scores of the day's matches.",
        "Teachers whose test scores are high got raises.",
        "Their credit scores have dropped since May.",
    ],
)
def test_scores_after_a_modifier_are_results(text: str) -> None:
    assert facts(text) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The flood killed scores of sheep.", "sheep"),
        ("Four died and scores were hurt.", None),
        ("In May, scores of boats sailed.", "boats"),
        ("Scores more troops arrived.", "troops"),
    ],
)
def test_scores_after_a_verb_or_a_mark_stay_a_count(text: str, counted: str | None) -> None:
    found = [q for q in numbers(text) if q.text.lower() == "scores"]
    assert [(q.value, q.low, q.high, q.counted) for q in found] == [(40, 40, 99, counted)]
