"""The tense of verbs whose past is their base form ("cut", "hit", "beat"): with their object
after them and no modal, "to" or pronoun before them they are verbs in the past, so the
weekday or month they govern is the one gone, even when a later verb of the sentence looks
ahead; as nouns or after a modal they say nothing. The sentences are made up for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

TUESDAY = dt.date(2025, 4, 15)  # Tuesday 15 April 2025

SAME_FORM: list[Row] = [
    # a verb in the past with its object: the day or month gone
    (
        "The storm hit the coast on Friday and is expected to weaken.",
        "Friday",
        TUESDAY,
        "DATE",
        "2025-04-11",
    ),
    (
        "The hurricane hit Florida on Friday and is expected to weaken.",
        "Friday",
        TUESDAY,
        "DATE",
        "2025-04-11",
    ),
    ("The central bank cut rates in May.", "May", TUESDAY, "DATE", "2024-05"),
    (
        "The company cut 500 jobs in March and plans further cuts.",
        "March",
        TUESDAY,
        "DATE",
        "2025-03",
    ),
    (
        "Liverpool beat Chelsea 2-1 on Sunday and will face Arsenal next.",
        "Sunday",
        TUESDAY,
        "DATE",
        "2025-04-13",
    ),
    # a noun, or a verb after a modal or "to": the day or month to come
    ("Markets expect a rate cut in May.", "May", TUESDAY, "DATE", "2025-05"),
    ("The Fed will likely cut rates in June.", "June", TUESDAY, "DATE", "2025-06"),
    (
        "Forecasters said the storm could hit the coast on Friday.",
        "Friday",
        TUESDAY,
        "DATE",
        "2025-04-18",
    ),
    ("Traders expect a rate cut Tuesday.", "Tuesday", TUESDAY, "DATE", "2025-04-15"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SAME_FORM)
def test_a_verb_whose_past_is_its_base_form_is_a_past_with_its_object(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
