"""A name before "brand" is the maker's, though a town's: "a Milwaukee brand drill"."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said he stole a Milwaukee brand drill from a garage in Madison.", ["Madison"]),
        ("The Waterford brand crystal was sold at a shop in Dublin.", ["Dublin"]),
        ("Deputies found Dewalt and Milwaukee brand tools in the truck.", []),
        ("The store in Springfield sells several Kent brands.", ["Springfield"]),
        # not before another noun: the town
        ("A Milwaukee man was charged with theft.", ["Milwaukee"]),
    ],
)
def test_a_name_before_brand_is_no_place(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in places(text)] == expected
