"""The organizations field on a maker's name before a model's number: the product, not the
company (``thing_checks.model_number_after``). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity flew the patients home on a chartered Boeing 767.", []),
        ("Her Boeing 787-9 was grounded for a week, the airline said.", []),
        ("Futures on the Nasdaq 100 slipped before the bell.", []),
        # the maker itself, elsewhere in the text, stays
        ("The Boeing 767 was delivered late, and Boeing paid a penalty.", ["Boeing"]),
    ],
)
def test_a_name_before_a_model_number_is_the_product(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year, a count of four digits: no model
        ("Boeing 2019 deliveries fell by a third.", ["Boeing"]),
        ("Boeing 1200 workers went on strike in Wichita.", ["Boeing"]),
        # a possessive: the owner of what is counted
        ("Exxon's 400 tankers were idle in March.", ["Exxon"]),
        # a name of another kind: a newsroom's telephone line
        ("-- Oslo Newsroom 47-2241-9911", ["Oslo Newsroom"]),
    ],
)
def test_the_company_stays_before_other_numbers(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
