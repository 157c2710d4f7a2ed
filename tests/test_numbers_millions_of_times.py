"""The ``numbers`` field: an "m" glued to a number before "times" is millions, as technology
news counts downloads and views ("downloaded 12m times"), not metres."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The app has been downloaded 12m times.", [("12m", 12_000_000, "count", "count", None)]),
        ("The clip was viewed 3.5m times in a day.", [("3.5m", 3_500_000, "count", "count", None)]),
        # metres as before
        (
            "She won the 100m in 10.8 seconds.",
            [("100", 100, "measure", "m", None), ("10.8", 10.8, "measure", "second", None)],
        ),
        ("A 5m wall surrounds the site.", [("5", 5, "measure", "m", None)]),
    ],
)
def test_millions_of_times(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
