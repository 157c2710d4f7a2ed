"""The ``numbers`` field: a number after "No" written with no stop, as British papers write
"No.", is a name's or a rank's, no quantity ("a No 10 spokesman", "the world No 3", "the No 9
shirt", "Symphony No 5"); "No" as the determiner before an age stays ("No 16-year-old")."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A No 10 spokesman said the minister had the cabinet's backing.", []),
        ("The world No 3 lost in straight sets.", []),
        ("He will wear the No 9 shirt next season.", []),
        ("The orchestra played Symphony No 5, then an encore.", []),
        # with a stop, as before
        ("The No. 2 seed went out.", []),
        # the determiner: the age stays
        ("No 16-year-old should work nights.", [("16", 16, "measure", "year of age", None)]),
        ("No, 5 people were there.", [("5", 5, "count", None, None)]),
    ],
)
def test_no_without_stop(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
