"""The locations field on a city's short form with its dot, as headlines write it: the dot
is part of the name, as it is of a state's ("Calif."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Phila." opening a headline, after a compass initial, and after a preposition
        (
            "Phila. firefighter hurt in rowhouse blaze. A firefighter was treated for burns.",
            [("Phila.", "Philadelphia")],
        ),
        (
            "Two hurt in N. Phila. crash. Police said both drivers were in fair condition.",
            [("Phila.", "Philadelphia")],
        ),
        (
            "Transit strike talks resume in Phila. as deadline nears. Union leaders met Sunday.",
            [("Phila.", "Philadelphia")],
        ),
        # the form GeoNames lists without the dot stays a name
        ("Phila police arrested two men on Sunday.", [("Phila", "Philadelphia")]),
    ],
)
def test_a_city_short_form_keeps_its_dot(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(place.text, place.name) for place in places(text)] == expected
