"""The ``numbers`` field: a whole number and a fraction of one joined by a hyphen, as market
reports write prices and rates ("up 3/4 at 52-3/8", a bond "at 98-14/32", "3-1/2
percent"), is one number, unit or not; a hyphen before no proper fraction joins nothing.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Vantor stock closed at 52-3/8 on Tuesday.", [("52-3/8", 52.375, "count", None, None)]),
        ("The June bond traded at 98-14/32 late.", [("98-14/32", 98.4375, "count", None, None)]),
        ("Cable shares ended 1-1/4 higher.", [("1-1/4", 1.25, "count", None, None)]),
        ("The river runs 1-3/4 miles.", [("1-3/4", 1.75, "measure", "mile", None)]),
        (
            "Prices rose 3-1/2 percent in May.",
            [("3-1/2 percent", 3.5, "percent", "percent", None)],
        ),
    ],
)
def test_a_whole_and_its_fraction_joined_by_a_hyphen_are_one_number(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows


def test_a_range_ends_at_a_mixed_number() -> None:
    [fact] = facts("The bank sees growth of 2 percent to 2-3/4 percent next year.")
    assert fact[:3] == ("2 percent to 2-3/4 percent", 2, "percent")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the same as a space before the fraction: "1 1/2 games"
        ("Leeds sit 4 1/2 games back.", [("4 1/2", 4.5, "count", None, None)]),
        # no proper fraction after the hyphen: the whole number alone
        ("The code 14-20/16 failed.", [("14", 14, "count", None, None)]),
    ],
)
def test_other_fractions_read_as_before(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows
