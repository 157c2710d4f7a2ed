"""The ``numbers`` field: bitcoin's ticker "BTC" (or "XBT") before or after a number is an
amount of bitcoin, as "bitcoins" after it is."""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The trader bought 0.5 BTC on Sunday.", ("0.5", 0.5, "money", "bitcoin", "XBT")),
        ("The fund now holds 12,000 BTC.", ("12,000", 12000, "money", "bitcoin", "XBT")),
        ("He paid 2 bitcoins for the car.", ("2", 2, "money", "bitcoin", "XBT")),
    ],
)
def test_a_ticker_after_a_number_is_bitcoin(text: str, row: tuple[object, ...]) -> None:
    assert row in facts(text)
