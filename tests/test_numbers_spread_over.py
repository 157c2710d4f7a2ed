"""The ``numbers`` field: "over" right after an amount of money is the time the amount is
spread across, as budgets write it ("£2bn over five years": five years, ``=``), its scale
glued to it or not; "over" before an amount of time on its own is still "more than"."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "years", "qualifier"),
    [
        ("The government will spend £2bn over five years on new prisons.", "five", "="),
        ("The council set aside €40m over three years for roads.", "three", "="),
        ("The grant gives $50k over two years to each school.", "two", "="),
        ("Ministers pledged €12.5bn over five years for housing.", "five", "="),
        ("Ottawa will spend $45 billion over 10 years on care.", "10", "="),
        # "more than"
        ("He spent over 12 years in prison.", "12", ">"),
    ],
)
def test_over_after_money_is_the_time_it_is_spread_over(
    text: str, years: str, qualifier: str
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == years]
    assert (quantity.unit, quantity.qualifier) == ("year", qualifier)
