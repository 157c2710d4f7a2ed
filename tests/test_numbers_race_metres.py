"""A race's distance in metres written with an attached "m" is metres, not millions, after
"the" and before a word of the race's champions, titles and medals, with or without the
thousands separator. Each row is a sentence of news and its number: span, value, kind and
unit. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import numbers

RACES = [
    ("She is the Olympic 1,500m champion.", "1,500", 1500, "measure", "m"),
    ("He won the 1,500m in Paris on Friday.", "1,500", 1500, "measure", "m"),
    ("She defended her 800m title in Rome.", "800", 800, "measure", "m"),
    ("The 400m runner was banned for two years.", "400", 400, "measure", "m"),
    ("He was fifth in the 5,000m final.", "5,000", 5000, "measure", "m"),
    # an amount: money, or a noun of no race after it
    ("The club paid a £100m title bonus.", "£100m", 100_000_000, "money", "pound sterling"),
]


@pytest.mark.parametrize(("text", "span", "value", "kind", "unit"), RACES)
def test_a_race_distance_is_metres(text: str, span: str, value: int, kind: str, unit: str) -> None:
    found = [q for q in numbers(text) if q.text == span]
    assert [(q.value, q.kind, q.unit) for q in found] == [(value, kind, unit)]
