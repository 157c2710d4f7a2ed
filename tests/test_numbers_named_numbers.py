"""A capitalized number word inside a capitalized run that is a name counts nothing: after a
capitalized word ("the Big Ten", "Formula One", "the Sweet Sixteen"), before one inside a
sentence ("three Six Nations matches"), and after a capitalized word and "of" ("the Group of
Seven", "the Gang of Four"). Each row is a sentence of news and the numbers it gives (span,
value). The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import numbers

NAMED: list[tuple[str, list[tuple[str, int]]]] = [
    ("Ireland won three Six Nations matches this spring.", [("three", 3)]),
    ("Ohio State joined the Big Ten more than a century ago.", []),
    ("He raced in Formula One for a decade.", []),
    ("Kentucky reached the Sweet Sixteen again.", []),
    ("Leaders of the Group of Seven met in Canada.", []),
    ("Leaders of the Group of Twenty pledged $2 billion.", [("$2 billion", 2_000_000_000)]),
    ("The Gang of Four drafted the bill.", []),
    # a number word in lower case, or opening the sentence, still counts
    ("Two of the seven hostages were freed.", [("Two", 2), ("seven", 7)]),
    ("Forty people were hurt.", [("Forty", 40)]),
]


@pytest.mark.parametrize(("text", "found"), NAMED)
def test_a_number_word_inside_a_name_counts_nothing(
    text: str, found: list[tuple[str, int]]
) -> None:
    assert [(quantity.text, quantity.value) for quantity in numbers(text)] == found
