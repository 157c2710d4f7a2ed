"""The ``numbers`` field: units written with one capital letter after the number that are
units only where their sentence speaks of what they measure (``data/letter_units.tsv``): the
farad of a capacitor, the rand of a price, the roentgen of a dose; elsewhere the letter is a
temperature's as before, or a grade, a party or a seat."""

from __future__ import annotations

import pytest

from number_checks import Row, facts, numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capacitor's farads
        (
            "Each supercapacitor cell stores 3000 F at 2.7 volts.",
            [
                ("3000", 3000, "measure", "farad", None),
                ("2.7", 2.7, "measure", "volt", None),
            ],
        ),
        ("The board uses a 1 F capacitor as backup.", [("1", 1, "measure", "farad", None)]),
        # a price in rand
        (
            "A litre of diesel costs 21 R at the pump.",
            [("21", 21, "money", "south african rand", "ZAR")],
        ),
        (
            "Parking attendants pay 15 R a day.",
            [("15", 15, "money", "south african rand per day", "ZAR")],
        ),
        # a dose of radiation in roentgen
        (
            "Workers were limited to a dose of 5 R per year.",
            [("5", 5, "measure", "roentgen per year", None)],
        ),
        # elsewhere a temperature, a party's letter, a code
        ("Phoenix hit 118 F on Monday.", [("118", 118, "measure", "fahrenheit", None)]),
        (
            "The Senate has 53 R and 47 D members.",
            [("53", 53, "count", None, None), ("47", 47, "count", None, None)],
        ),
        ("The fee was paid by 3 R-Texas members.", [("3", 3, "count", None, None)]),
    ],
)
def test_a_letter_after_a_number_is_a_unit_where_its_sentence_says_so(
    text: str, expected: list[Row]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Jenkins ran for 112 yards and 2 TDs.", "TDs"),
        ("He had 2 INTs and was sacked twice.", "INTs"),
    ],
)
def test_a_sports_count_in_capitals_is_what_is_counted_no_unit(text: str, counted: str) -> None:
    [count] = [quantity for quantity in numbers(text) if quantity.text == "2"]
    assert (count.kind, count.unit, count.counted) == ("count", None, counted)
