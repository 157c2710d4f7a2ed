"""The ``numbers`` field: a bare fraction written with a slash after "on", "since", "after"
and other words of time (``data/day_name_words.txt``) or glued to "post-" or "pre-" is a
month and a day, as "9/11" and "1/6" name events, no part of what follows it; before a unit
or "of", or after another word, such a fraction stays a part ("on 1/2 acre", "1/2 the stock").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    "text",
    [
        "Flags flew on 9/11 the whole day in Dunmore.",
        "Post-9/11 those rules tightened at every port.",
        "After 1/6 the hearings began.",
        "Pre-9/11 the airport was calm.",
    ],
)
def test_a_day_named_by_a_fraction_is_no_part(text: str) -> None:
    assert facts(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("They sold 1/2 the stock on Monday.", [("1/2", 0.5, "fraction", None, None)]),
        ("He planted pines on 1/2 acre.", [("1/2", 0.5, "measure", "acre", None)]),
        ("They farm on 1/3 of the land.", [("1/3", 1 / 3, "fraction", None, None)]),
        # "by" before a part tells how much, seldom a day
        ("Rents rose by 1/3 the amount.", [("1/3", 1 / 3, "fraction", None, None)]),
    ],
)
def test_a_part_stays_a_part(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows
