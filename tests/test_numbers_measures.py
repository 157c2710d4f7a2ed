"""The ``numbers`` field's measures of the unit table that news of power, farming, jewellery,
data and building write. Each row is a sentence of news and the facts it gives."""

from __future__ import annotations

import pytest

import newsfacts
import newsfacts_numbers
from newsfacts import Quantity


def numbers(text: str) -> list[Quantity]:
    """The numbers of ``text`` found by the plugin alone (no dates field to defer to)."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    return newsfacts_numbers.extract(document)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The grid operator will build a 400-kilovolt line to the coast.",
            [("400", "measure", "kilovolt")],
        ),
        ("The cable carries 132 kV to the substation.", [("132", "measure", "kilovolt")]),
        ("Shoppers switched to the 60-watt bulbs.", [("60", "measure", "watt")]),
        ("The charger is rated at 13 amps.", [("13", "measure", "ampere")]),
        (
            "The thieves took an 18-carat gold necklace and a 2 carat diamond.",
            [("18", "measure", "carat"), ("2", "measure", "carat")],
        ),
        (
            "Drinkers in the region bought 3.2 million pints of cider and 40,000 quarts of milk.",
            [("3.2 million", "measure", "pint"), ("40,000", "measure", "quart")],
        ),
        ("Each bottle holds 12 fluid ounces.", [("12", "measure", "fluid ounce")]),
        (
            "Farmers in Iowa harvested 2.5 billion bushels of corn.",
            [("2.5 billion", "measure", "bushel")],
        ),
        (
            "The new data centre can store 40 petabytes, and the network moves 2 exabytes a year.",
            [("40", "measure", "petabyte"), ("2", "measure", "exabyte per year")],
        ),
        ("The warhead had a yield of about 15 kilotons.", [("15", "measure", "kilotonne")]),
        (
            "Crews removed 80,000 cubic yards of mud from 3,000 square yards of streets.",
            [("80,000", "measure", "cubic yard"), ("3,000", "measure", "square yard")],
        ),
    ],
)
def test_units_of_power_farming_jewellery_data_and_building(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(q.text, q.kind, q.unit) for q in numbers(text)] == expected

