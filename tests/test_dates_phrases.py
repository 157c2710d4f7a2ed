"""Date values of phrases that hold a time word: kinds of years, "over" before an amount of
time, words that only look like time expressions, spoken years, quarters named without a
year, years joined by a hyphen. The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import MAY_2025, THURSDAY, Row, check, dates


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The city will hire 500 firefighters over the next two fiscal years.", "P2Y"),
        ("The renovation took three school years.", "P3Y"),
    ],
)
def test_a_kind_of_year_counts_as_years(sentence: str, expected: str) -> None:
    [expression] = dates(sentence, THURSDAY)
    assert expression.value == expected


def test_a_kind_of_year_alone_is_no_duration() -> None:
    sentence = "The charity switched its books from a fiscal year onto a calendar year in December."
    assert [e.text for e in dates(sentence, THURSDAY)] == ["December"]


OVER = [
    # "over" before an amount of time is "during" it: the span is the amount alone ...
    ("Prices rose 5% over the past two years.", "the past two years", THURSDAY, "DURATION", "P2Y"),
    ("The plan would cost $45 billion over 10 years.", "10 years", THURSDAY, "DURATION", "P10Y"),
    ("The offer was a 25% raise over four years.", "four years", THURSDAY, "DURATION", "P4Y"),
    (
        "It will invest AU$20 billion ($13 billion) over five years.",
        "five years",
        THURSDAY,
        "DURATION",
        "P5Y",
    ),
    ("It adds 7 percentage points over nine years.", "nine years", THURSDAY, "DURATION", "P9Y"),
    (
        "The gas tax rises by 6 cents a gallon over three years.",
        "three years",
        THURSDAY,
        "DURATION",
        "P3Y",
    ),
    ("The rules have evolved over several years.", "several years", THURSDAY, "DURATION", "PXY"),
    ("Over five years, the mill will cut 2,000 jobs.", "five years", THURSDAY, "DURATION", "P5Y"),
    # ... and "more than" after a word that asks for an amount, or before one that measures
    ("He has worked there for over two years.", "over two years", THURSDAY, "DURATION", "P2Y"),
    ("The hearing lasted just over an hour.", "over an hour", THURSDAY, "DURATION", "PT1H"),
    ("It took over two hours to clear the road.", "over two hours", THURSDAY, "DURATION", "PT2H"),
    ("It was the first rise in over a decade.", "over a decade", THURSDAY, "DURATION", "P10Y"),
    ("Anyone over 18 years of age may vote.", "over 18 years", THURSDAY, "DURATION", "P18Y"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), OVER)
def test_over_before_an_amount_of_time(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
    [fact] = [fact for fact in dates(sentence, published) if fact.text == expression]
    assert fact.mod == ("MORE_THAN" if expression.startswith("over") else None)


# "around" is "about" a time, but a particle after "get" or "way", no part of the expression
AROUND = [
    ("The vote is set for around Wednesday.", "around Wednesday", "APPROX"),
    ("The plant was built around 1998.", "around 1998", "APPROX"),
    ("Firms looked for a way around Wednesday's ruling.", "Wednesday", None),
    ("There is no way around March 1, the deadline.", "March 1", None),
]


@pytest.mark.parametrize(("sentence", "expression", "mod"), AROUND)
def test_around_after_get_is_a_particle(sentence: str, expression: str, mod: str | None) -> None:
    assert [(fact.text, fact.mod) for fact in dates(sentence, THURSDAY)] == [(expression, mod)]


# --- Words that only look like time expressions --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Now, the mayor said, the bridge must wait.",  # a discourse word opening a sentence
        "She was interviewed on 60 Minutes.",  # a title
        # an ordinal day only before punctuation or another day: these count holes, floors
        "He birdied the hole on the 12th and 16th holes.",
        "The fire spread between the 4th and 5th floors.",
        "The office moved to the 22nd floor.",
        # "May" or "March" after a determiner: a name, the noun or a surname before a
        # preposition, a verb or a leader's office
        "The March on Washington drew thousands.",
        "The march began in Belgrade.",
        "The May government fell in London.",
        # "latest" without a determiner: no time
        "If you moved twice, write latest address.",
        # two quarters of a game are no half of a year
        "The Lakers led in the first two quarters of the game.",
        # "the past" before a count of something other than time is an adjective
        "The mayor in Iowa has won five of the past eight races.",
        "The past two winners in Iowa were pastors.",
    ],
)
def test_no_time_expression(sentence: str) -> None:
    assert dates(sentence, THURSDAY) == []


def test_now_inside_a_sentence_is_the_present() -> None:
    [fact] = dates("The bridge is now closed, the mayor said.", THURSDAY)
    assert (fact.text, fact.value) == ("now", "PRESENT_REF")


def test_a_quarter_named_by_its_year_is_the_reported_quarter() -> None:
    text = "Profit rose to $4 million from $3 million in the 2024 quarter."
    [fact] = dates(text, dt.date(2025, 10, 30))
    assert (fact.text, fact.value) == ("the 2024 quarter", "2024-Q3")


SPOKEN_YEARS: list[Row] = [
    (
        "June nineteen eighty-two. The river rose again.",
        "June nineteen eighty-two",
        THURSDAY,
        "DATE",
        "1982-06",
    ),
    (
        "Floods like those of the spring of twenty oh-eight.",
        "the spring of twenty oh-eight",
        THURSDAY,
        "DATE",
        "2008-SP",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SPOKEN_YEARS)
def test_spoken_years_with_a_month_or_season(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A quarter named without a year: the one reported, the tense deciding ------------------


QUARTERS: list[Row] = [
    # a quarter not begun, told in the past, is last year's
    (
        "The airline carried 9 million people in the third quarter.",
        "the third quarter",
        MAY_2025,
        "DATE",
        "2024-Q3",
    ),
    # an irregular past ("flew", "sold") is past as well as an -ed verb
    (
        "The airline flew 9 million people in the third quarter.",
        "the third quarter",
        MAY_2025,
        "DATE",
        "2024-Q3",
    ),
    (
        "The airline will fly more people in the third quarter.",
        "the third quarter",
        MAY_2025,
        "DATE",
        "2025-Q3",
    ),
    (
        "The airline carried 9 million people in the first quarter.",
        "the first quarter",
        MAY_2025,
        "DATE",
        "2025-Q1",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), QUARTERS)
def test_quarters_without_a_year(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_a_quotes_own_tense_decides_inside_it() -> None:
    # "said" after the quote is the reporter's past; the quote speaks of the December to come
    check(
        '"The bank will raise rates again in December," said an analyst.',
        "December",
        MAY_2025,
        "DATE",
        "2025-12",
    )


def test_a_unit_ending_a_compound_is_no_time() -> None:
    assert dates("Shares fell in after-hours trading.", THURSDAY) == []
    assert dates("Intel shares fell 4% after hours.", THURSDAY) == []


def test_a_unit_after_an_amounts_scale_is_no_unsaid_amount() -> None:
    # the number read by the numbers field; "years" alone would be the span of no expression
    assert dates("The fossil dates to about 66 million years ago.", THURSDAY) == []
    assert dates("The rocks formed 2.5 billion years ago.", THURSDAY) == []
    facts = dates("People have farmed the valley for thousands of years.", THURSDAY)
    assert [(fact.text, fact.type, fact.value) for fact in facts] == [("years", "DURATION", "PXY")]


def test_a_plural_unit_before_long_is_an_unsaid_amount_of_time() -> None:
    # the article before it is the noun's: "a months-long battle" is no month
    facts = dates("The tenants waged a months-long fight with the landlord.", THURSDAY)
    assert [(fact.text, fact.type, fact.value) for fact in facts] == [
        ("months-long", "DURATION", "PXM")
    ]


@pytest.mark.parametrize(
    ("sentence", "expression", "span"),
    [
        ("The 2025-26 season began badly.", "2025-26", ("2025", "2026")),
        ("The council passed the 2024-2025 budget.", "2024-2025", ("2024", "2025")),
        ("He led the party in 1905-1908.", "1905-1908", ("1905", "1908")),
        ("Sales rose in fiscal 1999-00.", "fiscal 1999-00", ("1999", "2000")),
    ],
)
def test_years_joined_by_a_hyphen_are_one_range(
    sentence: str, expression: str, span: tuple[str, str]
) -> None:
    [fact] = dates(sentence, THURSDAY)
    assert (fact.text, fact.value, fact.range) == (expression, span[0], span)


def test_a_hyphen_before_other_digits_makes_no_range() -> None:
    assert [fact.text for fact in dates("The 2024-20 score stood.", THURSDAY)] == []


def test_overnight_before_a_rate_is_no_time() -> None:
    text = "The bank lowered its overnight deposit rate. Rain fell overnight."
    assert [fact.text for fact in dates(text, THURSDAY)] == ["overnight"]
    assert dates(text, THURSDAY)[0].start == text.rindex("overnight")


def test_a_quarter_named_by_its_months() -> None:
    [fact] = dates("Sales in the January-March quarter rose 4%.", THURSDAY)
    assert (fact.text, fact.value) == ("the January-March quarter", "2025-Q1")
    assert [f.text for f in dates("The May-July quarter was odd.", THURSDAY)] == ["July"]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Inflation eased to 2.1% in the June quarter.", "the June quarter", "2025-Q2"),
        ("Output grew in the March quarter of 2024.", "the March quarter of 2024", "2024-Q1"),
    ],
)
def test_a_quarter_named_by_the_month_it_ends_in(
    sentence: str, expression: str, value: str
) -> None:
    [fact] = dates(sentence, THURSDAY)
    assert (fact.text, fact.value) == (expression, value)


def test_a_quarter_alone_is_a_fourth() -> None:
    text = "Sales rose by a quarter to 1.6 million units in July."
    assert [fact.text for fact in dates(text, THURSDAY)] == ["July"]
    [fact] = dates("Profit fell in a year-earlier quarter.", THURSDAY)
    assert (fact.text, fact.value) == ("a year-earlier quarter", "2024-Q2")


def test_the_end_of_a_quarter_is_its_end() -> None:
    text = "It will close its plant by the end of the first quarter of 2026."
    [fact] = dates(text, THURSDAY)
    assert (fact.text, fact.value, fact.mod) == (
        "the end of the first quarter of 2026",
        "2026-Q1",
        "END",
    )


def test_the_early_hours_of_a_day_are_no_amount_of_time() -> None:
    text = "Talks ran into the early hours of Saturday; delegates had argued for hours."
    assert [(fact.text, fact.type) for fact in dates(text, THURSDAY)] == [
        ("Saturday", "DATE"),
        ("hours", "DURATION"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bus service would be cut to rush hours only.",
        "Trucks may not pass during peak hours.",
        "Shops were robbed during daylight hours.",
        "The clinic answers calls in office hours.",
    ],
)
def test_a_kind_of_hours_is_no_amount_of_time(text: str) -> None:
    assert dates(text, THURSDAY) == []


def test_a_one_day_international_is_a_kind_of_match() -> None:
    text = "India lost the third one-day international. Nurses staged a one-day strike."
    assert [(fact.text, fact.value) for fact in dates(text, THURSDAY)] == [("one-day", "P1D")]
    assert dates(text, THURSDAY)[0].start == text.index("one-day strike")


@pytest.mark.parametrize(
    "text",
    [
        "The tourists play two one-day warm-up games in Kent.",
        "Selectors set new one-day requirements for fitness.",
        "The one-day scoreboard showed Kenya on 211 for six.",
    ],
)
def test_cricket_one_day_games_and_their_teams_are_no_amount_of_time(text: str) -> None:
    assert dates(text, THURSDAY) == []
