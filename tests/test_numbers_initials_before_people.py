"""The ``numbers`` field: initials in capitals that spell a unit are a body's or a firm's name
before a noun for people, no unit ("30 MP candidates" counts candidates, no megapixels; "six
HP directors" no horsepower); before any other word they stay a unit ("a 300 HP engine")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "unit", "counted"),
    [
        ("Some 30 MP candidates stood in the election.", "30", None, "MP candidates"),
        ("She emailed six HP directors on Monday.", "six", None, "HP directors"),
        ("It has a 300 HP engine.", "300", "horsepower", None),
        ("The phone has two 48 MP sensors.", "48", "megapixel", None),
    ],
)
def test_initials_before_people_are_no_unit(
    text: str, span: str, unit: str | None, counted: str | None
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert (quantity.unit, quantity.counted) == (unit, counted)
