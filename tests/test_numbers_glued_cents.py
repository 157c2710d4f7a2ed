"""The ``numbers`` field: cents written with a glued "c", as Irish, Australian and South
African papers price fuel and power, are money before a rate per unit ("48c a litre");
alone a glued "c" is no cents ("the 19c church", "Room 12c"), and "48C" stays Celsius."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Petrol will rise by 48c a litre, while diesel goes up 5c a litre.",
            [
                ("48", 48, "money", "cent per litre", "USD"),
                ("5", 5, "money", "cent per litre", "USD"),
            ],
        ),
        ("Power costs 30c per kWh.", [("30", 30, "money", "cent per kilowatt hour", "USD")]),
        # written out, as before
        ("Petrol rose 48 cents a litre.", [("48", 48, "money", "cent per litre", "USD")]),
        # no rate after it: no cents
        ("The 19c church was restored.", []),
        ("Room 12c was empty.", []),
        # a capital C is Celsius
        ("Temperatures hit 48C on Monday.", [("48", 48, "measure", "celsius", None)]),
    ],
)
def test_glued_cents(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
