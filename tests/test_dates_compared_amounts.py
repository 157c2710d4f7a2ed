""" "More than" or "less than" after an amount compares that amount, and is no mod of the time
after it: in "4% more than a year earlier" the date is "a year earlier", no ``MORE_THAN``
(``compared_leads`` of ``data/word_lists.tsv``); "left more than a year ago" keeps its mod.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type, value and mod. The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from date_checks import only

COMPARED: list[tuple[str, str, str, str | None]] = [
    (
        "Avanti carried 38 million passengers, 4% more than a year earlier.",
        "a year earlier",
        "2024",
        None,
    ),
    ("Exports were 12 per cent more than a year ago.", "a year ago", "2024", None),
    ("Sales were three times more than two years earlier.", "two years earlier", "2023", None),
    ("Output was 5 less than a year ago.", "a year ago", "2024", None),
    # no amount before: the mod of the time
    ("He left more than a year ago.", "more than a year ago", "2024", "MORE_THAN"),
    ("It happened less than a year ago.", "less than a year ago", "2024", "LESS_THAN"),
    ("They waited more than two years.", "more than two years", "P2Y", "MORE_THAN"),
    (
        "She was robbed on April 14 around 3:15 a.m.",
        "around 3:15 a.m.",
        "2025-04-14T03:15",
        "APPROX",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "value", "mod"), COMPARED)
def test_more_than_after_an_amount_compares_it(
    sentence: str, expression: str, value: str, mod: str | None
) -> None:
    fact = only(sentence, expression)
    assert (fact.value, fact.mod) == (value, mod)
