"""A part after "down", a fall told without "by", is a fraction as after "by" ("Egg prices
are down a third from their peak"), before a word of time or place; before its noun it
stays a rank ("went down a third time").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts

DOWN_PARTS = [
    ("Egg prices are down a third from their peak.", [("a third", 1 / 3, "fraction")]),
    ("The index is down a fifth since the election.", [("a fifth", 0.2, "fraction")]),
    ("Bookings are down a quarter on last summer.", [("a quarter", 0.25, "fraction")]),
    ("Sales fell by a third over the winter.", [("a third", 1 / 3, "fraction")]),
    ("The champion went down a third time.", [("third", 3, "ordinal")]),
]


@pytest.mark.parametrize(("sentence", "expected"), DOWN_PARTS)
def test_a_part_after_down(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    found: list[tuple[object, ...]] = [
        (text, value, kind) for text, value, kind, *_ in facts(sentence)
    ]
    assert found == [(text, pytest.approx(value), kind) for text, value, kind in expected]
