"""The ``numbers`` field: a noun for people in lower case after a noun for people, before a
verb in the past or of saying, is the subject of a clause on the counted people ("four
people police detained" counts "people", not "people police"); "police", "staff" and "crew"
before a noun for people describe it ("three women police officers"). The sentences are
made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Roe is among the four people police detained at the depot on Friday.",
            [("four", "people", "detained")],
        ),
        (
            "Four people officials say were hurt in the blast went home on Monday.",
            [("Four", "people", "wounded")],
        ),
        ("The two men officers shot were taken to hospital.", [("two", "men", "wounded")]),
        # a noun for people that describes the noun after it stays in the phrase
        (
            "Three women police officers stopped the van.",
            [("Three", "women police officers", None)],
        ),
        (
            "Two women police officers patrolled the square.",
            [("Two", "women police officers", None)],
        ),
    ],
)
def test_a_clause_subject_after_the_counted_people_ends_the_phrase(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text, q.counted, q.event) for q in numbers(text)] == expected
