"""Odds against a whole in millions, as lottery and risk stories tell them ("1 in 292.2
million", "one in a million"), are one fraction spanning both numbers, as "one in five" is;
a plain whole above 1,000 stays no whole ("5 in 2024" is a count and a year).

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts

ODDS = [
    (
        "The odds of hitting the jackpot are 1 in 292.2 million.",
        [("1 in 292.2 million", 1 / 292_200_000, "fraction", None, None)],
    ),
    (
        "Doctors put the risk at one in a million.",
        [("one in a million", 0.000001, "fraction", None, None)],
    ),
    (
        "Only 3 in 10 million people carry the gene.",
        [("3 in 10 million", 0.0000003, "fraction", None, None)],
    ),
    (
        "The club signed 5 in 2024 and sold 2 million shirts.",
        [
            ("5", 5, "count", None, None),
            ("2024", 2024, "count", None, None),  # the dates field takes it as a year
            ("2 million", 2_000_000, "count", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ODDS)
def test_odds_against_millions(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(text, pytest.approx(value), *rest) for text, value, *rest in facts(sentence)] == (
        expected
    )
