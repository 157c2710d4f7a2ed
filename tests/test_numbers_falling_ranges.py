"""A change "from X to Y" is one range whichever way it goes, its value X (where the change
starts), its low and high the smaller and the larger end: a fall is never a range whose low
is above its high. Each row is a sentence of news and the range it gives: span, value, low,
high, unit. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import only

FALLS_AND_RISES = [
    (
        "The bank revised its growth forecast down from 3.1% to 2.9%.",
        "3.1% to 2.9%",
        3.1,
        2.9,
        3.1,
        "percent",
    ),
    ("Membership fell from 5,000 to 4,200 last year.", "5,000 to 4,200", 5000, 4200, 5000, None),
    ("Membership rose from 4,200 to 5,000 last year.", "4,200 to 5,000", 4200, 4200, 5000, None),
    ("The toll was cut from $12 to $9.", "$12 to $9", 12, 9, 12, "dollar"),
    # words of the first end's time between: the same range
    (
        "Arrests dropped from 310 last year to 240.",
        "310 last year to 240",
        310,
        240,
        310,
        None,
    ),
    # the scale after the second end carries to the first in a fall too
    (
        "Quarterly profit fell from $8 to $3 billion.",
        "$8 to $3 billion",
        8_000_000_000,
        3_000_000_000,
        8_000_000_000,
        "dollar",
    ),
]


@pytest.mark.parametrize(("text", "span", "value", "low", "high", "unit"), FALLS_AND_RISES)
def test_a_change_from_x_to_y_is_one_ordered_range(
    text: str, span: str, value: float, low: float, high: float, unit: str | None
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.low, quantity.high) == (span, value, low, high)
    assert quantity.unit == unit
