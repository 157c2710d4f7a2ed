"""The ``numbers`` field's rates: after a slash, and after what a count counts or a measure
measures; and the goods a measure is of. Each row is a sentence of news and the facts it
gives."""

from __future__ import annotations

import pytest

from newsfacts_numbers.goods import singular
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lab runs 10,000 tests per day.", ("count", "test per day", "tests")),
        ("The airline flies 300 flights a week to Asia.", ("count", "flight per week", "flights")),
        (
            "The state can process three thousand coronavirus tests per day.",
            ("count", "coronavirus test per day", "coronavirus tests"),
        ),
        ("Police logged 20 burglaries a month.", ("count", "burglary per month", "burglaries")),
        ("The shelling killed 30 people a day.", ("count", "person per day", "people")),
        (
            "The envoys held three rounds of talks a week.",
            ("count", "round of talks per week", "rounds of talks"),
        ),
        ("The clinic sees 40 patients/day.", ("count", "patient per day", "patients")),
        ("The plant makes hundreds of cars an hour.", ("count", "car per hour", "cars")),
        ("She draws a pension of 180 laris per month.", ("money", "georgian lari per month", None)),
        # a measure of goods
        ("The field has produced 1 million barrels of oil.", ("measure", "barrel", "oil")),
        ("Exports reached 2.5 million tonnes of wheat.", ("measure", "tonne", "wheat")),
        ("The storm dropped two inches of rain.", ("measure", "inch", "rain")),
        ("They ran 8,000 feet of cable downtown.", ("measure", "foot", "cable")),
        ("The rig pumps 800,000 barrels of crude a day.", ("measure", "barrel per day", "crude")),
        (
            "It shipped millions of tons of coal and iron ore.",
            ("measure", "ton", "coal and iron ore"),
        ),
        # ... two things listed after a plural, only the first
        ("It holds 300 tons of coal reserves and open mines.", ("measure", "ton", "coal reserves")),
        # no rate: one said a year before; no goods: a place near, a name, a clause
        ("The firm sold 40 cars a year earlier.", ("count", None, "cars")),
        ("The firm gave its 200 employees a share of the profits.", ("count", None, "employees")),
        ("The firm gave 10 workers a day off.", ("count", None, "workers")),
        # (of a dose, "R" is roentgen: test_numbers_letter_units)
        ("Keep it under 0.5 R per day.", ("count", None, "R")),
        ("He was paid $500 a week's wages.", ("money", "dollar", None)),
        ("The village lies within 5 miles of the border.", ("measure", "mile", None)),
        ("The town is 10 km of Boston.", ("measure", "km", None)),
        ("He was freed after 36 hours of fighting.", ("measure", "hour", None)),
        ("She got one hour of legal coaching.", ("measure", "hour", None)),
        ("The girl was 8 years of age.", ("measure", "year of age", None)),
    ],
)
def test_a_rate_after_what_is_counted_and_the_goods_of_a_measure(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    [quantity] = numbers(text)
    assert (quantity.kind, quantity.unit, quantity.counted) == expected


# A noun as written -> the noun in the singular, as a rate's unit names it
SINGULARS = {
    "tests": "test",
    "burglaries": "burglary",
    "classes": "class",
    "matches": "match",
    "fishermen": "fisherman",
    "people": "person",
    "People": "Person",
    "movies": "movie",
    "CDs": "CD",
    "series": "series",
    "specimen": "specimen",
    "gas": "gas",
    "analysis": "analysis",
    "staff": "staff",
}


def test_a_noun_in_the_singular() -> None:
    assert {noun: singular(noun) for noun in SINGULARS} == SINGULARS
