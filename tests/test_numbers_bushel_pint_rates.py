"""The ``numbers`` field: an amount "a bushel" or "a pint" is a rate per that unit, as grain
markets and beer duties price them ("$6.12 a bushel", "cut by 1p a pint"), as "per bushel"
already was; the amount alone lost what it was per."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corn rose to $4.85 a bushel in Chicago.",
            [("$4.85", 4.85, "money", "dollar per bushel", "USD")],
        ),
        (
            "Soybeans closed at $10.40 per bushel.",
            [("$10.40", 10.4, "money", "dollar per bushel", "USD")],
        ),
        (
            "The duty on cider falls by 2p a pint.",
            [("2", 2, "money", "penny per pint", "GBP")],
        ),
        # a measure in pints stays one, and a pint priced before the amount is no rate
        ("They drank 4 pints a night.", [("4", 4, "measure", "pint per night", None)]),
        ("A pint costs £5.20 in the city.", [("£5.20", 5.2, "money", "pound sterling", "GBP")]),
    ],
)
def test_bushel_pint_rates(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
