"""The ``numbers`` field: a past tense written as its base form is a noun right after a rank,
which counts it ("its third cut this year", central bank news's rate cut;
``data/ranked_pasts.txt``), while after a count it still ends the phrase."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The bank cut rates on Tuesday, its third cut this year.", "third", "cut"),
        ("It was his second hit of the night.", "second", "hit"),
        ("The first cut was the deepest.", "first", "cut"),
        # after a count: a verb
        ("Two cut the wire and fled.", "Two", None),
    ],
)
def test_a_past_tense_after_a_rank_is_counted(text: str, number: str, counted: str | None) -> None:
    [quantity] = [q for q in numbers(text) if q.text == number]
    assert quantity.counted == counted
