"""Amounts in a currency's hundredths as market and price reports write them: pence, cents
and the rupee's paise. Each row is a sentence of news and its first number: span, value,
kind, unit and currency. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import numbers

SUBUNITS = [
    ("The rupee fell 12 paise to 86.45 against the dollar.", "12", 12, "paisa", "INR"),
    ("A cup of tea at the station costs 50 paise.", "50", 50, "paisa", "INR"),
    ("Petrol prices rose 5p a litre.", "5", 5, "penny per litre", "GBP"),
    ("The stamp will cost 85 cents from July.", "85", 85, "cent", "USD"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "currency"), SUBUNITS)
def test_a_hundredth_of_a_currency_is_money(
    text: str, span: str, value: int, unit: str, currency: str
) -> None:
    first = numbers(text)[0]
    assert (first.text, first.value, first.kind, first.unit, first.currency) == (
        span,
        value,
        "money",
        unit,
        currency,
    )
