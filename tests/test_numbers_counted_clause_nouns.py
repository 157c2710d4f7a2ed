"""The ``numbers`` field: a capitalized word after a noun a clause without "that" follows
(``data/clause_nouns.txt``: "time", "way", "reason", ...) is the clause's subject and ends the
counted phrase ("the second time Garcia had won" counts "time")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("It was the second time Garcia had won the cup.", "second", "time"),
        ("This is not the first time Helen Ward has been fined.", "first", "time"),
        ("One reason Senators hesitate is the price.", "One", "reason"),
        ("He found one way Lopez could still qualify.", "one", "way"),
        ("There is one thing Mayor Chen keeps saying.", "one", "thing"),
        ("The club bought three Premier League tickets.", "three", "Premier League tickets"),
    ],
)
def test_a_name_after_a_clause_noun_ends_what_is_counted(
    text: str, span: str, counted: str
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
