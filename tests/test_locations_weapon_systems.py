"""The locations field on a weapon system named like a place: "Grad rockets", "Grad missile
systems" (the Soviet BM-21 launcher, not Grad in Slovenia), read by the product check
``product-noun`` (``data/products.txt``, ``data/product_nouns.tsv``); "missile" counts only
after a listed name, as "rocket" does: "the Gaza missile attack" is a place. A sentence of a
2008 report from Georgia, and sentences in the style of war reports, written for these
tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials say Grad missile systems were moved up by the Armenian side.", []),
        ("Rebels fired Grad rockets at the city overnight.", []),
        ("A Grad rocket struck a school on Tuesday.", []),
        # a place before "missile" that is no listed product, and Grad alone, stay places
        ("The Gaza missile attack killed two people.", [("Gaza", "PS")]),
        ("Floods hit Grad and Ljubljana on Sunday.", [("Grad", "SI"), ("Ljubljana", "SI")]),
    ],
)
def test_a_weapon_systems_name_is_no_place(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(fact.text, fact.country_code) for fact in places(text)] == expected
