"""The ``numbers`` field: a decade after "the", a few words after a word of temperature, is
a temperature in degrees from its first degree to its last, as forecasts write it ("highs
in the low 80s" are 80 to 83, "lows in the upper 20s" 27 to 29), as "a man in his 40s" is
an age."""

from __future__ import annotations

import pytest

from number_checks import numbers

# sentence, span, value, low, high
_DECADES = [
    ("Highs will be in the low 80s on Friday.", "80s", 80, 80, 83),
    ("Temperatures will climb into the mid-60s on Thursday.", "60s", 64, 64, 66),
    ("A cold front will drop lows into the upper 20s by Saturday.", "20s", 27, 27, 29),
    ("Highs will struggle to reach the low 20s over the weekend.", "20s", 20, 20, 23),
    ("Temperatures in the 90s are expected across the valley.", "90s", 90, 90, 99),
    ("Highs in the low 100s will test the power grid.", "100s", 100, 100, 103),
]


@pytest.mark.parametrize(("text", "span", "value", "low", "high"), _DECADES)
def test_a_decade_after_a_word_of_temperature_is_degrees(
    text: str, span: str, value: int, low: int, high: int
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert (quantity.value, quantity.low, quantity.high) == (value, low, high)
    assert (quantity.kind, quantity.unit) == ("measure", "degree")


def test_a_decade_without_a_word_of_temperature_is_none() -> None:
    assert [q.text for q in numbers("Sales were strong in the 80s and 90s.")] == []
