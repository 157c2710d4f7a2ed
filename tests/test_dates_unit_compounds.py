"""A bare plural unit after a noun it makes a compound with ("snow days", "sick days",
"strike days", "man-hours", "light years") names days or hours of a kind, no amount of time;
a unit alone or after a qualifier stays a vague amount ("Talks could take days", "in recent
days"), and a counted one after a word of the rule duration an amount ("10 working days").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from date_checks import dates

NO_AMOUNT = [
    "Schools have used up all their snow days.",
    "Nurses took more sick days than any other staff.",
    "The union counted 40,000 strike days across the sector.",
    "The refit took some 5,000 man-hours.",
    "The galaxy lies millions of light years away.",
    "Fans filled the square on match days.",
]

AMOUNTS = [
    ("Talks could take days, the mediator said.", "days", "PXD"),
    ("Prices have risen in recent days.", "recent days", "PXD"),
    ("The repairs will take 10 working days.", "10 working days", "P10D"),
]


@pytest.mark.parametrize("sentence", NO_AMOUNT)
def test_a_compound_with_a_unit_is_no_amount(sentence: str) -> None:
    assert [fact.text for fact in dates(sentence)] == []


@pytest.mark.parametrize(("sentence", "expression", "value"), AMOUNTS)
def test_a_unit_alone_stays_an_amount(sentence: str, expression: str, value: str) -> None:
    assert (expression, value) in [(fact.text, fact.value) for fact in dates(sentence)]
