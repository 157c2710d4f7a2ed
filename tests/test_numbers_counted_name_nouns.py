"""The ``numbers`` field: a name after a noun for one person or one side stands in apposition
to it and ends the counted phrase, when the name's capitalized words end the phrase ("his
second wife Jane Doe" counts "wife"); a name before another noun describes that noun and
stays ("three rookie NFL quarterbacks")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("The prince and his second wife Jane Doe , a painter, moved in 1990.", "second", "wife"),
        ("Her third husband Tom Brown said nothing.", "third", "husband"),
        (
            "Italian third division team Rivoli will be without its captain.",
            "third",
            "division team",
        ),
        (
            "She now plays for Dutch first division side Almere , her agent said.",
            "first",
            "division side",
        ),
        (
            "Its third largest bus operator Transco already runs the route.",
            "third",
            "largest bus operator",
        ),
        ("She sits on the nine member Harbour Board , which meets monthly.", "nine", "member"),
        # a name that describes the noun after it stays
        ("The team signed three rookie NFL quarterbacks.", "three", "rookie NFL quarterbacks"),
        (
            "There were two extremist Islamist groups in the town.",
            "two",
            "extremist Islamist groups",
        ),
        (
            "It was one of presumptive nominee Jane Doe's rallies.",
            "one",
            "presumptive nominee Jane Doe's rallies",
        ),
    ],
)
def test_a_name_after_a_noun_for_one_person_ends_what_is_counted(
    text: str, span: str, counted: str
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
