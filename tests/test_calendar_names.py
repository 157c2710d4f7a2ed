"""The core's names of the months and weekdays (``newsfacts/data/months.tsv``,
``weekdays.tsv``): well formed, the one place they are listed (no field's word list repeats
one), and read alike by the fields."""

from __future__ import annotations

import doctest

import pytest

import newsfacts
from field_lists import listed
from newsfacts import calendar_names
from newsfacts.plugin import (
    GIVEN_NAME_MONTHS,
    MONTH_NAMES,
    MONTHS,
    NUMBERS,
    ORGANIZATIONS,
    PEOPLE,
    WEEKDAYS,
)


def test_the_module_examples_run() -> None:
    assert doctest.testmod(calendar_names).failed == 0


def test_every_month_has_one_name_and_every_weekday_one_number() -> None:
    assert sorted(MONTHS[name] for name in MONTH_NAMES) == list(range(1, 13))
    assert sorted(set(MONTHS.values())) == list(range(1, 13))
    assert sorted(WEEKDAYS.values()) == list(range(1, 8))
    assert GIVEN_NAME_MONTHS < MONTH_NAMES


def test_an_abbreviation_opens_its_months_name() -> None:
    by_number = {MONTHS[name]: name for name in MONTH_NAMES}
    for word, number in MONTHS.items():
        assert word.isalpha() and word.islower() and by_number[number].startswith(word), word


# The word lists of the fields that read the core's months and weekdays keep their own words
# only; what a list keeps on purpose is its own reading of the word: the numbers field's
# modal "may", the locations field's months that are gazetteer names ("a place named May").
FIELD_LISTS = [
    ("newsfacts_organizations/data/stopwords.txt", frozenset[str]()),
    ("newsfacts_people/data/not_names.txt", frozenset[str]()),
    ("newsfacts_locations/data/role_words.txt", frozenset[str]()),
    ("newsfacts_locations/data/name_words.txt", frozenset[str]()),
    ("newsfacts_locations/data/not_places.txt", MONTH_NAMES),
    ("newsfacts_numbers/data/counted_stops.txt", frozenset({"may"})),
]


@pytest.mark.parametrize(("path", "own"), FIELD_LISTS)
def test_no_field_list_repeats_a_month_or_a_weekday(path: str, own: frozenset[str]) -> None:
    words = {word.lower() for word in listed(path)}
    assert sorted(words & (MONTHS.keys() | WEEKDAYS.keys()) - own) == []


def test_a_month_ends_an_organizations_name() -> None:
    text = "Shares of Zorvane Telecom Sept. figures rose, Zorvane Telecom said on Monday."
    result = newsfacts.Extractor(["organizations"]).extract(text)
    names = [fact.text for fact in result.facts[ORGANIZATIONS]]
    assert names == ["Zorvane Telecom", "Zorvane Telecom"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a weekday ends a name; a month that is a given name opens one after a title
        ("The letter reached Anna Kowalski Tuesday.", ["Anna Kowalski"]),
        ("Judge April Perry ruled in March.", ["April Perry"]),
    ],
)
def test_a_weekday_ends_a_persons_name(text: str, people: list[str]) -> None:
    result = newsfacts.Extractor(["people"]).extract(text)
    assert [fact.text for fact in result.facts[PEOPLE]] == people


def test_a_weekday_ends_what_a_number_counts() -> None:
    result = newsfacts.Extractor(["numbers"]).extract("They played two games Friday night.")
    [number] = result.facts[NUMBERS]
    assert (number.value, number.counted) == (2, "games")
