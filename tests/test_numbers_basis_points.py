"""The ``numbers`` field: basis points, central banks' and markets' hundredths of a percentage
point, are a percentage in the unit ``basis point``, their word an attribute as a measure's
unit is, as NewsQuant anchors them ("cut rates by 25 basis points" spans 25)."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank cut rates by 25 basis points.", [("25", 25, "percent", "basis point", None)]),
        ("Banks add 35 basis points on top.", [("35", 35, "percent", "basis point", None)]),
        ("The central bank raised rates by 75bps.", [("75", 75, "percent", "basis point", None)]),
        # percentage points and percent keep their words in the span
        (
            "It rose 0.5 percentage points to 15 per cent.",
            [
                ("0.5 percentage points", 0.5, "percent", "percentage point", None),
                ("15 per cent", 15, "percent", "percent", None),
            ],
        ),
    ],
)
def test_basis_points(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Markets price in a 50-basis-point cut.", [("50", 50, "percent", "basis point", None)]),
        ("Traders see a further 25bp reduction.", [("25", 25, "percent", "basis point", None)]),
        ("Yields rose 1 basis point on Friday.", [("1", 1, "percent", "basis point", None)]),
        (
            "The bank saw a 60 basis point rise in spreads.",
            [("60", 60, "percent", "basis point", None)],
        ),
        # the company in capitals is no unit
        (
            "BP shares rose 2% to 25 BP.",
            [("2%", 2, "percent", "percent", None), ("25", 25, "count", None, None)],
        ),
    ],
)
def test_the_forms_of_basis_points(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
