"""The ``numbers`` field: a section of a code named by its number and a lower-case letter in
brackets glued to it is no quantity, as retirement plans ("a 401(k) plan", "her 403(b)") and
tax-exempt bodies ("a 501(c)(3) charity") are named; a number before a bracketed aside keeps
its reading ("12 (a record)").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Mira Tell moved her savings from a 401(k) into a 403(b).", []),
        (
            "The 501(c)(3) charity raised $2 million.",
            [("$2 million", 2000000, "money", "dollar", "USD")],
        ),
        ("Under section 12(a)(2), 3 firms were fined.", [("3", 3, "count", None, None)]),
    ],
)
def test_a_code_section_is_no_quantity(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("He scored 12 (a record) on Friday.", [("12", 12, "count", None, None)]),
        (
            "The club sold 40 (of 60) seats.",
            [("40", 40, "count", None, None), ("60", 60, "count", None, None)],
        ),
    ],
)
def test_a_number_before_a_bracketed_aside_stays(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows
