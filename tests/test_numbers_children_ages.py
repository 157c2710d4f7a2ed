"""The ``numbers`` field: one digit after a noun for children and "under" or "over" is the
age bounding the group, as health and school news split children ("free for children under
5", "babies under 1 are"); after other people, or before what it counts, it stays a count or
a measure. A modal after an age group ends it too ("adults over 65 should")."""

from __future__ import annotations

import pytest

from number_checks import check_phrase


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "The drops are free for children under 5, the clinic said.",
            {"value": 5, "kind": "measure", "unit": "year of age", "qualifier": "<"},
        ),
        (
            "Kids under 6 should not take the tablets.",
            {"value": 6, "kind": "measure", "unit": "year of age", "qualifier": "<"},
        ),
        (
            "Babies under 1 are most at risk, doctors warned.",
            {"value": 1, "kind": "measure", "unit": "year of age", "qualifier": "<"},
        ),
        (
            "Adults over 65 should book a booster.",
            {"value": 65, "kind": "measure", "unit": "year of age", "qualifier": ">"},
        ),
        # other people, or a unit after the number
        (
            "Pupils over 8 in the hall got lunch.",
            {"value": 8, "kind": "count", "unit": None, "qualifier": ">"},
        ),
        (
            "Teams under 5 points were cut.",
            {"value": 5, "kind": "measure", "unit": "point", "qualifier": "<"},
        ),
        (
            "The kids over 5 feet tall rode free.",
            {"value": 5, "kind": "measure", "unit": "foot", "qualifier": ">"},
        ),
    ],
)
def test_children_ages(phrase: str, expected: dict[str, object]) -> None:
    check_phrase(phrase, expected)
