"""The ``numbers`` field: a possessive written apart, as tokenized text writes it ("Spain 's"),
is skipped after "of" as one glued to its word is ("one of Spain 's finest riders" counts
"finest riders")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("He was one of Spain 's finest riders .", "one", "finest riders"),
        ("Exports make up two-thirds of the region 's output .", "two-thirds", "output"),
        ("The keeper made two of Leeds 's three saves .", "two", "saves"),
        ("She is one of Peru's best climbers.", "one", "best climbers"),
        ("One of the players left early.", "One", "players"),
    ],
)
def test_a_possessive_written_apart_is_skipped(text: str, span: str, counted: str) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
