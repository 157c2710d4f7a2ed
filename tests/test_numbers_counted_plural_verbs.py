"""The ``numbers`` field: the noun phrase a number counts ends before a verb of what plural
subjects make, earn or carry ("Its two motors produce 670 horsepower" counts "motors", not
"motors produce") and before a past tense written as its base form ("2,000 ballots cast")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Its two motors produce 670 horsepower.", "two", "motors"),
        ("Four factories make the parts in Ohio.", "Four", "factories"),
        ("About 300 workers earn less than $15 an hour.", "300", "workers"),
        ("The 12 ships carry 20,000 containers between them.", "12", "ships"),
        ("The firm's 40 stores employ 900 people.", "40", "stores"),
        # a past tense written as its base form
        ("About 2,000 ballots cast by mail were rejected.", "2,000", "ballots"),
        ("One sign read: “Stop the war.”", "One", "sign"),
        ("Two plants shut in May after the floods.", "Two", "plants"),
        ("Some 300 nurses quit last year.", "300", "nurses"),
    ],
)
def test_a_verb_after_the_noun_ends_what_is_counted(text: str, span: str, counted: str) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
