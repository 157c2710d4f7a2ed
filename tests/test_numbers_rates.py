"""The ``numbers`` field's rates written with a slash. Each row is a sentence of news and
the facts it gives."""

from __future__ import annotations

import pytest

from number_checks import numbers

# text, kind, unit
Row = tuple[str, str, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petrol costs $3.50/gallon in the valley.", [("$3.50", "money", "dollar per gallon")]),
        ("The stock closed at $12/share.", [("$12", "money", "dollar per share")]),
        (
            "Office rents reached £25/sq ft in the centre.",
            [("£25", "money", "pound sterling per square foot")],
        ),
        ("Diesel sold at €1.80/l on the coast.", [("€1.80", "money", "euro per litre")]),
        (
            "Gas futures rose to $3/MMBtu.",
            [("$3", "money", "dollar per million british thermal unit")],
        ),
        ("Cleaners earn $40/hour in the city.", [("$40", "money", "dollar per hour")]),
        ("The show charges $12/ticket.", [("$12", "money", "dollar per ticket")]),
        ("Prices grew 5%/year.", [("5%", "percent", "percent per year")]),
        ("The dose was 5mg/kg.", [("5", "measure", "milligram per kg")]),
        ("The dose was 2 mg/kg/day.", [("2", "measure", "milligram per kg per day")]),
        (
            "Pollution reached 300 µg/m3 in the capital.",
            [("300", "measure", "microgram per cubic metre")],
        ),
        ("Rain fell at 50 mm/hr overnight.", [("50", "measure", "millimetre per hour")]),
        ("The farm yields 2.5 tonnes/ha of wheat.", [("2.5", "measure", "tonne per hectare")]),
        ("Fields above 10 kV/cm were applied.", [("10", "measure", "kilovolt per centimetre")]),
        ("His blood sugar was 110 mg/dL.", [("110", "measure", "milligram per decilitre")]),
        # a unit with its slash stays one unit
        ("The train reached 120 km/h.", [("120", "measure", "kilometre per hour")]),
        # no rate: a percentage per anything but time, a determiner, or no unit before it
        ("Payouts were 3%/share.", [("3%", "percent", "percent")]),
        ("He paid $5/the lot.", [("$5", "money", "dollar")]),
        ("The odds were $7/$9.", [("$7", "money", "dollar"), ("$9", "money", "dollar")]),
    ],
)
def test_a_rate_after_a_slash_joins_the_unit(text: str, expected: list[Row]) -> None:
    assert [(q.text, q.kind, q.unit) for q in numbers(text)] == expected
