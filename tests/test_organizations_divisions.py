"""The organizations field on names headed by "Division": an army's unit only after a word
of arms ("the Airborne Division", kind ``military``), of no kind after any other word, a
firm's or a public body's part (``data/head_modifiers.tsv``, the "*" row). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers of the 82nd Airborne Division were placed on alert.",
            [("82nd Airborne Division", "military")],
        ),
        (
            "He served with the 1st Marine Division in Korea.",
            [("1st Marine Division", "military")],
        ),
        (
            "She heads the bank's Wealth Planning Division in London.",
            [("Wealth Planning Division", None)],
        ),
        (
            "Lawyers of the Consumer Fraud Division filed the charges.",
            [("Consumer Fraud Division", None)],
        ),
    ],
)
def test_a_division_is_an_armys_only_after_a_word_of_arms(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    facts = EXTRACTOR.extract(text).organizations
    assert [(fact.text, fact.kind) for fact in facts] == expected
