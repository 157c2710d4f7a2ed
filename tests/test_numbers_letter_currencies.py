"""The ``numbers`` field: currencies written with one capital letter glued to the amount, as
South African, Nigerian and Philippine papers write the rand, the naira and the peso
(``data/letter_currencies.tsv``), read only before an amount that reads as money."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eskom will spend R75 billion on new plants.",
            [("R75 billion", 75_000_000_000, "money", "south african rand", "ZAR")],
        ),
        (
            "The project will cost R1.2bn.",
            [("R1.2bn", 1_200_000_000, "money", "south african rand", "ZAR")],
        ),
        (
            "Petrol will cost R21.50 a litre from Wednesday.",
            [("R21.50", 21.5, "money", "south african rand per litre", "ZAR")],
        ),
        (
            "A season ticket now costs R1,200.",
            [("R1,200", 1200, "money", "south african rand", "ZAR")],
        ),
        (
            "The president presented a N54.99 trillion budget.",
            [("N54.99 trillion", 54_990_000_000_000, "money", "nigerian naira", "NGN")],
        ),
        (
            "Damage to crops reached P1.4 billion.",
            [("P1.4 billion", 1_400_000_000, "money", "philippine peso", "PHP")],
        ),
    ],
)
def test_a_currency_letter_before_money_is_that_currency(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Take the R445 towards Naas.",  # an Irish regional road
        "Nurses were short of N95 masks.",  # a mask's grade
        "He was handed his P45 on Friday.",  # a British form
        "The app's R2.5 update is out.",  # a version: one decimal
        "The ZR18.45 code.",  # the letter ends a longer word
    ],
)
def test_a_letter_before_a_code_is_no_currency(text: str) -> None:
    assert [row for row in facts(text) if row[2] == "money"] == []
