"""The ``numbers`` field's measures of the unit table that news of power, farming, jewellery,
data and building write, and the counted phrases of "one of the most ..." and "a pick or
two". Each row is a sentence of news and the facts it gives."""

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
        (
            "The barrage passed 420,000 cusecs as the river rose.",
            [("420,000", "measure", "cubic foot per second")],
        ),
    ],
)
def test_units_of_power_farming_jewellery_data_and_building(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(q.text, q.kind, q.unit) for q in numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge is one of the most costly crossings ever built.",
            [("one", "most costly crossings")],
        ),
        (
            "Rivera is one of the most gifted and creative defenders in the league.",
            [("one", "most gifted and creative defenders in the league")],
        ),
        # ... and where the superlative holds: a place, a name, "the world", "his life"
        (
            "Harlow Field is one of the oldest stadiums in America.",
            [("one", "oldest stadiums in America")],
        ),
        (
            "The 10 largest banks in the country lost money.",
            [("10", "largest banks in the country")],
        ),
        (
            "It was one of the happiest days in her life.",
            [("one", "happiest days in her life")],
        ),
        # not an adjective before its noun, nor "the history of"
        ("It was one of the greatest upsets in U.S. history.", [("one", "greatest upsets")]),
        ("It was the biggest prize in the history of the contest.", []),
        ("Two tests in America failed.", [("Two", "tests")]),
        (
            "He was one of the most divisive figures in Canadian public life.",
            [("one", "most divisive figures")],
        ),
        ("Regulators removed the three most popular apps.", [("three", "most popular apps")]),
        ("The 10 least visited parks are in Alaska.", [("10", "least visited parks")]),
        ("Of the 12, most were released on bail.", [("12", None)]),
        # an adjective with no noun after it counts nothing; "ever" ends the phrase
        ("He is one of the most respected in the league.", [("one", None)]),
        ("Hall became the first woman ever elected mayor.", [("first", "woman")]),
    ],
)
def test_a_superlative_opens_the_counted_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.counted) for q in numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rams may trade down to add another pick or two.",
            [("two", 2, "count", None, "pick")],
        ),
        (
            "The club hopes to sign a striker or two before the deadline.",
            [("two", 2, "count", None, "striker")],
        ),
        (
            "The storm could drop an inch or two of rain on the coast.",
            [("two", 2, "measure", "inch", "rain")],
        ),
        # an amount of money is left to its own rules
        ("Shares may fall a dollar or two.", [("two", 2, "count", None, None)]),
        # a larger number is no afterthought
        ("He sold a house or 20 last year.", [("20", 20, "count", None, None)]),
    ],
)
def test_a_small_count_after_or_counts_the_noun_before_it(
    text: str, expected: list[tuple[str, int, str, str | None, str | None]]
) -> None:
    assert [(q.text, q.value, q.kind, q.unit, q.counted) for q in numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan has a life expectancy of 84.", ("84", "measure", "year of age")),
        (
            "Life expectancy at birth fell to 76.4, the CDC said.",
            ("76.4", "measure", "year of age"),
        ),
        ("Life expectancy rose to 78.5 years.", ("78.5", "measure", "year")),
        ("Life expectancy in 40 countries fell.", ("40", "count", None)),
    ],
)
def test_a_bare_number_after_life_expectancy_is_an_age(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    [found] = numbers(text)
    assert (found.text, found.kind, found.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gallery hung a print measuring 16 by 20 inches.",
            [("16", 16, "inch"), ("20", 20, "inch")],
        ),
        (
            "The prisoners shared a 10-by-12-foot cell.",
            [("10", 10, "foot"), ("12", 12, "foot")],
        ),
        (
            "Volunteers painted a banner 3 x 4 metres wide.",
            [("3", 3, "m"), ("4", 4, "m")],
        ),
        (
            "The crate was 20 by 16 by 8 feet.",
            [("20", 20, "foot"), ("16", 16, "foot"), ("8", 8, "foot")],
        ),
        # a race's legs are no size
        ("She anchored the 4 x 100 metres relay.", [("4", 4, None), ("100", 100, "m")]),
    ],
)
def test_each_number_of_a_size_is_in_its_unit(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert [(q.text, q.value, q.unit) for q in numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The repairs took three or four years.", [("three or four", 3, 4, "year")]),
        ("Patients waited 10 or 15 minutes.", [("10 or 15", 10, 15, "minute")]),
        ("The storm lasted one or two days.", [("one or two", 1, 2, "day")]),
        # glued to its unit by hyphens
        ("He faces a 5-to-10-year sentence.", [("5-to-10", 5, 10, "year")]),
        ("Its 0-to-60-mph time fell.", [("0-to-60", 0, 60, "mile per hour")]),
        # two choices, not a range between them
        (
            "The mayor will serve four or eight years.",
            [("four", 4, None, "year"), ("eight", 8, None, "year")],
        ),
        # other units: two amounts, as NewsQuant reads them
        (
            "Lunch costs eight or nine euros.",
            [("eight", 8, None, "euro"), ("nine", 9, None, "euro")],
        ),
    ],
)
def test_a_span_of_time_guessed_or_glued_between_two_ends_is_one_range(
    text: str, expected: list[tuple[str, int, int | None, str]]
) -> None:
    found = [(q.text, q.value, q.high, q.unit) for q in numbers(text)]
    assert found == expected
