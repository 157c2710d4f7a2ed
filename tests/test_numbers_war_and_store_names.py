"""The ``numbers`` field: two names that hold a number are no quantity: a world war named by
its number in digits ("a World War 2 bomb", "World War 1 graves"), as its words and Roman
numerals already were, and the store chain "7-Eleven", which was a range of 7 to 11."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews made a World War 2 bomb safe on the beach.", []),
        ("The World War 1 graves were restored.", []),
        ("He fought in World War Two.", []),
        ("Two men robbed a 7-Eleven store overnight.", [("Two", 2, "count", None, None)]),
        # a range written so stays
        ("Between 7-11 people were hurt.", [("7-11", 7, "count", None, None)]),
    ],
)
def test_war_and_store_names(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
