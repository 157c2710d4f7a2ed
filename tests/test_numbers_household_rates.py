"""The ``numbers`` field: the rates of household and energy news, an amount per fortnight
(pay, benefits and mortgages in New Zealand and Australia) or per unit of energy
(``data/rates.tsv``)."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Homeowners could save NZ$150 a fortnight.",
            [("NZ$150", 150, "money", "new zealand dollar per fortnight", "NZD")],
        ),
        (
            "The payment rises to $400 per fortnight.",
            [("$400", 400, "money", "dollar per fortnight", "USD")],
        ),
        (
            "Households pay R3.50 a kilowatt hour.",
            [("R3.50", 3.5, "money", "south african rand per kilowatt hour", "ZAR")],
        ),
        (
            "Power traded at €90/MWh on Monday.",
            [("€90", 90, "money", "euro per megawatt hour", "EUR")],
        ),
        (
            "Power traded at €85 a megawatt-hour.",
            [("€85", 85, "money", "euro per megawatt hour", "EUR")],
        ),
    ],
)
def test_rates_per_fortnight_and_per_unit_of_energy(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


def test_a_fortnight_ago_is_no_rate() -> None:
    assert facts("The fund paid out $300 a fortnight ago.") == [
        ("$300", 300, "money", "dollar", "USD")
    ]


# An adjective between "per" and the noun of the rate is no part of the unit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state pays up to $1,815 per eligible household.",
            [("$1,815", 1815, "money", "dollar per household", "USD")],
        ),
        (
            "The count cost $4 per registered voter.",
            [("$4", 4, "money", "dollar per voter", "USD")],
        ),
    ],
)
def test_a_rate_per_a_noun_past_its_adjective(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
