"""The ``numbers`` field: a figure hedged right before it by "perhaps", "maybe", "probably"
or "possibly" is approximate ("~"), as "about" makes it: "perhaps 200 people marched", "it
lasted maybe 10 seconds", "probably 80,000 in all". A hedge on the verb leaves the figure
("will probably cut 80,000 jobs")."""

from __future__ import annotations

import pytest

from number_checks import check_phrase


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Perhaps 200 people marched on Sunday.", {"value": 200, "qualifier": "~"}),
        ("The shaking lasted maybe 10 seconds.", {"value": 10, "qualifier": "~"}),
        ("The toll was probably 80,000 in all.", {"value": 80000, "qualifier": "~"}),
        ("The plan would cut possibly 3% of staff.", {"value": 3, "qualifier": "~"}),
        ("The plant will probably cut 80,000 jobs.", {"value": 80000, "qualifier": "="}),
    ],
)
def test_hedged_figures(phrase: str, expected: dict[str, object]) -> None:
    check_phrase(phrase, expected)
