"""The ``numbers`` field: "half" after "by" is the part a thing grew or shrank by ("fares were
cut by half"), a fraction, as "by a third" is; not "by half-time" nor "by half past six"."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "fractions"),
    [
        ("Fares were cut by half for students.", [("half", 0.5)]),
        ("Sales fell by half last year.", [("half", 0.5)]),
        ("The tax would reduce trading by half, the paper said.", [("half", 0.5)]),
        # no part
        ("They led by half-time.", []),
        ("Be home by half past six.", []),
    ],
)
def test_by_half_is_a_part(text: str, fractions: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in numbers(text) if q.kind == "fraction"] == fractions
