"""The people field on companies named like people (``data/company_names.txt``): a listed
company is no person after a business noun that is also an occupation ("Developer"), while
a person named after that noun stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Developer Taylor Wimpey said it would build 500 homes in the town.", []),
        ("Shares in Taylor Wimpey fell 3% after the update.", []),
        ("Taylor Wimpey's chief executive said demand had recovered.", []),
        # a person named after the same noun
        (
            "Developer Taylor Swanson said the plans would go ahead.",
            [("Taylor Swanson", "Developer", None)],
        ),
    ],
)
def test_listed_companies_are_no_people(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of a trade opening the sentence is no given name (data/not_names.txt)
        ("Insurer Aviva said claims rose after the storms.", []),
        ("Chipmaker Arm said its royalties doubled.", []),
        # a company's name of two words or more after it (surroundings.firm_before)
        ("Carmaker Jaguar Land Rover said it would cut 500 jobs.", []),
        ("Automaker General Motors said output fell.", []),
        (
            "Retailer Ocado said sales rose, chief executive Amanda Blake said.",
            [("Amanda Blake", None, "chief executive")],
        ),
    ],
)
def test_a_trade_noun_opening_a_sentence(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
