"""An earthquake's magnitude in the ways news writes it: the unit before the number (also
joined by a hyphen or "of"), after it, or as "on the Richter scale". Each row is a sentence
of news and the number it gives: span, value, kind and unit. The sentences are made up for
these tests."""

from __future__ import annotations

import pytest

from number_checks import only

MAGNITUDES = [
    ("A magnitude 6.9 earthquake struck off the coast late on Tuesday.", "6.9", 6.9),
    ("A magnitude-7.7 earthquake struck central Myanmar on Friday.", "7.7", 7.7),
    ("A 6.4-magnitude aftershock followed soon after.", "6.4", 6.4),
    ("The quake had a preliminary magnitude of 7.1, the survey said.", "7.1", 7.1),
    ("The tremor measured 5.8 on the Richter scale.", "5.8", 5.8),
]


@pytest.mark.parametrize(("text", "span", "value"), MAGNITUDES)
def test_a_magnitude_is_a_measure_in_magnitude(text: str, span: str, value: float) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.kind, quantity.unit) == (
        span,
        value,
        "measure",
        "magnitude",
    )
