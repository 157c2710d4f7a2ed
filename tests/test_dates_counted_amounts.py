"""A four-digit number after a word that leads only an amount ("more than", "about",
"nearly", "at least") and before a plural counts what the plural names: "has killed more
than 1600 civilians" is no year 1600, and the numbers field reads the count. A year keeps
its plural after other words ("the 2016 candidates", "some 2016 hopefuls") and its levels
("higher than 2005 levels").

The sentences are of the kind wire reports of wars, protests and polls write.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from date_checks import dates
from newsfacts import Quantity

PUBLISHED = dt.date(2018, 3, 6)

COUNTS: list[tuple[str, str]] = [
    ("The two-year siege has left more than 1600 villagers homeless.", "1600"),
    ("About 2000 protesters gathered outside parliament on Sunday.", "2000"),
    ("Nearly 1900 migrants crossed the border in February.", "1900"),
    ("At least 1200 households were still without power.", "1200"),
    ("The poll of fewer than 1500 adults has a wide margin of error.", "1500"),
]


@pytest.mark.parametrize(("sentence", "number"), COUNTS)
def test_a_number_after_an_amount_word_before_a_plural_is_a_count(
    sentence: str, number: str
) -> None:
    assert number not in [fact.text for fact in dates(sentence, PUBLISHED)]
    result = newsfacts.Extractor(["numbers"]).extract(
        {"text": sentence, "published": PUBLISHED.isoformat()}
    )
    found = [(fact.text, fact.kind) for fact in result.numbers if isinstance(fact, Quantity)]
    assert (number, "count") in found, found


YEARS: list[tuple[str, str]] = [
    ("Emissions are still higher than 2005 levels, the agency said.", "2005"),
    ("Some 2016 candidates have pledged to reject the money.", "2016"),
    ("Among the 2016 hopefuls, only two have released their returns.", "2016"),
    ("The plant opened in about 1990 as a joint venture.", "1990"),
]


@pytest.mark.parametrize(("sentence", "year"), YEARS)
def test_a_year_keeps_its_plural_after_other_words(sentence: str, year: str) -> None:
    found = [(fact.text, fact.value) for fact in dates(sentence, PUBLISHED)]
    assert (year, year) in found, found
