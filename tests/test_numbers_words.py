"""The ``numbers`` field: currency words, case, the counted phrase and its event, parts and ages."""

from __future__ import annotations

import pytest

import newsfacts
import newsfacts_numbers
from newsfacts import Quantity
from newsfacts_numbers import lexicon as numbers_lexicon
from number_checks import EXTRACTOR, numbers


def test_an_adverb_or_verb_after_the_noun_ends_the_counted_phrase() -> None:
    text = (
        "Two statewide officials said 3,000 workers nationwide, 40 shops downtown and 500 people"
        " live there."
    )
    assert [(q.text, q.counted) for q in numbers(text)] == [
        ("Two", "statewide officials"),
        ("3,000", "workers"),
        ("40", "shops"),
        ("500", "people"),
    ]
    # ... and so does an adjective that follows its noun
    text = (
        "Two people familiar with the talks and one official close to Ruiz have two close allies."
    )
    assert [(q.text, q.counted) for q in numbers(text)] == [
        ("Two", "people"),
        ("one", "official"),
        ("two", "close allies"),
    ]
    # ... and a plane maker's name takes its model's number along
    assert [q.counted for q in numbers("It will buy 20 Boeing 737 MAX jets.")] == [
        "Boeing 737 MAX jets"
    ]
    # ... and so does a time word before the day it qualifies, which may open one
    text = "The jury found him guilty on four counts late Friday. He made five late payments."
    assert [(q.text, q.counted) for q in numbers(text)] == [
        ("four", "counts"),
        ("five", "late payments"),
    ]


def test_currency_words_of_african_and_asian_money() -> None:
    text = (
        "The bill sought 346 billion shillings, and the fine was 5,000 dirhams or 3 million baht."
    )
    assert [(q.text, q.currency) for q in numbers(text)] == [
        ("346 billion", "KES"),
        ("5,000", "AED"),
        ("3 million", "THB"),
    ]


def test_a_number_between_capitalized_words_still_counts_in_a_headline_or_results() -> None:
    text = "Senator Reveals 3 Secrets Of Campaign\nSunday: Real Betis 2 Athletic Bilbao 0\n"
    assert [q.text for q in numbers(text)] == ["3", "2", "0"]


def test_won_is_korean_money_only_for_an_amount_of_it() -> None:
    found = numbers(
        "The company offered 100,000 won ($72) and a bonus of 15.8 million won. Of its 650 seats, "
        "411 won by Labour were new; the team had 3 won and 2 lost."
    )
    korean = [q.text for q in found if q.currency == "KRW"]
    assert korean == ["100,000", "15.8 million"]
    assert len(found) == 7


def test_dates_are_deferred_to() -> None:
    """A number inside a date fact is the date's: only what dates leave is a number."""
    text = "In 2024, 12 people died."
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    year = newsfacts.Fact.at(text, 3, 7)
    assert [q.text for q in newsfacts_numbers.extract(document, [year])] == ["12"]


def test_field_declares_its_needs() -> None:
    [provider] = newsfacts.Extractor(["numbers"]).providers[-1:]
    assert (provider.field, provider.needs) == (newsfacts.NUMBERS, ("dates",))
    assert provider.field.fact_type is Quantity


def test_a_rate_written_in_any_case_is_read() -> None:
    found = numbers("Gas rose to $2.50 per MMBTU, then to $3 per mmBtu.")
    assert [(fact.text, fact.unit) for fact in found] == [
        ("$2.50", "dollar per million british thermal unit"),
        ("$3", "dollar per million british thermal unit"),
    ]


@pytest.mark.parametrize(
    ("table", "sentence"),
    [
        ("RATES", "It costs $5 per {}."),
        ("UNITS", "It is 5 {} long."),
        ("CURRENCIES", "It costs 5 {} now."),
        ("SCALES", "It costs $5 {} now."),
    ],
)
def test_every_listed_word_in_every_case_extracts_without_error(table: str, sentence: str) -> None:
    for surface in getattr(numbers_lexicon, table):
        for written in {surface, surface.upper(), surface.lower(), surface.title()}:
            assert not EXTRACTOR.extract(sentence.format(written)).errors, written


def test_a_pressure_in_kilopounds_per_square_inch() -> None:
    found = numbers("The alloy failed below 8.90 ksi (61.4 MPa).")
    assert [(fact.text, fact.unit) for fact in found] == [
        ("8.90", "kilopound per square inch"),
        ("61.4", "megapascal"),
    ]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("About 2,000 U.S. troops remain in the region.", "U.S. troops"),
        ("They bought 300 U.S.-made jets.", "U.S.-made jets"),
        ("Three U.N. workers were hurt.", "U.N. workers"),
        # a part of a whole: the whole's noun
        ("The plan was expected by 28 of 35 economists polled.", "economists"),
        ("The party won 48 of the 70 seats.", "seats"),
        ("Two of the three men were charged.", "men"),
        ("She has won only two of the first nine races.", "races"),
        # a possessive after "of" is the whole's owner, not what is counted
        ("It is one of the country's largest banks.", "largest banks"),
        ("The state deemed 22 of Clinton's emails classified.", "emails"),
        ("The team lost three of its last five games.", "games"),
        # a verb in the present after the noun ends the phrase
        ("The third Test begins in Perth next month.", "Test"),
        # a model's number after a numbered name is part of the phrase
        ("Nintendo sold 3.5 million Switch 2 consoles.", "Switch 2 consoles"),
        # a name after a noun glued to the number is what the compound describes
        ("Merz won in the 630-seat Bundestag.", "seat"),
        # "of" inside a name joins it, within the phrase's reach of seven words
        ("He killed four University of Idaho students in 2022.", "University of Idaho students"),
        ("Two Bank of America executives resigned.", "Bank of America executives"),
        (
            "It opened the 3rd District's Reagan Club Hall of Fame.",
            "District's Reagan Club Hall of Fame",
        ),
    ],
)
def test_the_counted_phrase(text: str, counted: str) -> None:
    assert numbers(text)[0].counted == counted


def test_an_article_before_a_dollar_sign_is_no_australian_dollar() -> None:
    found = numbers("A $5 million reward was offered, and A$ 2 million more in Sydney.")
    assert [(q.text, q.currency) for q in found] == [("$5 million", "USD"), ("A$ 2 million", "AUD")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It is a 130-million-year-old fossil.", 130_000_000),
        ("The insurer will take on some $480-million of retiree debts.", 480_000_000),
    ],
)
def test_a_hyphenated_scale_word_scales_the_number(text: str, value: int) -> None:
    [quantity] = numbers(text)
    assert (quantity.value, quantity.low, quantity.high) == (value, None, None)


@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("The offer was a 25% raise over four years.", "four", "="),
        ("The plan costs $45 billion over 10 years.", "10", "="),
        ("It will invest AU$20 billion ($13 billion) over five years.", "five", "="),
        ("Drought cut output by nearly half over two seasons.", "two", "="),
        ("Some 5,000 people over 65 voted.", "65", ">"),
        # ... and after a passive verb or "spread": what is done is spread over the time
        ("The fund will be spent over 12 years.", "12", "="),
        ("The grant will be paid out over five years.", "five", "="),
        ("Repayments are spread over 10 years.", "10", "="),
        ("He spent over 12 years in prison.", "12", ">"),
    ],
)
def test_over_after_an_amount_is_during(text: str, number: str, qualifier: str) -> None:
    assert [q.qualifier for q in numbers(text) if q.text == number] == [qualifier]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("One in five NFL teams has a losing record.", 0.2, "NFL teams"),
        ("Three out of four voters agreed.", 0.75, "voters"),
        ("One in every 10 children is poor.", 0.1, "children"),
    ],
)
def test_a_part_in_a_whole_is_a_fraction(text: str, value: float, counted: str) -> None:
    [quantity] = numbers(text)
    assert (quantity.value, quantity.kind, quantity.counted) == (value, "fraction", counted)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a number counted by the one before it names a thing, no part: a cricketer's six
        ("Root hit 14 fours and one six in 263 balls.", ["14", "one", "six", "263"]),
        ("Pant struck two fours in five balls.", ["two", "five"]),
        # a part after another number and a comma is one
        ("Of the 40 homes, one in four flooded.", ["40", "one in four"]),
    ],
)
def test_a_number_counted_by_the_one_before_it_is_no_part(text: str, surfaces: list[str]) -> None:
    assert [q.text for q in numbers(text)] == surfaces


def test_people_charged_are_an_arrest_not_the_death_they_are_charged_with() -> None:
    text = "Two teenagers were charged with murder in the shooting death of a classmate."
    assert [(q.text, q.event) for q in numbers(text)] == [("Two", "arrested")]


def test_a_word_glued_by_a_hyphen_is_counted_not_an_event() -> None:
    [lead, shot] = numbers("Els took a two-shot lead, and police said three were shot.")
    assert (lead.counted, lead.event) == ("shot", None)
    assert (shot.value, shot.event) == (3, "wounded")


def test_a_two_word_event_right_after_a_count() -> None:
    [dead, hurt] = numbers("Two shot dead in the square; police said three more were shot.")
    assert (dead.event, hurt.event) == ("killed", "wounded")


def test_people_forced_to_flee_are_displaced() -> None:
    [killed, fled] = numbers("The storm killed 26 people and forced more than 400,000 to flee.")
    assert (killed.event, fled.event) == ("killed", "displaced")


def test_a_currency_word_in_capitals() -> None:
    [price] = numbers("It has a list price of 2,435,000 YEN in Japan.")
    assert (price.value, price.currency) == (2_435_000, "JPY")


def test_an_age_said_alone_at_the_end_of_a_sentence() -> None:
    [age, rate] = numbers("The actor died on Thursday. He was 95. The index was 95.")
    assert (age.kind, age.unit) == ("measure", "year of age")
    assert (rate.kind, rate.unit) == ("count", None)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Scores of people fled the fire in Lagos.", ["Scores"]),
        ("Four died and scores were hurt in Mosul.", ["scores"]),
        ("Scores more soldiers were sent to the border.", ["Scores"]),
        # results and a verb: no count
        ("Doncic scores 41 as the Lakers beat Golden State.", []),
        ("Test scores rose in Ohio last year.", []),
        ("Leading scores after the third round at Augusta.", []),
    ],
)
def test_scores_is_a_count_only_before_of_or_a_verb_of_people(text: str, vague: list[str]) -> None:
    assert [fact.text for fact in numbers(text) if fact.low == 40] == vague


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a ratio told with "for" or "of" is no count
        ("Smith went 4-for-5 with a homer.", []),
        ("Curry was 12-of-21 from the field.", []),
        ("The board approved a 2-for-1 stock split.", []),
    ],
)
def test_a_ratio_told_with_for_or_of_is_no_count(text: str, found: list[str]) -> None:
    assert [fact.text for fact in numbers(text)] == found


def test_why_and_how_end_the_counted_phrase_as_uptown_and_world_wide_do_after_the_noun() -> None:
    text = (
        "Cost is one of the reasons why the plan failed, and one of the ways how it could work."
        " The bank will add 400 jobs world-wide. The bakery moved 12 blocks uptown in May."
    )
    assert [(q.text, q.counted) for q in numbers(text)] == [
        ("one", "reasons"),
        ("one", "ways"),
        ("400", "jobs"),
        ("12", "blocks"),
    ]
