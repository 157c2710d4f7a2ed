"""The ``numbers`` field: what a count counts, read past what describes it, and fractions
spelled as ordinals. Each case is a sentence of news written for the test."""

from __future__ import annotations

import pytest

import newsfacts
import newsfacts_numbers
from newsfacts import Quantity


def numbers(text: str) -> list[Quantity]:
    """The numbers of ``text`` found by the plugin alone (no dates field to defer to)."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    return newsfacts_numbers.extract(document)


def at(text: str, surface: str) -> Quantity:
    [quantity] = [q for q in numbers(text) if q.text == surface]
    return quantity


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        # a measure or an amount between a count and its noun describes what is counted
        (
            "The factory will fill five million 500ml bottles of shampoo.",
            "five million",
            "bottles of shampoo",
        ),
        ("Hamburg unloaded six 40-foot containers from Chile.", "six", "containers"),
        ("Manitoba runs just one 48,000 barrel-a-day plant.", "one", "plant"),
        ("Three 15-year-old schoolboys were hurt in Omsk.", "Three", "schoolboys"),
        ("The mayor got seven $1,000 checks from Lisbon.", "seven", "checks"),
        ("Kenya bought hundreds of 20-litre jerrycans.", "hundreds", "jerrycans"),
        # a model's number after an adjective: the model's noun is counted, not the adjective
        ("The airline grounded its two new 737 Max jets.", "two", "new 737 Max jets"),
        ("Police found three stolen 2019 Honda scooters.", "three", "stolen 2019 Honda scooters"),
        # a bare count that repeats the shape of a count before it counts what it counts
        ("Toyota sold 300 cars in May and 250 in June.", "250", "cars"),
        ("The attacks killed 12 people in Kabul and 5 in Kandahar.", "5", "people"),
        ("The flats go 312 by auction and 164 by tender.", "164", None),
        ("The firm cut 200 jobs in Ohio, while 3,000 in Texas were spared.", "3,000", None),
        # so does a bare count a count is set against
        ("Parliament approved the budget by 312 votes to 201.", "201", "votes"),
        ("The expansion of the council from 12 seats to 15 was approved.", "15", "seats"),
        # "of" and a noun in lower case after the noun: what the things counted are of
        (
            "Customs listed 5,700 categories of goods leaving Ningbo.",
            "5,700",
            "categories of goods",
        ),
        ("The mayor faces two counts of wire fraud in Ohio.", "two", "counts of wire fraud"),
        ("Envoys held three rounds of talks in Doha.", "three", "rounds of talks"),
        # up to seven words: a name or a complement is not cut short
        (
            "Tesla recalled 9,500 Model S and Model X cars in June.",
            "9,500",
            "Model S and Model X cars",
        ),
        (
            "She hired three former Democratic Governors Association press aides.",
            "three",
            "former Democratic Governors Association press aides",
        ),
        (
            "Two rounds of direct peace talks have yielded nothing.",
            "Two",
            "rounds of direct peace talks",
        ),
        ("They published 5,500 pages of emails Ms Ortiz sent.", "5,500", "pages of emails"),
        # not a determiner, a question word, a name's "of", a superlative's, nor one cut short
        ("Three members of the board resigned in May.", "Three", "members"),
        ("He gave one example of how it works.", "one", "example"),
        ("Four University of Idaho students were hurt.", "Four", "University of Idaho students"),
        ("Turin is one of the most ornate of any capital.", "one", None),
        (
            "Auditors flagged five distinct batches of quietly altered travel expense claim forms.",
            "five",
            "distinct batches",
        ),
        # no noun after the measure: nothing counted
        ("There were three 19-year-olds on the ballot in Iowa.", "three", None),
        # a compound adjective is no verb that ends the phrase
        (
            "Spain will close 14 modestly sized gas-fired power stations.",
            "14",
            "modestly sized gas-fired power stations",
        ),
        ("Beijing merged two large state-owned banks.", "two", "large state-owned banks"),
        # but a compound after a noun glued to the number describes what the compound is
        ("Ghana elects a 275-seat popularly elected chamber.", "275", "seat"),
        # a noun glued to the number is what is counted, the noun after it what is described
        ("The judge issued a 42-page ruling on Friday.", "42", "page"),
        ("Ford unveiled a four-cylinder engine in Detroit.", "four", "cylinder"),
        ("A three-judge panel heard the appeal in Richmond.", "three", "judge"),
        ("Bangladesh went out after a third-round defeat in Pune.", "third", "round"),
        # not a participle, a superlative or a word that describes the noun after it
        ("Agassi beat the sixth-seeded player from Chile.", "sixth", "seeded player"),
        ("Japan remains the fourth-largest economy in Asia.", "fourth", "largest economy in Asia"),
        ("Italy named a 30-strong squad for Tbilisi.", "30", "strong squad"),
        # a title abbreviated before a name is a word of the phrase, its stop with it
        (
            "Florida, as one of Mr. Brandt's energy aides noted, is at risk.",
            "one",
            "Mr. Brandt's energy aides",
        ),
        ("Two dozen of Sen. Paul's supporters rallied.", "Two dozen", "Sen. Paul's supporters"),
        ("The firm hired 3 St. Louis lawyers.", "3", "St. Louis lawyers"),
        # not a rank after an ordinal, nor a word before a sentence's stop
        ("Air Force 1st Lt. Dana Whitlock testified.", "1st", "Lt"),
        ("He bought 2 Macs. Then he left.", "2", "Macs"),
        # a name with a number right after it is a result's side or a player's scores
        ("Soccer results on Saturday:\nLeeds 2 Stoke City 1\nWigan 0 Hull 3", "2", None),
        ("Third round:\n281 Tom Kite 70 72 68 71", "281", None),
        ("He sold 3 Ford trucks 2 years ago.", "3", "Ford trucks"),
        # a past tense that is no noun ends the phrase right after the number
        ("He first drove for the team in 2003.", "first", None),
        ("She said she first heard shots at noon.", "first", None),
        ("The two knew each other from school.", "two", None),
        ("Three wrote to the board.", "Three", None),
        ("That film first drew Ann Roe to chess.", "first", None),
        # a possessive in lower case right after the number is what it counts
        ("The two firms' owners met in Oslo.", "two", "firms"),
        ("It ran on only one maker's chips.", "one", "maker"),
        ("The second driver's car was towed.", "second", "driver"),
        ("He holds 3,000 Acme's shares.", "3,000", "Acme's shares"),
        ("The two sat down with the mayor.", "two", None),
    ],
)
def test_what_is_counted(text: str, surface: str, counted: str | None) -> None:
    assert at(text, surface).counted == counted


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        # a golf hole's par: the hole is one, its rank counts it
        ("Rahm made an eagle at the par-five sixth hole.", "five", None),
        ("Rahm made an eagle at the par-five sixth hole.", "sixth", "hole"),
        ("Lowry found water at the par-3 17th hole.", "3", None),
        # a storm's category, a lockdown's level, an illness's stage
        ("A category-five hurricane crossed the Bahamas on Monday.", "five", None),
        ("Auckland moved to a level-three lockdown on Sunday.", "three", None),
        ("Leicester stays under tier-two restrictions.", "two", None),
        ("She was diagnosed with stage-four cancer last year.", "four", None),
        ("The vaccine entered phase-three trials in May.", "three", None),
        # (a parent's children: test_numbers_counted_children.py)
        ("It was a best-of-five match.", "five", "match"),
        # a golf score's strokes under or over par count nothing
        ("Woods won at 12-under-par 276 on Sunday.", "12", None),
        ("Spieth carded an eight-under-par 63.", "eight", None),
        # not a word that names what is counted: "a five-set win" is won in sets
        ("Djokovic completed a five-set win on Centre Court.", "five", "set"),
        ("Scheffler took a two-stroke lead into the final round.", "two", "stroke"),
    ],
)
def test_a_rating_or_a_golf_score_counts_nothing(
    text: str, surface: str, counted: str | None
) -> None:
    assert at(text, surface).counted == counted


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("One fourth of Brazilians are vaccinated.", "One fourth", 0.25, "fraction"),
        ("Three-fourths of Peruvian voters backed the plan.", "Three-fourths", 0.75, "fraction"),
        ("One sixth of the budget goes to defence.", "One sixth", 1 / 6, "fraction"),
        ("Almost an eighth of an inch of ice coated Maine.", "an eighth", 0.125, "measure"),
        # one part before a verb
        ("Two thirds backed the deal and one fifth opposed it.", "one fifth", 0.2, "fraction"),
        # ranks stay ranks
        ("Modi won a fourth term in India.", "fourth", 4, "ordinal"),
        ("She finished sixth in the eighth race.", "sixth", 6, "ordinal"),
        ("She birdied the par-five ninth hole.", "ninth", 9, "ordinal"),
        # a count before a single part is a count of its own, the rank read after it
        ("She birdied the par-five ninth hole.", "five", 5, "count"),
        ("He parred the par-three third.", "three", 3, "count"),
        ("He parred the par-three third.", "third", 3, "ordinal"),
        ("Only one third-party candidate ran in Kenya.", "one", 1, "count"),
    ],
)
def test_fractions_spelled_as_ordinals(text: str, surface: str, value: float, kind: str) -> None:
    quantity = at(text, surface)
    assert quantity.value == pytest.approx(value)
    assert quantity.kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "event"),
    [
        # a later count with a clause of its own takes the event after it
        ("The ferry capsized off Lagos; 180 were rescued and 45 remain missing.", "180", None),
        ("The ferry capsized off Lagos; 180 were rescued and 45 remain missing.", "45", "missing"),
        ("Five soldiers were freed but three are still held in Mali.", "Five", None),
        ("Five soldiers were freed but three are still held in Mali.", "three", "detained"),
        # a list of counts shares the event of its last
        ("Two men and three women were arrested in Lima.", "Two", "arrested"),
        # the noun before an "of" complement is who the count is of
        ("Fifteen members of staff were killed in Goma.", "Fifteen", "killed"),
        ("Four groups of pilgrims and two members of staff were hurt.", "Four", None),
        # a verb of release before an event noun ends what it says
        ("Troops freed 300 hostages in Mali.", "300", None),
        ("Israel released about 90 Palestinian prisoners.", "90", None),
        ("The vaccine could save millions of lives in Africa.", "millions", None),
        ("The drug saved 4,000 lives last year.", "4,000", None),
        ("The war has claimed 4,000 lives.", "4,000", "killed"),
        ("Gunmen seized 40 hostages at a school in Kaduna.", "40", "detained"),
        ("Hamas is holding 59 hostages in Gaza.", "59", "detained"),
        # people of crime and of the outdoors are people
        ("Police in Lagos arrested four kidnappers.", "four", "arrested"),
        ("Two hikers died on Mont Blanc.", "Two", "killed"),
        # the end of a range opens no clause
        ("At least 27 infants between two weeks and five months old were killed.", "27", "killed"),
    ],
)
def test_the_event_of_a_count(text: str, surface: str, event: str | None) -> None:
    assert at(text, surface).event == event


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the pound sign as ASCII transliteration writes it, before decimals, thousands or a scale
        ("The Glasgow deal was worth PS8.1bn.", "PS8.1bn", 8_100_000_000),
        ("He got a PS6m golden hello in Leeds.", "PS6m", 6_000_000),
        ("Passengers paid PS21,700 for the flights.", "PS21,700", 21_700),
        ("Tesco shares rose to PS3.25.", "PS3.25", 3.25),
    ],
)
def test_a_transliterated_pound_sign_is_sterling(text: str, surface: str, value: float) -> None:
    quantity = at(text, surface)
    assert (quantity.value, quantity.currency, quantity.unit) == (value, "GBP", "pound sterling")


@pytest.mark.parametrize(
    "text",
    ["Sony sold a PS5 in Osaka.", "He bought a PS4 for his son.", "The UPS4,000 unit failed."],
)
def test_a_console_or_code_after_ps_is_no_money(text: str) -> None:
    assert not [q for q in numbers(text) if q.kind == "money"]


@pytest.mark.parametrize(
    ("text", "surface", "currency", "unit"),
    [
        # a bare word several countries use: the one country its sentence names
        (
            "Inflation in Argentina slowed, and the peso fell to 1,020 per dollar.",
            "1,020",
            "ARS",
            "argentine peso per dollar",
        ),
        (
            "Petrol now costs 272 rupees a litre in Pakistan.",
            "272",
            "PKR",
            "pakistani rupee per litre",
        ),
        ("Manila raised the minimum wage to 645 pesos.", "645", "PHP", "philippine peso"),
        (
            "The Congolese government will pay 2 million francs.",
            "2 million",
            "CDF",
            "congolese franc",
        ),
        # else the one its article names
        (
            "Beans cost 4,000 shillings. Uganda's bank held rates.",
            "4,000",
            "UGX",
            "ugandan shilling",
        ),
        # the default country, several countries or a written adjective keep the default
        ("Indian officials said the fine is 5,000 rupees.", "5,000", "INR", "indian rupee"),
        ("A kilo costs 300 rupees in Pakistan and India.", "300", "INR", "indian rupee"),
        (
            "The Mexican peso rose to 18.5 per dollar as Argentina fell.",
            "18.5",
            "MXN",
            "mexican peso per dollar",
        ),
    ],
)
def test_a_currency_word_of_several_countries(
    text: str, surface: str, currency: str, unit: str
) -> None:
    quantity = at(text, surface)
    assert (quantity.currency, quantity.unit) == (currency, unit)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a bare level right before the change in points that reached it
        ("Toronto Stock Exchange (15,842.71, up 41.29 points).", "15,842.71"),
        ("The TSX ended at 25,010 up 12 points.", "25,010"),
        ("The Nikkei stood at 38,200, off 150 points, in Tokyo.", "38,200"),
    ],
)
def test_a_level_before_its_change_in_points(text: str, surface: str) -> None:
    quantity = at(text, surface)
    assert (quantity.kind, quantity.unit) == ("measure", "point")


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        # a large bare part of an amount is in its unit
        (
            "Levin has collected 340 million of the 2.2 billion shekels.",
            "340 million",
            "money",
            "shekel",
        ),
        ("Ukraine shipped 4,000 of its 10,000 tonnes of grain.", "4,000", "measure", "tonne"),
        (
            "So far 1.2 million of the 3 million barrels were pumped.",
            "1.2 million",
            "measure",
            "barrel",
        ),
        # a small one counts what the amount describes
        ("Two of the $5 bills were fake.", "Two", "count", None),
    ],
)
def test_a_part_of_an_amount(text: str, surface: str, kind: str, unit: str | None) -> None:
    quantity = at(text, surface)
    assert (quantity.kind, quantity.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # the bare level an amount after "from" goes to is in its unit
        ("Mileage climbed from about 17-21 mpg to 29 for vans.", "29", "mile per gallon"),
        # not without "from": a change, then a level
        ("Shares in Oslo fell 3% to 120.", "120", None),
    ],
)
def test_the_level_an_amount_goes_to(text: str, surface: str, unit: str | None) -> None:
    assert at(text, surface).unit == unit
