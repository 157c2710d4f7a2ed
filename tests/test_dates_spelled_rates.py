""" "a year", "a day" or "an hour" after an amount and what it counts is a rate, a ``SET``,
whether the amount is in figures or in words: "forty thousand posters a year", "hundreds of
calls a day", "hundreds of dollars an hour", "50-plus hours a week", "several town meetings a
month". A number word inside another word is none ("often takes a year off": an amount of
time), nor is an amount whose verb of the past stands right before the unit ("Two sailors
spent a year at sea").

Each row reads: this sentence, published on 26 October 1989, holds this expression of this
type and value. The sentences are of the kind news reports write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import OCTOBER_1989, Row, check

RATES: list[Row] = [
    (
        "Well, they print over forty thousand posters a year for the fair.",
        "a year",
        OCTOBER_1989,
        "SET",
        "P1Y",
    ),
    (
        "``We are taking dozens if not hundreds of calls a day,'' said a clerk.",
        "a day",
        OCTOBER_1989,
        "SET",
        "P1D",
    ),
    (
        "The ferry uses fuel and costs hundreds of dollars an hour to operate.",
        "an hour",
        OCTOBER_1989,
        "SET",
        "PT1H",
    ),
    (
        "The fund hands thousands of euros a year to the choir.",
        "a year",
        OCTOBER_1989,
        "SET",
        "P1Y",
    ),
    ("The park draws a million visitors a year.", "a year", OCTOBER_1989, "SET", "P1Y"),
    ("The plant turns out seventy cars a day.", "a day", OCTOBER_1989, "SET", "P1D"),
    # a measure of two words after "of"
    (
        "The new mill will grind about 2,400 tons of wheat flour a year.",
        "a year",
        OCTOBER_1989,
        "SET",
        "P1Y",
    ),
    # millions before three words, two nouns joined, "-plus", a bare count, "or more", a
    # count with no number
    (
        "The region throws away 300 million single-use paper cups a year.",
        "a year",
        OCTOBER_1989,
        "SET",
        "P1Y",
    ),
    (
        "The press prints more than 40 books and journals a year.",
        "a year",
        OCTOBER_1989,
        "SET",
        "P1Y",
    ),
    ("Nurses there log 50-plus hours a week.", "a week", OCTOBER_1989, "SET", "P1W"),
    ("The stall sells about six an hour.", "an hour", OCTOBER_1989, "SET", "PT1H"),
    ("Welders earn $30 or more an hour.", "an hour", OCTOBER_1989, "SET", "PT1H"),
    ("The mayor holds several town meetings a month.", "a month", OCTOBER_1989, "SET", "P1M"),
    ("The choir gives multiple concerts a week.", "a week", OCTOBER_1989, "SET", "P1W"),
    # no count: an amount of time
    ("He often takes a year off.", "a year", OCTOBER_1989, "DURATION", "P1Y"),
    ("Someone spends a year there.", "a year", OCTOBER_1989, "DURATION", "P1Y"),
    # a verb of the past right before the unit: the time it took, no rate
    ("Two sailors spent a year at sea.", "a year", OCTOBER_1989, "DURATION", "P1Y"),
    ("The 12 judges took a year to rule.", "a year", OCTOBER_1989, "DURATION", "P1Y"),
    ("Many tenants waited a year for repairs.", "a year", OCTOBER_1989, "DURATION", "P1Y"),
    # "and" ends no count: an amount of time joined to another
    ("Two months and a day later, the ship docked.", "a day", OCTOBER_1989, "DURATION", "P1D"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), RATES)
def test_a_unit_after_an_amount_in_words_is_a_rate(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
