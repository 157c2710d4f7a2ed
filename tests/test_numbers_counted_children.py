"""The ``numbers`` field: a count after a parent's noun and "of", with no noun after it,
counts the parent's children (``data/parent_nouns.tsv``): "a father of four" has four
children, "a grandmother of nine" nine grandchildren. A noun after the count is what it
counts, as anywhere."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Ray Dunne, a father of four, ran the bakery.", "four", "children"),
        ("Ann Coyle, 38, a mother of three, said she would vote.", "three", "children"),
        ("Ina Welk, a mother of two and teacher, spoke first.", "two", "children"),
        ("A father-of-five who runs a garage was fined.", "five", "children"),
        ("Mother-of-one Lia Brandt, 29, won the seat.", "one", "child"),
        ("Mr Smith, a father-of-three, runs a shop.", "three", "children"),
        ("What grandmother of nine would miss that?", "nine", "grandchildren"),
        # a noun after the count is what it counts; no parent's noun, no children
        ("Ina Welk, a mother of two boys, spoke.", "two", "boys"),
        ("He is the father of one of the winners.", "one", "winners"),
        ("The leader of two, Ann Roe, spoke.", "two", None),
        ("He faces a maximum of three or more.", "three", None),
    ],
)
def test_a_count_after_a_parent_counts_the_children(
    text: str, span: str, counted: str | None
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
