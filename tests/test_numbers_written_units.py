"""The ``numbers`` field's units as news write them around the number: a unit's system
between the number and its unit ("1.5 US gallons") and the country "US" in a counted phrase.
Each row is a sentence of news and the facts it gives."""

from __future__ import annotations

import pytest

import newsfacts
import newsfacts_numbers
from newsfacts import Quantity


def numbers(text: str) -> list[Quantity]:
    """The numbers of ``text`` found by the plugin alone (no dates field to defer to)."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    return newsfacts_numbers.extract(document)


# text, value, kind, unit, currency, counted
Row = tuple[str, float | None, str, str | None, str | None, str | None]


def facts(text: str) -> list[Row]:
    return [(q.text, q.value, q.kind, q.unit, q.currency, q.counted) for q in numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the system of a measure between the number and its unit
        (
            "The old boiler burned 1.5 US gallons of fuel an hour.",
            [("1.5", 1.5, "measure", "gallon per hour", None, "fuel")],
        ),
        (
            "The barge carried 300 U.S. tons of grain.",
            [("300", 300, "measure", "ton", None, "grain")],
        ),
        ("Pour in half a US pint of stock.", [("half", 0.5, "measure", "pint", None, "stock")]),
        # a currency word with "US" is the currency's own name, as before
        (
            "The fund raised 2 billion US dollars.",
            [("2 billion", 2_000_000_000, "money", "dollar", "USD", None)],
        ),
        # "US" before no unit of measure is the country of what is counted
        ("Five US states sued the agency.", [("Five", 5, "count", None, None, "US states")]),
        ("About 2,000 US troops left.", [("2,000", 2000, "count", None, None, "US troops")]),
        (
            "One fourth of the US workforce is unionized.",
            [("One fourth", 0.25, "fraction", None, None, "US workforce")],
        ),
        # the pronoun still ends the phrase
        ("He gave two of us a lift home.", [("two", 2, "count", None, None, None)]),
    ],
)
def test_a_units_system_and_the_country_us(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-letter unit after one space, before a word in lower case or a mark
        (
            "The recipe mixes 20 g of sugar with 3 l of water.",
            [
                ("20", 20, "measure", "gram", None, "sugar"),
                ("3", 3, "measure", "litre", None, "water"),
            ],
        ),
        ("Workers built a 5 m wall along the river.", [("5", 5, "measure", "m", None, None)]),
        (
            "The kit has a 12 V battery and a 5 W charger.",
            [("12", 12, "measure", "volt", None, None), ("5", 5, "measure", "watt", None, None)],
        ),
        # or before an abbreviation in capitals that a word in lower case follows
        (
            "It has no GPS and no NFC, yet the lamp comes with a 7 W USB-C charger.",
            [("7", 7, "measure", "watt", None, None)],
        ),
        (
            "The fan runs on a 12 V DC motor and a 60 W LED lamp.",
            [("12", 12, "measure", "volt", None, None), ("60", 60, "measure", "watt", None, None)],
        ),
        ("Each sachet weighs 3 g.", [("3", 3, "measure", "gram", None, None)]),
        ("She won the 100 m freestyle in Rome.", [("100", 100, "measure", "m", None, None)]),
        ("The shares closed at 164 p, a record.", [("164", 164, "money", "penny", "GBP", None)]),
        # a spaced "m" of money is millions
        (
            "The club paid £5 m for the striker.",
            [("£5 m", 5_000_000, "money", "pound sterling", "GBP", None)],
        ),
        ("The firm earned 40 m euros.", [("40 m", 40_000_000, "money", "euro", "EUR", None)]),
        # not a letter of a street, a name or a code
        ("The shop moved to 100 W Main Street.", []),
        (
            "THE SHOP MOVED TO 100 W MAIN ST in June.",
            [("100", 100, "count", None, None, "W MAIN ST")],
        ),
        ("The air force sent 40 F-15 jets.", [("40", 40, "count", None, None, "F-15 jets")]),
        ("Highs reached 38 C in Paris.", [("38", 38, "measure", "celsius", None, None)]),
        # a degrees' letter before a word of heat or one that links it on, no other word
        (
            "Phoenix hit 118 F yesterday, a record.",
            [("118", 118, "measure", "fahrenheit", None, None)],
        ),
        (
            "Temperatures passed the 40 C mark again this afternoon.",
            [("40", 40, "measure", "celsius", None, None)],
        ),
        (
            "It was a sweltering 104 F afternoon amid a 45 C week in Delhi.",
            [
                ("104", 104, "measure", "fahrenheit", None, None),
                ("45", 45, "measure", "celsius", None, None),
            ],
        ),
        (
            "The alloy has a 12 C melting point.",
            [("12", 12, "measure", "celsius", None, None)],
        ),
        (
            "Teachers handed out 12 F grades last term.",
            [("12", 12, "count", None, None, "F grades")],
        ),
        (
            "The school had 14 C students and 3 F students.",
            [
                ("14", 14, "count", None, None, "C students"),
                ("3", 3, "count", None, None, "F students"),
            ],
        ),
    ],
)
def test_a_one_letter_unit_after_a_space(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inches written "in" glued to the number, as British papers convert
        (
            "Up to 82mm (3.2in) of rain fell overnight.",
            [
                ("82", 82, "measure", "millimetre", None, None),
                ("3.2", 3.2, "measure", "inch", None, None),
            ],
        ),
        ("They ordered a 12in pizza.", [("12", 12, "measure", "inch", None, None)]),
        # spaced or hyphenated, "in" is the preposition
        (
            "Nearly 3 in 10 voters stayed home.",
            [("3 in 10", 0.3, "fraction", None, None, "voters")],
        ),
        ("Police arrested 4 in the raid.", [("4", 4, "count", None, None, None)]),
    ],
)
def test_inches_glued_to_the_number(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number glued to a kind of thing names the kind; a count before it counts the kind
        (
            "Ruiz hit seven 3-pointers against Duke.",
            [("seven", 7, "count", None, None, "3-pointers")],
        ),
        ("She sank a three-pointer at the buzzer.", []),
        (
            "Two 18-wheelers collided on the interstate.",
            [("Two", 2, "count", None, None, "18-wheelers")],
        ),
        ("He hit a 7-iron to 10 feet.", [("10", 10, "measure", "foot", None, None)]),
        ("Dealers sold 300 4-door sedans.", [("300", 300, "count", None, None, "4-door sedans")]),
        # a noun glued to a number that is no kind is still what the number counts
        ("The court issued a 42-page ruling.", [("42", 42, "count", None, None, "page")]),
    ],
)
def test_a_number_glued_to_a_kind_names_it(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 slipped in early trade.",
        # the index's name as text stripped of its ampersand writes it
        "The SP 500 slipped in early trade.",
        "the sp 500 slipped in early trade.",
        "The S P 500 slipped in early trade.",
    ],
)
def test_the_s_and_p_index_without_its_ampersand_is_a_name(text: str) -> None:
    assert facts(text) == []
