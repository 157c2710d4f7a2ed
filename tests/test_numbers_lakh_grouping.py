"""The ``numbers`` field: digits grouped as South Asian news groups them, the last three and
pairs before them ("1,20,717", "5,00,000" for five lakh, "1,25,00,000" for 1.25 crore), are
one number; each was read as its first group alone ("1,20,717" as 1)."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The candidate won by 1,20,717 votes in the town.",
            [("1,20,717", 120717, "count", None, None)],
        ),
        (
            "Each family was paid Rs 5,00,000 by the state.",
            [("Rs 5,00,000", 500000, "money", "indian rupee", "INR")],
        ),
        (
            "The canal will cost ₹1,25,00,000 and serve 2,35,000 farmers.",
            [
                ("₹1,25,00,000", 12500000, "money", "indian rupee", "INR"),
                ("2,35,000", 235000, "count", None, None),
            ],
        ),
        # a comma after it ends the number, not the pairs
        (
            "He won by 1,20,717, a record.",
            [("1,20,717", 120717, "count", None, None)],
        ),
        # groups of three read as before, and a plain number stays
        (
            "About 1,000,000 people and 12,345 others came.",
            [
                ("1,000,000", 1000000, "count", None, None),
                ("12,345", 12345, "count", None, None),
            ],
        ),
        ("A crowd of 45,500 watched.", [("45,500", 45500, "count", None, None)]),
    ],
)
def test_lakh_grouping(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
