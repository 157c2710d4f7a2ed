"""The benchmarks' scorer judges a number's unit after light normalization.

NewsQuant's gold units are singular lemmas ("european country", "pound-mass"); a right unit
or counted phrase written otherwise is no error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from scoring import number_unit_matches, units_agree

AGREE = [
    ("dollar", "$"),
    ("USD", "dollar"),
    ("percentage", "percent"),
    ("kilometre per hour", "km per hour"),
    ("revolutions per minute", "revolution per minute"),
    ("parts-per-billion", "part per billion"),
    ("milliampere-hour", "milliampere hour"),
    ("square feet", "square foot"),
    ("pence", "penny"),
    ("metric ton", "tonne"),
    ("gigaton", "gigatonne"),
    ("pound-mass", "pound"),
    ("foot pound-force", "pound-foot"),
]
DISAGREE = [
    ("mile", "mile per hour"),
    ("dollar", "euro"),
    ("metre", "millimetre"),
    ("foot", "pound-foot"),
]


@pytest.mark.parametrize(("gold", "predicted"), AGREE)
def test_units_that_agree(gold: str, predicted: str) -> None:
    assert units_agree(predicted, gold)
    assert units_agree(gold, predicted)


@pytest.mark.parametrize(("gold", "predicted"), DISAGREE)
def test_units_that_differ(gold: str, predicted: str) -> None:
    assert not units_agree(predicted, gold)


@pytest.mark.parametrize(
    ("gold_unit", "counted", "agrees"),
    [
        ("european country", "European countries", True),
        ("different boss", "different bosses", True),
        ("virus", "viruses", True),
        ("launch", "launches", True),
        ("commercial fisherman", "commercial fishermen", True),
        ("child", "children", True),
        ("model 3s", "Model 3", True),
        ("people", "people", True),
        ("vehicle", "Model S and Model X", False),
    ],
)
def test_counted_phrase_holds_the_gold_units_last_word(
    gold_unit: str, counted: str, agrees: bool
) -> None:
    predicted = {"value": 2.0, "unit": None, "counted": counted}
    assert number_unit_matches(predicted, {"value": 2.0, "unit": gold_unit}) is agrees
