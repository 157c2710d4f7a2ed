"""The ``numbers`` field: a bare fraction in halves to 64ths, right after a word of a price's
move ("eased 1/8", "bonds were off 12/32", ``data/move_words.txt``), is the move in points,
as market reports give it; elsewhere a bare fraction before no unit stays no number.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Vantor eased 1/8 on Monday.", [("1/8", 0.125, "count", None, None)]),
        ("Orlen shares fell 5/8 by noon.", [("5/8", 0.625, "count", None, None)]),
        ("The note closed up 3/4 in thin trade.", [("3/4", 0.75, "count", None, None)]),
        (
            "March bonds were off 12/32 at 98-14/32.",
            [("12/32", 0.375, "count", None, None), ("98-14/32", 98.4375, "count", None, None)],
        ),
    ],
)
def test_a_fraction_after_a_word_of_a_move_is_the_move(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "The index rose 2/3 today.",  # thirds are no part of a point a price moves by
        "Their view of 3/8 was odd.",  # no word of a move before it
        "Profits rose 9/8 overall.",  # more than a whole: no part of a point
    ],
)
def test_other_bare_fractions_stay_no_number(text: str) -> None:
    assert facts(text) == []
