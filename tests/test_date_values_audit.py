"""The date-value audit sorts a disagreement with the gold into the first class that holds.

``benchmarks/date_values.py`` tells notation and unresolved gold values apart from wrong
readings, so that value F1 can be read for what it measures.
"""

from __future__ import annotations

import pytest

from date_values import disagreement

CASES = [
    ("DATE", "1949", "DATE", "1949-XX", "same value, other notation"),
    ("DATE", "2000-W07", "DATE", "2000-W7", "same value, other notation"),
    ("DATE", "196", "DATE", "196X", "same value, other notation"),
    ("DATE", "19", "DATE", "19XX", "same value, other notation"),
    ("DURATION", "P10Y", "DURATION", "P1E", "same value, other notation"),
    ("DURATION", "P2000Y", "DURATION", "P2L", "same value, other notation"),
    ("TIME", "1989-11-06T17:00", "TIME", "1989-11-06T17", "same value, other notation"),
    ("DATE", "1989-W43", "DATE", "1989-WXX", "gold unresolved"),
    ("DATE", "1989-Q3", "DATE", "1989-QX", "gold unresolved"),
    ("DATE", "1998-08-14", "DATE", "1998-08-07", "a whole week apart"),
    ("DATE", "1998-W11", "DATE", "1998-W12", "a whole week apart"),
    ("DATE", "1998-08", "DURATION", "P1M", "type differs"),
    ("DATE", "1998", "DATE", "1998-10", "other"),
    ("DATE", "1998-08-14", "DATE", "1998-08-13", "other"),
]


@pytest.mark.parametrize(("pred_type", "pred_value", "gold_type", "gold_value", "expected"), CASES)
def test_a_disagreement_falls_in_the_first_class_that_holds(
    pred_type: str, pred_value: str, gold_type: str, gold_value: str, expected: str
) -> None:
    pred = {"type": pred_type, "value": pred_value}
    gold = {"type": gold_type, "value": gold_value}
    assert disagreement(pred, gold) == expected
