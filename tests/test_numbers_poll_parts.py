"""The ``numbers`` field: a part right before a verb, as polls and surveys report the share of
the people asked ("A third said they would vote Labour", "a quarter backed the Tories", "half
said they were undecided"; ``data/part_verbs.txt``), is a fraction, not a rank."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A third said they would vote Labour, a quarter backed the Tories and half said "
            "they were undecided.",
            [
                ("A third", "fraction", "="),
                ("a quarter", "fraction", "="),
                ("half", "fraction", "="),
            ],
        ),
        ("Nearly a fifth said the economy was improving.", [("a fifth", "fraction", "~")]),
        ("More than half have an unfavourable view of him.", [("half", "fraction", ">")]),
        # ranks stay ranks
        ("He won a third term in May.", [("third", "ordinal", "=")]),
        ("A third round of talks will be held.", [("third", "ordinal", "=")]),
    ],
)
def test_a_part_before_a_verb_is_a_share(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.kind, q.qualifier) for q in numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("About 6 in 10 want a new leader.", None),
        ("About 3 in 10 support the plan.", None),
        ("Some 7 in 10 voters back the plan.", "voters"),
        ("Half the support staff left.", "support staff"),
    ],
)
def test_a_verb_after_a_share_is_its_verb(text: str, counted: str | None) -> None:
    """A poll's share before a verb of a plural subject ("6 in 10 want") counts no noun."""
    assert [q.counted for q in numbers(text)] == [counted]
