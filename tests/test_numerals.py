"""The core's spelled-out numbers and ordinals (``newsfacts/numerals.py``): well formed, the
one place they are listed (no field's table repeats one), and read alike by the numbers and
dates fields."""

from __future__ import annotations

import doctest

import pytest

from field_lists import extracted, listed
from newsfacts import numerals
from newsfacts.plugin import DATES, LOCATIONS, NUMBER_WORDS, NUMBERS, ORDINAL_WORDS


def test_the_module_examples_run() -> None:
    assert doctest.testmod(numerals).failed == 0


# The values each role spans: a digit is below ten, a teen below twenty, a tens word a
# multiple of ten below a hundred ("fourty" too), a scale a power of a thousand.
ROLES = {
    "digit": range(10),
    "teen": range(10, 20),
    "tens": range(20, 100, 10),
    "hundred": [100],
    "scale": [10**3, 10**6, 10**9, 10**12],
    "dozen": [12],
}


def test_every_number_word_is_lower_case_and_its_value_fits_its_role() -> None:
    for word, number in NUMBER_WORDS.items():
        assert word.isalpha() and word.islower(), word
        assert number.value in ROLES[number.role], word


def test_every_ordinal_is_lower_case_and_ends_as_ordinals_do() -> None:
    for word, value in ORDINAL_WORDS.items():
        assert word.isalpha() and word.islower() and value > 0, word
        assert word.endswith(("st", "nd", "rd", "th")), word


# The fields' tables keep their own phrases only: "a couple of", "several", "3rd", "another".
FIELD_TABLES = [
    "newsfacts_dates/data/numbers.tsv",
    "newsfacts_dates/data/ordinals.tsv",
    "newsfacts_quotes/data/quantifiers.txt",
]


@pytest.mark.parametrize("path", FIELD_TABLES)
def test_no_field_table_repeats_a_number_word(path: str) -> None:
    assert sorted(listed(path) & (NUMBER_WORDS.keys() | ORDINAL_WORDS.keys())) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The talks lasted twenty-four hours.", "PT24H"),
        ("The strike lasted ninety days.", "P90D"),
        ("Sales rose in the third quarter.", "2024-Q3"),
    ],
)
def test_the_dates_field_reads_the_cores_number_words(text: str, value: str) -> None:
    assert [fact.value for fact in extracted("dates", text)[DATES]] == [value]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Ninety-nine people came to the hall.", 99, "count"),
        ("She won the title for the twelfth time.", 12, "ordinal"),
    ],
)
def test_the_numbers_field_reads_the_cores_number_words(text: str, value: int, kind: str) -> None:
    [number] = extracted("numbers", text)[NUMBERS]
    assert (number.value, number.kind) == (value, kind)


def test_a_number_word_opening_a_sentence_is_no_part_of_the_place_after_it() -> None:
    # a word the locations field did not list before it read the core's
    text = "Sixteen Lincoln County deputies were hurt on Monday."
    assert [fact.text for fact in extracted("locations", text)[LOCATIONS]] == ["Lincoln County"]


def test_zero_is_no_duration() -> None:
    # the dates field reads the core's words from one: a "zero-day" flaw lasts no time
    assert extracted("dates", "Hackers used a zero-day flaw.")[DATES] == ()
