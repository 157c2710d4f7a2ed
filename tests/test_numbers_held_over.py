"""The ``numbers`` field: "over" before an amount of time after an event held or taking
place is the time the event lasts, not "more than": "talks were held over two days" and "the
festival takes place over three days" are two and three days, ``=``, as "will be paid out
over five years" is; "spent over 12 years in prison" is still more than 12."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "amount", "unit", "qualifier"),
    [
        ("Talks were held over two days in Geneva.", "two", "day", "="),
        ("The tournament will be held over 10 days in July.", "10", "day", "="),
        ("The festival takes place over three days in August.", "three", "day", "="),
        ("The hearing took place over two weeks.", "two", "week", "="),
        # as before: an amount of time held for, or people held
        ("The trial will be spread over four months.", "four", "month", "="),
        ("He spent over 12 years in prison.", "12", "year", ">"),
        ("Police held over 200 people.", "200", None, ">"),
    ],
)
def test_over_after_an_event_held_is_how_long_it_lasts(
    text: str, amount: str, unit: str | None, qualifier: str
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == amount]
    assert (quantity.unit, quantity.qualifier) == (unit, qualifier)
