"""The ``numbers`` field: "over" before an amount of time means "during" after a verb of
change ("Cases fell over 12 months") or an amount and up to four words of its noun ("lost
15% of their body weight over 72 weeks"): ``=``; after "for" it is more than ("for over
two years") and so it stays after a verb with its object ("He spent over 12 years")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("Patients lost an average of 15% of their body weight over 72 weeks.", "72", "="),
        ("Flu cases fell over 12 months, the agency said.", "12", "="),
        ("Sales have doubled over five years.", "five", "="),
        ("Prices rose 4% over three years.", "three", "="),
        # more than
        ("Rent was $300 a month for over two years.", "two", ">"),
        ("He spent over 12 years in prison.", "12", ">"),
        ("He lost over 10 years of his life to the illness.", "10", ">"),
    ],
)
def test_over_a_span_of_time(text: str, span: str, qualifier: str) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.qualifier == qualifier
