"""The ``numbers`` field: the noun phrase a number counts ends before a verb of what plural
subjects make, earn or carry ("Its two motors produce 670 horsepower" counts "motors", not
"motors produce")."""

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
    ],
)
def test_a_verb_after_the_noun_ends_what_is_counted(text: str, span: str, counted: str) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
