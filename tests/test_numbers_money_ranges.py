"""Ranges of money with the currency before the first number and the scale after the second,
as business news writes them ("$5-6 billion", "£3-4m"): one range, in the currency of the
first end and the scale of the second. Each row is a sentence of news and the range it gives:
span, low, high, unit and currency. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import numbers, only

MONEY_RANGES = [
    (
        "The new terminal will cost $5-6 billion, officials said.",
        "$5-6 billion",
        5_000_000_000,
        6_000_000_000,
        "dollar",
        "USD",
    ),
    ("The striker is valued at £3-4m.", "£3-4m", 3_000_000, 4_000_000, "pound sterling", "GBP"),
    (
        "The state will spend Rs 5-6 crore on the bridge.",
        "Rs 5-6 crore",
        50_000_000,
        60_000_000,
        "indian rupee",
        "INR",
    ),
    (
        "Analysts expect a profit of €1.2-1.5 billion this year.",
        "€1.2-1.5 billion",
        1_200_000_000,
        1_500_000_000,
        "euro",
        "EUR",
    ),
    (
        "The fund hopes to raise $5 to 6 billion.",
        "$5 to 6 billion",
        5_000_000_000,
        6_000_000_000,
        "dollar",
        "USD",
    ),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit", "currency"), MONEY_RANGES)
def test_the_currency_before_and_the_scale_after_make_one_range(
    text: str, span: str, low: int, high: int, unit: str, currency: str
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.low, quantity.high, quantity.kind) == (
        span,
        low,
        high,
        "money",
    )
    assert (quantity.unit, quantity.currency) == (unit, currency)


def test_a_first_end_over_the_second_is_no_range() -> None:
    assert [quantity.text for quantity in numbers("The bill was $50 to 6 billion.")] == [
        "$50",
        "6 billion",
    ]


def test_a_dash_after_an_amount_without_a_currency_keeps_metres() -> None:
    quantity = only("The floodwater was 2-3m deep in places.")
    assert (quantity.text, quantity.low, quantity.high, quantity.unit) == ("2-3", 2, 3, "m")
