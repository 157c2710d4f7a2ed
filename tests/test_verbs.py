"""The core's table of irregular verbs (``newsfacts/data/irregular_verbs.tsv``): well formed,
the one place their past tenses are listed (no field's word list repeats one), and read alike
by the dates, quotes and numbers fields."""

from __future__ import annotations

import doctest
from collections import Counter

import pytest

from field_lists import extracted, listed
from newsfacts import verbs
from newsfacts.plugin import (
    DATES,
    IRREGULAR_PAST,
    IRREGULAR_VERBS,
    NUMBERS,
    QUOTES,
    SAME_FORM_PASTS,
)


def test_the_module_examples_run() -> None:
    assert doctest.testmod(verbs).failed == 0


def test_every_row_is_three_lower_case_words_and_an_irregular_past() -> None:
    for verb in IRREGULAR_VERBS:
        forms = (verb.base, verb.past, verb.participle)
        assert all(form.isalpha() and form.islower() for form in forms), verb
        # "fled" and "heard" are irregular: no rule adds "-ed" to "flee" nor "-d" to "hear"
        regular = verb.past.endswith("ed") and verb.past in (verb.base + "d", verb.base + "ed")
        assert verb.past != verb.base and not regular, verb


def test_a_past_that_is_its_base_form_is_apart() -> None:
    assert sorted(SAME_FORM_PASTS & IRREGULAR_PAST) == []
    assert {"cut", "hit", "put"} <= SAME_FORM_PASTS


def test_a_past_tense_is_one_verbs() -> None:
    pasts = Counter(verb.past for verb in IRREGULAR_VERBS)
    assert [past for past, count in pasts.items() if count > 1] == []
    assert len(IRREGULAR_PAST) == len(IRREGULAR_VERBS)


# The word lists of the fields that read the core's past tenses keep their own words only: the
# dates field's past cues ("was", "ago"), the numbers field's words that end what it counts.
FIELD_LISTS = [
    "newsfacts_dates/data/past_cues.txt",
    "newsfacts_numbers/data/counted_stops.txt",
    "newsfacts_numbers/data/counted_stops_after_noun.txt",
]


@pytest.mark.parametrize("path", FIELD_LISTS)
def test_no_field_list_repeats_an_irregular_past(path: str) -> None:
    assert sorted(listed(path) & IRREGULAR_PAST) == []


# A field leaves out a few of the core's past tenses (a word that is a present or a noun too:
# "to lay odds", "one bit of"), or reads a few of them only in one place (the numbers field
# right after a number: "the first came", not "a first thought"); what it chooses is the
# core's, never a word of its own.
CHOICE_LISTS = [
    "newsfacts_quotes/data/irregular_past_unread.txt",
    "newsfacts_numbers/data/irregular_past_unread.txt",
    "newsfacts_numbers/data/counted_pasts.txt",
]


@pytest.mark.parametrize("path", CHOICE_LISTS)
def test_a_field_chooses_only_among_the_cores_past_tenses(path: str) -> None:
    assert sorted(listed(path) - IRREGULAR_PAST) == []


# Each sentence has a past tense that one field alone listed before the table was shared.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The choir sang in the square in the third quarter.", "2024-Q3"),
        ("The choir will sing in the square in the third quarter.", "2025-Q3"),
    ],
)
def test_an_irregular_past_puts_a_date_in_the_past(text: str, value: str) -> None:
    assert [fact.value for fact in extracted("dates", text)[DATES]] == [value]


def test_an_irregular_past_ends_what_a_number_counts() -> None:
    [number] = extracted("numbers", "Six pupils ate lunch at the clinic.")[NUMBERS]
    assert (number.value, number.counted) == (6, "pupils")


# Right after a number the numbers field reads only its choice of the core's past tenses: "two
# fell" counts nothing, "her first thought" a thought.
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Of the 40 runners, two fell at the fence.", None),
        ("Her first thought was of home.", "thought"),
    ],
)
def test_a_chosen_past_tense_right_after_a_number_is_nothing_counted(
    text: str, counted: str | None
) -> None:
    [*_, number] = extracted("numbers", text)[NUMBERS]
    assert number.counted == counted


@pytest.mark.parametrize("verb", ["swept past", "withdrew in favour of", "made peace with"])
def test_an_irregular_past_after_a_subject_is_its_verb(verb: str) -> None:
    text = (
        f"Mayor Ana Ruiz met reporters. Governor Tom Hale {verb} Ruiz and promised “every "
        "possible help”."
    )
    [quote] = extracted("quotes", text)[QUOTES]
    assert quote.speaker == "Tom Hale"


# A verb whose past is its base form is the verb after its subject too, as "issued" is: the
# subject, not nobody, speaks.
@pytest.mark.parametrize("verb", ["issued", "put out"])
def test_a_past_like_its_base_form_after_a_subject_is_its_verb(verb: str) -> None:
    text = (
        "Mayor Lena Ortiz met the council on Monday. Her office "
        f"{verb} a written statement saying the budget “will balance by June.”"
    )
    [quote] = extracted("quotes", text)[QUOTES]
    assert (quote.text, quote.speaker) == ("will balance by June.", "office")


# After a plural noun a verb whose past is its base form is the subject's verb, which ends what
# the number counts; after a singular noun it is a compound's noun.
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two storms spread damage across the county.", "storms"),
        ("Four pipes burst overnight.", "pipes"),
        ("Five firms upset the market.", "firms"),
    ],
)
def test_a_past_like_its_base_form_after_a_plural_ends_what_is_counted(
    text: str, counted: str
) -> None:
    [number] = extracted("numbers", text)[NUMBERS]
    assert number.counted == counted
