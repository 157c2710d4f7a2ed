"""A number shaped as a year at one end of a range of quantities is no year: the dates field
leaves it, and the numbers field reads the whole range (see ``docs/resolution.rst``). Each
row is a sentence of news, the dates it holds and the numbers."""

from __future__ import annotations

import datetime

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["dates", "numbers"])


def found(text: str) -> tuple[list[str], list[tuple[str, float | None, float | None]]]:
    """The dates' texts and the numbers' texts with their low and high ends."""
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=datetime.date(2025, 7, 10)))
    return [d.text for d in result.dates], [(q.text, q.low, q.high) for q in result.numbers]


@pytest.mark.parametrize(
    ("text", "dates", "numbers"),
    [
        # the other end is no year: a number out of the years, or with a comma
        (
            "Most adults need 1800 - 2500 calories.",
            [],
            [("1800 - 2500", 1800, 2500)],
        ),
        ("Some 1,500 to 2000 people marched.", [], [("1,500 to 2000", 1500, 2000)]),
        # or a year-shaped number before a counted noun, or a percentage
        ("Rents rose 1900-2000 percent.", [], [("1900-2000 percent", 1900, 2000)]),
        ("Between 1710 and 1910 homes burned.", [], [("1710 and 1910", 1710, 1910)]),
        # or two year-shaped ends more than a century apart before a plural
        (
            "The bank will grow from 1000 to 2000 tellers this year.",
            ["this year"],
            [("1000 to 2000", 1000, 2000)],
        ),
        ("It plans 1600-2000 hires.", [], [("1600-2000", 1600, 2000)]),
        # years at both ends stay years
        ("The hall was built between 1710 and 1910.", ["1710", "1910"], []),
        # years a century apart or less, or before no plural, stay years
        ("The 2008 and 2012 races were costly.", ["2008", "2012"], []),
        (
            "Between 1650 and 1850 global temperatures fell.",
            ["1650", "1850"],
            [],
        ),
        # the last digits of a telephone number are no year either
        ("Call the desk at 212-555-2060 for details.", [], []),
        # a range rises: a year and its figure after it, as a list writes them
        ("Road deaths by year: 2018 - 1,500.", ["2018"], [("1,500", None, None)]),
        # a word of time before the year keeps it: a year and a level
        ("Sales rose in 2019 to 2,500 units.", ["2019"], [("2,500", None, None)]),
    ],
)
def test_a_range_of_quantities_holds_no_year(
    text: str, dates: list[str], numbers: list[tuple[str, float | None, float | None]]
) -> None:
    assert found(text) == (dates, numbers)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # "from X to Y" with X's unit, time or place before "to": one range
        (
            "Average mileage rose from 22 miles per gallon in 2010 to 31 mpg.",
            [("22 miles per gallon in 2010 to 31", 22, 31)],
        ),
        ("Flats range from 500 sq ft up to 800 sq ft.", [("500 sq ft up to 800", 500, 800)]),
        # a fall: low the smaller end, high the larger
        (
            "Copper fell from $9,100 on Monday to $8,750.",
            [("$9,100 on Monday to $8,750", 8750, 9100)],
        ),
        ("Arrests fell from 212 in 2021 to 187.", [("212 in 2021 to 187", 187, 212)]),
        # not past a count's own noun, nor across a clause
        ("The alliance grew from 12 members to 16.", [("12", None, None), ("16", None, None)]),
        (
            "Sales fell from 500 units, he said, to 300.",
            [("500", None, None), ("300", None, None)],
        ),
    ],
)
def test_from_one_amount_to_another_is_a_range(
    text: str, numbers: list[tuple[str, float | None, float | None]]
) -> None:
    assert found(text)[1] == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a local telephone number: three digits, a hyphen and four, no noun after
        ("Anyone with information should call police at 362-8147.", []),
        ("Call the county clerk at 362-4415 or 362-4473.", []),
        # a range's round high end, or a noun after it, keeps the range
        ("Most adults need 800-1200 calories.", [("800-1200", 800, 1200)]),
        ("A crowd of 350-1255 people gathered.", [("350-1255", 350, 1255)]),
    ],
)
def test_a_local_telephone_number_is_no_range(
    text: str, numbers: list[tuple[str, float | None, float | None]]
) -> None:
    assert found(text)[1] == numbers
