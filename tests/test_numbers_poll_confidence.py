"""The ``numbers`` field: a poll's confidence, "19 times out of 20", is one part of a whole
(0.95) spanning both numbers, as "three out of four" is, not two counts."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The poll is accurate to within three percentage points, 19 times out of 20.",
            [
                ("three percentage points", 3, "percent", "percentage point", None),
                ("19 times out of 20", 0.95, "fraction", None, None),
            ],
        ),
        (
            "The goalkeeper saved it 9 times out of 10.",
            [("9 times out of 10", 0.9, "fraction", None, None)],
        ),
        # as before: "out of" alone
        ("Three out of four voters agreed.", [("Three out of four", 0.75, "fraction", None, None)]),
    ],
)
def test_times_out_of(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
