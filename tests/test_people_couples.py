"""Two people named by their given names joined by "and" before the surname they share: the
first given name, written alone, names the first person in full (``couples.py``)."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shelter was founded by Nora and Paul Whitcombe in 1998.",
            [("Nora", "Nora Whitcombe"), ("Paul Whitcombe", "Paul Whitcombe")],
        ),
        (
            "Late on Saturday, Ellen and Tomas Varga, 27 and 29, left the camp.",
            [("Ellen", "Ellen Varga"), ("Tomas Varga", "Tomas Varga")],
        ),
        # a word of a person the article names in full stays that person's
        (
            "Senator Ruth Calder met donors. She thanked Ruth and Dale Harmon for their gift.",
            [
                ("Ruth Calder", "Ruth Calder"),
                ("Ruth", "Ruth Calder"),
                ("Dale Harmon", "Dale Harmon"),
            ],
        ),
    ],
)
def test_a_given_name_before_and_a_full_name_shares_its_surname(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p.text, p.name) for p in people(text)] == expected
