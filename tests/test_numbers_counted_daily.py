"""The ``numbers`` field: "daily" before a noun describes what a count counts ("150 million
daily active users", technology news's measure of an app), and ends the phrase only after the
noun ("10,000 tests daily"; ``data/counted_stops_after_noun.txt``)."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The app said it had passed 150 million daily active users.", "daily active users"),
        ("The airline runs 40 daily flights to Lagos.", "daily flights"),
        ("It has 3.4 million monthly active users.", "monthly active users"),
        # after the noun: how often
        ("Labs ran 10,000 tests daily in March.", "tests"),
    ],
)
def test_daily_before_a_noun_is_counted(text: str, counted: str) -> None:
    assert numbers(text)[0].counted == counted
