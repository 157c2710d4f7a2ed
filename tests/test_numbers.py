"""The ``numbers`` field: counts, money, percentages, measures, ordinals and fractions.

Each test reads as an example of what the field gives for a stretch of news text.
"""

from __future__ import annotations

import string
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
import newsfacts_numbers
from newsfacts import Quantity
from newsfacts.testing import FieldUnderTest, check_field, check_text, news_texts
from newsfacts_numbers import event_patterns, links, patterns
from newsfacts_numbers import lexicon as numbers_lexicon
from newsfacts_numbers.caseless import FIND_FROM

EXTRACTOR = newsfacts.Extractor(["numbers"])


def numbers(text: str) -> list[Quantity]:
    """The numbers of ``text`` found by the plugin alone (no dates field to defer to)."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    return newsfacts_numbers.extract(document)


def only(text: str) -> Quantity:
    [quantity] = numbers(text)
    return quantity


# --- the seed article ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_article: newsfacts.Article) -> newsfacts.Result:
    return EXTRACTOR.extract(seed_article)


def _at(result: newsfacts.Result, text: str, occurrence: int = 0) -> Quantity:
    found = [q for q in result["numbers"] if q.text == text]
    assert len(found) > occurrence, f"no number {text!r} in the seed"
    quantity = found[occurrence]
    assert isinstance(quantity, Quantity)
    return quantity


def test_seed_killed_and_wounded(seed: newsfacts.Result) -> None:
    two = _at(seed, "two")
    assert (two.value, two.qualifier, two.counted, two.event) == (2, ">=", "people", "killed")
    nineteen = _at(seed, "19")
    assert (nineteen.value, nineteen.qualifier, nineteen.event) == (19, ">=", "wounded")
    assert nineteen.counted == "people"


def test_seed_drones_regions_rounds(seed: newsfacts.Result) -> None:
    drones = _at(seed, "397")
    assert (drones.value, drones.kind, drones.counted) == (397, "count", "Shahed and decoy drones")
    assert drones.qualifier == "=" and drones.event is None
    regions = _at(seed, "five")
    assert (regions.value, regions.counted) == (5, "other regions")
    rounds = _at(seed, "Two")
    assert (rounds.value, rounds.counted) == (2, "rounds")
    more = _at(seed, "700")
    assert (more.value, more.qualifier, more.counted) == (700, ">", "attack and decoy drones")


def test_seed_measures(seed: newsfacts.Result) -> None:
    front = _at(seed, "1,000")
    assert (front.value, front.kind, front.unit) == (1000, "measure", "km")
    miles = _at(seed, "620")
    assert (miles.value, miles.kind, miles.unit) == (620, "measure", "mile")


def test_seed_ordinals(seed: newsfacts.Result) -> None:
    ordinals = {(q.text, q.value) for q in seed[newsfacts.NUMBERS] if q.kind == "ordinal"}
    assert {("third", 3), ("first", 1)} <= ordinals


def test_seed_vague_count(seed: newsfacts.Result) -> None:
    hundreds = _at(seed, "hundreds")
    assert (hundreds.low, hundreds.high, hundreds.counted) == (200, 999, "Shahed drones")


def test_seed_days_and_months_are_not_numbers(seed: newsfacts.Result) -> None:
    texts = {q.text for q in seed["numbers"]}
    assert not texts & {"Thursday", "March", "Wednesday", "February"}


def test_seed_duration_is_a_quantity_too(seed: newsfacts.Result) -> None:
    durations = {d.text for d in seed.dates if d.type == "DURATION"}
    assert any(text.startswith("10") for text in durations)  # "10-hour"
    ten = [q for q in seed.numbers if q.text == "10"]
    assert [(q.value, q.kind, q.unit) for q in ten] == [(10, "measure", "hour")]


def test_a_date_is_not_a_number_but_a_duration_is() -> None:
    text = (
        "The talks ended two years ago, on 10 July 2024, after 20 minutes. They meet every 3 years."
    )
    result = newsfacts.Extractor(["numbers"]).extract(text)
    assert [(q.text, q.value, q.unit) for q in result.numbers] == [
        ("20", 20, "minute"),
        ("3", 3, "year"),
    ]


# --- short real-world phrases ---------------------------------------------------------------

# phrase, the expected attributes of its one number (a subset of them)
PHRASES: list[tuple[str, dict[str, Any]]] = [
    # money
    ("The deal is worth $3bn.", dict(text="$3bn", value=3_000_000_000, currency="USD")),
    ("a £1.2bn takeover", dict(value=1_200_000_000, kind="money", currency="GBP")),
    ("They paid €40m for him.", dict(text="€40m", value=40_000_000, currency="EUR")),
    ("US$5.6 billion in aid", dict(text="US$5.6 billion", value=5_600_000_000, unit="dollar")),
    ("a fine of $1.5 trillion", dict(value=1_500_000_000_000, currency="USD")),
    ("It costs ¥500.", dict(value=500, currency="JPY")),
    ("a €1,250.50 bill", dict(value=1250.5, currency="EUR")),
    ("He earned 280 million shekels.", dict(text="280 million", value=280_000_000, currency="ILS")),
    ("Gold is at USD1,700.", dict(text="USD1,700", value=1700, currency="USD")),
    ("a Rs 500 crore project", dict(value=5_000_000_000, currency="INR")),
    ("raised A$20m", dict(value=20_000_000, currency="AUD")),
    ("pay 30 euros a month", dict(text="30", value=30, kind="money", currency="EUR")),
    ("shares fell to 164p", dict(value=164, kind="money", currency="GBP")),
    ("aid worth 2 billion hryvnias", dict(value=2_000_000_000, currency="UAH")),
    ("a tablet for 1,200€ in Lyon", dict(text="1,200€", value=1200, currency="EUR")),
    # percentages
    ("Prices rose 15 per cent.", dict(text="15 per cent", value=15, kind="percent")),
    ("Prices rose 15%.", dict(text="15%", value=15, unit="percent")),
    ("a 4.2 percent drop", dict(text="4.2 percent", value=4.2, kind="percent")),
    ("a 3-point rise in support", dict(value=3, kind="percent", unit="percentage point")),
    ("It fell 0.5 percentage points.", dict(value=0.5, kind="percent")),
    ("about 70 per cent of the index", dict(value=70, qualifier="~")),
    ("a rate of 1.38pc", dict(text="1.38pc", value=1.38, kind="percent")),
    ("Bake it for 3min.", dict(value=3, kind="measure", unit="minute")),
    # an index level after a change in points
    ("The FTSE 100 fell 41.2 points to 7,013.5.", dict(text="7,013.5", unit="point")),
    # and after a change in percent of an index named before it
    ("The Nasdaq Composite added 0.98% to 21,450.02.", dict(text="21,450.02", unit="point")),
    ("The FTSE 100 rose 0.5% to a record 8,941.12.", dict(text="8,941.12", unit="point")),
    (
        "The Nasdaq rose 88.1 points, or 0.6%, to close at 15,120.9.",
        dict(text="15,120.9", unit="point", kind="measure"),
    ),
    # ranges
    ("between 5 and 10 people", dict(text="5 and 10", low=5, high=10, counted="people")),
    ("classes for ages 5-10, 11-14", dict(text="5-10", low=5, high=10)),
    ("It takes 5-10 years.", dict(text="5-10", low=5, high=10)),
    ("from 5 to 10 per cent", dict(low=5, high=10, kind="percent")),
    ("US $89 to $93 billion", dict(low=89_000_000_000, high=93_000_000_000, currency="USD")),
    ("four to five thousand people", dict(low=4000, high=5000, counted="people")),
    ("a 5–10% cut", dict(text="5–10%", low=5, high=10, kind="percent")),
    # spelled-out numbers
    ("Three people died.", dict(value=3, counted="people", event="killed")),
    ("The mountaineer died in 1925 at 24.", dict(text="24", unit="year of age", event=None)),
    ("nineteen soldiers", dict(value=19, counted="soldiers")),
    ("twenty-eight thousand six hundred forty-two", dict(value=28642)),
    ("a dozen eggs", dict(text="a dozen", value=12, counted="eggs")),
    ("two and a half hours", dict(value=2.5, unit="hour")),
    ("There were 4 hundred million people.", dict(value=400_000_000, counted="people")),
    ("half a million people", dict(value=500_000, counted="people")),
    # scales
    ("1.2 million people", dict(text="1.2 million", value=1_200_000, counted="people")),
    ("700,000 homes", dict(value=700_000, counted="homes")),
    # a bare amount compared with one in a unit is in that unit
    (
        "Profit fell to 360 million euros from 663 million.",
        dict(text="663 million", kind="money", currency="EUR"),
    ),
    ("The workweek shortened to 34.3 hours from 34.7 in June.", dict(text="34.7", unit="hour")),
    # ... and so is a bare amount that ends a clause of contrast set against it
    (
        "The highest forecast is 92.5 cents, while the lowest is 81.25.",
        dict(text="81.25", kind="money", unit="cent"),
    ),
    (
        "The FTSE rose by 1.4 percent but the CAC fell by 0.8.",
        dict(text="0.8", kind="percent", unit="percent"),
    ),
    # ... and a bare amount parallel to it, each with its place or time
    (
        "Candidate A drew 11 percentage points from Smith and 6 from Jones.",
        dict(text="6", kind="percent", unit="percentage point"),
    ),
    ("Rainfall reached 120 mm in Leeds and 95 in York.", dict(text="95", unit="millimetre")),
    # not one that a clause of its own goes on after
    (
        "Turnout was 62 percent, but in Ohio it was 58 among young voters.",
        dict(text="58", unit=None),
    ),
    # a currency's prefix ends what a count counts
    ("The tower has 88 floors and cost HK$1.2 billion.", dict(text="88", counted="floors")),
    # ... but not one with a noun of its own
    (
        "The club is 14th with 11 points from nine games.",
        dict(text="nine", kind="count", unit=None, counted="games"),
    ),
    # a name after "and" is the list's next item; an adjective before a noun joins
    ("They took 72 seats and Reform UK won.", dict(value=72, counted="seats")),
    # an irregular past after the noun ends the phrase, as an -ed verb does
    ("Then six generating units broke down.", dict(value=6, counted="generating units")),
    # "plus" after the noun adds a sum's other term
    ("They get one share plus $88.82 in cash.", dict(text="one", counted="share")),
    ("A ferry carrying 65 people sank off Bali.", dict(value=65, counted="people")),
    ("The 70-lap race starts at noon.", dict(value=70, counted="lap race")),
    # a noun ending in -ing is no verb
    (
        "It held rates for a third straight meeting.",
        dict(value=3, kind="ordinal", counted="straight meeting"),
    ),
    ("He homered in the ninth inning.", dict(value=9, kind="ordinal", counted="inning")),
    # the event of another verb joined by "and" is not the number's
    (
        "The storm hit, killing 12 people and forcing more than 600,000 to flee.",
        dict(text="600,000", event="displaced"),
    ),
    (
        "The storm hit, killing 12 people and forcing more than 600,000 out.",
        dict(text="600,000", event=None),
    ),
    ("It drew 30 pastors and Christian leaders.", dict(counted="pastors and Christian leaders")),
    ("35m of its devices", dict(text="35m", value=35_000_000)),
    ("an output of 1.2m tons", dict(value=1_200_000, unit="ton")),
    ("a 25k bonus", dict(value=25_000)),
    # vague counts
    ("hundreds of drones", dict(text="hundreds", value=200, low=200, qualifier=">=")),
    ("tens of thousands of people protested", dict(low=20_000, event="protested")),
    ("dozens of protesters", dict(low=24, counted="protesters", event="protested")),
    # a vague word after a number is what it counts
    ("Allen ran for two scores.", dict(value=2, counted="scores")),
    ("several hundred workers", dict(low=200, counted="workers")),
    # fractions
    ("a third of voters", dict(text="a third", kind="fraction", value=1 / 3)),
    ("half of the votes", dict(text="half", kind="fraction", value=0.5)),
    # ... and after "by" before a word of time: "fell by a third last year"
    ("Exports fell by a third last year.", dict(text="a third", kind="fraction", value=1 / 3)),
    ("He was replaced by a third baseman.", dict(text="third", kind="ordinal", value=3)),
    ("two-thirds of members", dict(kind="fraction", value=2 / 3, counted="members")),
    ("1/2 pound of chocolate", dict(value=0.5, unit="pound")),
    # negatives
    ("Temperatures fell to -5 degrees.", dict(text="-5", value=-5, unit="degree")),
    ("minus 3 degrees", dict(value=-3)),
    ("a launch angle of minus-1.4 degrees", dict(value=-1.4)),
    # ordinals
    ("the third round", dict(kind="ordinal", value=3, counted="round")),
    ("for the first time", dict(kind="ordinal", value=1)),
    ("its 10th anniversary", dict(text="10th", kind="ordinal", value=10)),
    ("the twenty-first century", dict(kind="ordinal", value=21)),
    # a rank after a rank is the next item of a list, not what the first counts
    ("They finished third fourth and fifth.", dict(text="third", kind="ordinal", counted=None)),
    ("He was the first second baseman to win it.", dict(kind="ordinal", counted="second baseman")),
    (
        "the first female and third Black governor",
        dict(text="first", kind="ordinal", counted="female and third Black governor"),
    ),
    # measures
    ("The 1,000-kilometre front", dict(value=1000, unit="km")),
    ("a 620-mile front", dict(value=620, unit="mile")),
    ("about 5 km", dict(value=5, unit="km", qualifier="~")),
    ("25 kg of rice", dict(value=25, unit="kg")),
    ("2 million barrels a day", dict(value=2_000_000, unit="barrel per day")),
    ("winds of 120 mph", dict(value=120, unit="mile per hour")),
    ("the 100m sprint", dict(value=100, unit="m")),
    ("a six-year-old boy", dict(value=6, unit="year of age")),
    ("at a nearly two-decade high", dict(value=2, unit="decade", qualifier="~")),
    ("It took three decades.", dict(value=3, unit="decade", counted=None)),
    ("a star 110 light-years from Earth", dict(value=110, unit="light-year", counted=None)),
    ("Kenya raised KSh 120 billion.", dict(value=120_000_000_000, currency="KES")),
    ("The cedi rose to GH₵10.45.", dict(value=10.45, currency="GHS")),
    ("He scored eight goals in Ligue 1 last season.", dict(text="eight", counted="goals")),
    ("a 2.4GHz chip", dict(value=2.4, unit="gigahertz")),
    ("a 2,500-square-foot home", dict(value=2500, unit="square foot", counted=None)),
    ("The 6-foot-7 forward scored.", dict(text="6-foot-7", value=6 + 7 / 12, unit="foot")),
    ("It fell to minus 4 Fahrenheit.", dict(value=-4, unit="fahrenheit")),
    ("Blood pressure fell by 12 mmHg.", dict(value=12, unit="millimetre of mercury")),
    # qualifiers and events
    ("at least 12 people were killed", dict(qualifier=">=", event="killed")),
    ("up to 30 soldiers were arrested", dict(qualifier="<=", event="arrested")),
    ("over 1,000 migrants were detained", dict(qualifier=">", event="detained")),
    ("fewer than 50 residents were evacuated", dict(qualifier="<", event="evacuated")),
    ("50 or more students", dict(qualifier=">=", counted="students")),
    ("Adults 65 and older may apply.", dict(value=65, qualifier=">=")),
    ("Children 12 or younger ride free.", dict(value=12, qualifier="<=")),
    ("Seven were injured.", dict(value=7, event="wounded")),
    ("two people are still missing", dict(event="missing")),
    ("3,000 Ukrainians displaced", dict(counted="Ukrainians", event="displaced")),
    ("nearly 78,000 times a minute", dict(qualifier="~", value=78000)),
    ("Police arrested more than 200 protesters.", dict(counted="protesters", event="arrested")),
    ("The death toll rose to 57.", dict(value=57, event="killed")),
    ("A 7.8-magnitude earthquake struck.", dict(value=7.8, unit="magnitude")),
    ("just under 296 hp", dict(qualifier="<", unit="horsepower")),
    # rates, counted phrases after "of", hyphenated counted nouns
    ("crude rose to $58.24 per barrel", dict(value=58.24, unit="dollar per barrel")),
    ("copper rose to $10,850 a metric ton", dict(value=10850, unit="dollar per tonne")),
    ("a $3,500 a month mortgage", dict(value=3500, unit="dollar per month", currency="USD")),
    ("between $62 and $68 per share", dict(low=62, high=68, unit="dollar per share")),
    ("one of the students", dict(value=1, counted="students")),
    ("a 2.4-litre four-cylinder engine", dict(text="four", counted="cylinder engine")),
    ("a trade deficit of $-50.8bn", dict(value=-50_800_000_000, currency="USD")),
    ("rose by $43.6 billion to $419.2 billion", dict(text="$419.2 billion")),
    ("tens of thousands of dollars", dict(low=20_000, kind="money", currency="USD")),
    (
        "it will spend hundreds of billions of dollars",
        dict(low=200_000_000_000, high=999_999_999_999, kind="money", currency="USD"),
    ),
    ("thousands of pounds", dict(low=2000, currency="GBP")),
    ("He weighed 208 pounds.", dict(value=208, kind="measure", unit="pound")),
    ("It has been seven-and-a-half years.", dict(value=7.5, unit="year")),
    ("the 187 accounted for by", dict(value=187, counted=None)),
    # fractions count what follows "of"; a list shares its last number's unit and noun
    ("two-thirds of its members", dict(kind="fraction", counted="members")),
    ("Half the condos were sold.", dict(value=0.5, counted="condos")),
    ("1/16 of a pint", dict(value=1 / 16, counted="pint")),
    ("It costs 8 or $9.", dict(text="8", value=8, kind="money", currency="USD")),
    ("eight or nine euros", dict(text="eight", kind="money", currency="EUR")),
    ("a 7- or 8-inch screen", dict(text="7", value=7, unit="inch")),
    ("four-, five- and six-cylinder engines", dict(text="four", counted="cylinder engines")),
    ("three or four people died", dict(text="three", counted="people", event="killed")),
    ("the index at 500 and 5.8% for bonds", dict(text="500", kind="count")),
    ("eight more picks", dict(value=8, counted="picks")),
    ("It had 5 fewer seats.", dict(value=5, counted="seats")),
    ("It hired 40 additional officers.", dict(value=40, counted="officers")),
    ("The herd had about 200 fewer than last year.", dict(value=200, counted=None)),
    ("a 52,000 barrel-a-day refinery", dict(value=52_000, unit="barrel per day")),
    ("fees of up to £24 a-year", dict(value=24, unit="pound sterling per year")),
    ("24.5 cubic feet of space", dict(value=24.5, unit="cubic foot")),
    ("a 640bhp engine", dict(value=640, unit="brake horsepower")),
    ("15.3 ppg and 7.4 rpg", dict(text="15.3", unit="point per game")),
    ("two smaller tenancies and quickly taken", dict(counted="smaller tenancies")),
    # the counted phrase ends before a verb, a preposition, a weekday or a contraction
    ("the US for the first time joined talks", dict(kind="ordinal", counted="time")),
    ("at least 19 people were wounded", dict(counted="people", event="wounded", qualifier=">=")),
    ("three newly elected members", dict(counted="newly elected members")),
    ("two armed men", dict(counted="armed men")),
    ("the one behind the effort", dict(value=1, counted=None)),
    ("the first neighborhood downriver from", dict(kind="ordinal", counted="neighborhood")),
    ("the two semifinal games Friday night", dict(counted="semifinal games")),
    ("the one guy that’s doing well", dict(counted="guy")),
    ("First time we’ve ever had it", dict(kind="ordinal", counted="time")),
    ("the two national women’s games", dict(counted="national women’s games")),
    ("Tens of thousands of civilians remain in the town.", dict(counted="civilians")),
    ("More than 160 remained missing.", dict(counted=None, event="missing")),
    # events: verbs before and after, lists of people counts, people heads
    ("three people were fatally shot", dict(counted="people", event="killed")),
    ("a dozen others were stabbed", dict(counted="others", event="wounded")),
    ("20 first-graders who were killed", dict(text="20", event="killed")),
    (
        "24 civilians, 24 fighters, and 25 militiamen have been killed",
        dict(text="25", event="killed"),
    ),
    ("12 civilians, 24 Kurdish fighters and 25 militiamen died", dict(text="12", event="killed")),
    # a part of a count after "including" shares its event
    (
        "Strikes killed 45 people overnight, including 12 children, officials said.",
        dict(text="12", counted="children", event="killed"),
    ),
    ("The blast killed 12 people.", dict(event="killed")),
    ("killing 12.", dict(value=12, event="killed")),
    ("The attack left 30 dead.", dict(value=30, event="killed")),
    ("injuring at least 40.", dict(value=40, event="wounded", qualifier=">=")),
    # a count's own verb after it, before the event of the clause next to it
    ("12 people died and 40 were arrested", dict(text="40", event="arrested")),
    ("361 were injured and 32 others were missing", dict(text="32", event="missing")),
    (
        "At least 38 people were killed and dozens more were missing after the dam burst.",
        dict(text="dozens", event="missing"),
    ),
    (
        "At least 24 people were killed and 23 girls from a summer camp were missing",
        dict(text="23", event="missing"),
    ),
    ("Police detained more than 120 students in the protest", dict(text="120", event="detained")),
    ("five soldiers were killed and two were wounded", dict(text="two", event="wounded")),
    # one person counted, and the counted as doers: no event of theirs
    ("The blast killed one woman.", dict(counted="woman", event="killed")),
    ("One student was arrested.", dict(counted="student", event="arrested")),
    ("Two men shot a woman outside a bar.", dict(counted="men", event=None)),
    ("Scheffler shot a final-round 68 to win.", dict(value=68, counted=None, event=None)),
    (
        "The overdose death rate fell to 22.5 per 100,000 people.",
        dict(text="100,000", counted="people", event=None),
    ),
    ("a margin of error of plus or minus 2.7 percentage points", dict(value=2.7)),
    (
        "Seven people, including a 3-year-old child, were injured.",
        dict(text="Seven", value=7, counted="people", event="wounded"),
    ),
    (
        "Two teenagers, aged 16 and 17, have been arrested.",
        dict(text="Two", counted="teenagers", event="arrested"),
    ),
    ("Four gunmen killed nine people.", dict(text="Four", event=None)),
    ("Four gunmen killed nine people.", dict(text="nine", event="killed")),
    ("The attack was captured on video by at least one bystander.", dict(event=None)),
    ("Three officers were attacked by 200 protesters.", dict(text="Three", event=None)),
    ("A man was seized in a raid as 100 workers marched.", dict(text="100", event="protested")),
    ("A car bomb exploded, killing as many as 20 people.", dict(value=20, event="killed")),
    ("Police shot dead at least 31 people during protests.", dict(value=31, event="killed")),
    ("Thousands of people took part in protests.", dict(counted="people", event="protested")),
    # a bare number after a word of temperature is in degrees
    ("Highs could reach 104 in St. Louis and 101 in Ohio.", dict(text="101", unit="degree")),
    ("The temperature hit 97 on Sunday.", dict(value=97, kind="measure", unit="degree")),
    ("Lows of -5 are expected in Moscow.", dict(value=-5, kind="measure", unit="degree")),
    ("He had a season-high five rebounds.", dict(counted="rebounds", unit=None)),
    # ages after a name, in years
    ("Clinton, 35, the daughter of", dict(value=35, kind="measure", unit="year of age")),
    ("John Smith (58) said", dict(value=58, kind="measure", unit="year of age")),
    # ages after "aged", "age", "ages"
    ("a driver aged 51 was arrested", dict(value=51, kind="measure", unit="year of age")),
    ("two boys, ages 10 and 7, slept", dict(text="7", kind="measure", unit="year of age")),
    ("voters aged 18 to 34 said", dict(value=18, high=34, unit="year of age")),
    ("she died at age 94 on Sunday", dict(value=94, kind="measure", unit="year of age")),
    ("She retired at the age of 70.", dict(value=70, kind="measure", unit="year of age")),
    ("The woman, now 41, denied it.", dict(value=41, kind="measure", unit="year of age")),
    # a hyphen after a percent sign joins a range; no minus sign
    ("Inflation is heading back to its 2%-3% target.", dict(low=2, high=3, unit="percent")),
    ("a retirement age to 64.", dict(value=64, kind="measure", unit="year of age")),
    # an obituary's "died ... at 76"
    ("The singer died on Tuesday at 76, his family said.", dict(value=76, unit="year of age")),
    ("He died at 40 sites.", dict(value=40, unit=None, counted="sites")),
    # an amount said a year before is no rate
    ("profit fell to $2.8bn from $3.6bn a year ago", dict(text="$3.6bn", unit="dollar")),
    ("sales of $4m a year earlier", dict(value=4_000_000, unit="dollar")),
    ("he earns $50,000 a year", dict(value=50_000, unit="dollar per year")),
    # "over" after an amount is "during": "$45 billion over 10 years"
    ("it would cost $45 billion over 10 years", dict(text="10", qualifier="=")),
    ("he served over 10 years", dict(text="10", qualifier=">")),
    # "over" a verb's particle: "handed over 63 jets" handed 63
    ("Rival Airbus handed over 63 jets in June.", dict(value=63, qualifier="=")),
    # "up to" after a verb of a rise is "to": the rate rose to 4.1%
    ("The jobless rate edged up to 4.1% in June.", dict(value=4.1, qualifier="=")),
    ("Tuition has gone up to $9,200 a year.", dict(value=9_200, qualifier="=")),
    ("Mortgage rates climbed back up to 7 percent.", dict(value=7, qualifier="=")),
    ("Highs could rise up to 38 degrees.", dict(value=38, qualifier="<=")),
    ("The council will pay up to $5,000.", dict(value=5_000, qualifier="<=")),
    ("The bank will buy back up to 2 million of its shares.", dict(qualifier="<=")),
    # a height in feet and inches is one measure in feet
    ("The 6ft 8in forward joined in January.", dict(text="6ft 8in", value=6 + 8 / 12)),
    ("He stands 6 feet 2 inches tall.", dict(text="6 feet 2 inches", value=6 + 2 / 12)),
    ("The wall rose 10 feet in 2 days.", dict(text="10", value=10, unit="foot")),
    # a large number of pounds is money, unless goods weighed follow
    ("The food bank gave out 78 million pounds of food.", dict(unit="pound", currency=None)),
    ("They funnel hundreds of pounds of illicit drugs.", dict(unit="pound", currency=None)),
    ("It caused millions of pounds of damage.", dict(unit="pound sterling", currency="GBP")),
    # business news' words of more, less and about
    ("The deal is worth north of $1 billion.", dict(value=1_000_000_000, qualifier=">")),
    ("Its shares trade south of $10.", dict(value=10, qualifier="<")),
    ("a transfer fee in the region of £40m", dict(value=40_000_000, qualifier="~")),
    ("Damage was put at nearer $400,000.", dict(value=400_000, qualifier="~")),
    ("The true count is closer to 54,000 pages.", dict(value=54_000, qualifier="~")),
]


@pytest.mark.parametrize(("phrase", "expected"), PHRASES, ids=[p for p, _ in PHRASES])
def test_phrase(phrase: str, expected: dict[str, Any]) -> None:
    found = [q for q in numbers(phrase) if q.kind != "ordinal" or expected.get("kind")]
    if "text" in expected:  # the phrase has other numbers too
        found = [q for q in found if q.text == expected["text"]]
    assert len(found) == 1, found
    quantity = found[0]
    for name, value in expected.items():
        if isinstance(value, float):
            assert getattr(quantity, name) == pytest.approx(value), name
        else:
            assert getattr(quantity, name) == value, name


NOT_NUMBERS = [
    "Fires forced the evacuation of several First Nations communities.",
    "Results:\n1. Simon Yates (Britain)\n2. Ben Healy (Ireland)",
    "Overall: 1. Ben Healy (Ireland); 2. Tadej Pogacar (Slovenia)",
    "UPDATE 2-China's exports beat forecasts",
    "Call 020 7946 0958 now.",
    "Call +44 20 7946 0958.",
    "Read https://example.org/2024/5/report now.",
    "See www.example.com/page/42 for details.",
    "Two Boeing 737 jets landed.",
    "a Boeing 787 Dreamliner",
    "COVID-19 cases rose",
    "a batch of plutonium-238 for missions such as Voyager 1",
    "Eskom will spend R2.3 billion on lines.",
    "the Million Man March",
    "Section 427 of the code",
    "the president of Ironworkers Local 86 said",
    "The law, SB 53, takes effect in the new year.",
    "under Article 5 of the treaty",
    "the G7 summit",
    "MH17 was shot down",
    "5G networks",
    "a 2-1 win",
    "No one was hurt.",
    "They won 3-1.",
    "an F-16 fighter",
    "the second half",
    "flown at half-staff",
    "She lives at 49 Zorro Ranch Road.",
    "Call Crime Stoppers at 1-888-274-6372.",
    "The truck crashed near mile marker 60 on I-135.",
    "The driver was stopped on the M6 near Junction 10.",
    "Traffic backed up between Exit 1 and Exit 6.",
    "The board rezoned land along U.S. 17, and a crash on US 101 closed lanes.",
    "He called the tax a mistake from day one.",
    "The Ravens (0-1) host the Raiders.",
    "Google unveiled Gemini 2.5 Deep Think, and Anthropic Claude Opus 4.1.",
    "Deputies answered a 911 call; a neighbor had called 911.",
    "The 4-H livestock auction opens Friday.",
    "COVID -19 tests",
    "each one they lose",
    "watched on BBC One",
    "United sacked manager Erik ten Hag on Monday.",
    "the Stoxx 600 index",
    "at Ground Zero",
    "He won 3-6 6-3 7-6 (7-5) on Sunday.",
    "She beat her rival 3-6, 6-4, 7-6 (7-4) on Sunday.",
    "in the previous year and a half.",
    "Inside the Beltway, #2.",
    "Read part 1 here.",
    "on channel 125.",
    "call 905-453-2121, ext. 1133.",
    '<tweet id="672138506081275904">',
    "a one-of-a-kind townhouse",
    "8024 Turtle Creek Cir., Gainesville",
    "in the 400 block of River Avenue",
    "the NCAA Final Four",
    "the winning Mega Millions ticket",
    "shot near 146th Street and West 42nd St. on Monday",
    "the Suns beat the Lakers 118-109 on Friday",
]


@pytest.mark.parametrize("phrase", NOT_NUMBERS)
def test_not_a_number(phrase: str) -> None:
    found = [q for q in numbers(phrase) if q.kind != "ordinal" and q.text != "Two"]
    assert found == []


def test_an_adverb_or_verb_after_the_noun_ends_the_counted_phrase() -> None:
    text = "Two statewide officials said 3,000 workers nationwide and 500 people live there."
    assert [(q.text, q.counted) for q in numbers(text)] == [
        ("Two", "statewide officials"),
        ("3,000", "workers"),
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
    text = "Trump Unleashed 4 Words On Them\nSaturday: Deportivo Coruna 1 Real Madrid 1\n"
    assert [q.text for q in numbers(text)] == ["4", "1", "1"]


def test_won_is_korean_money_only_for_an_amount_of_it() -> None:
    found = numbers(
        "The company offered 100,000 won ($72) and a bonus of 15.8 million won. Of its 650 seats, "
        "411 won by Labour were new; the team had 3 won and 2 lost."
    )
    korean = [q.text for q in found if q.currency == "KRW"]
    assert korean == ["100,000", "15.8 million"]
    assert len(found) == 7


def test_a_capitalized_ordinal_after_the_opens_a_name() -> None:
    text = (
        "The First Amendment case went to the Fifth Circuit, which ruled on the first "
        "day of the hearing, decades after the Second World War."
    )
    assert [(q.text, q.value) for q in numbers(text)] == [("first", 1)]


def test_a_capitalized_ordinal_after_a_preposition_opens_a_name() -> None:
    text = (
        "The service is at First Methodist Church on Fifth Avenue, and the analyst at "
        "First Boston came in third."
    )
    assert [(q.text, q.value) for q in numbers(text)] == [("third", 3)]


def test_a_count_of_nothing_in_a_game_report_has_no_event() -> None:
    text = (
        "Golf: Defending champion Scott Hoch shot 68 on Thursday and was six strokes back "
        "after the first round of the tournament, where Nolan Henke birdied the 18th hole to "
        "lead the field by two strokes."
    )
    assert [(q.text, q.event) for q in numbers(text) if q.text == "68"] == [("68", None)]


def test_scores_are_not_ranges() -> None:
    assert [q.value for q in numbers("The vote was 52 to 48.")] == [52, 48]


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


# --- properties -------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_and_offsets_hold(text: str) -> None:
    for quantity in numbers(text):
        assert text[quantity.start : quantity.end] == quantity.text


NEWSY = st.text(alphabet=st.sampled_from(list("0123456789,.-–%$£€ abcmkn of to and\n")))


@settings(max_examples=200, deadline=None)
@given(NEWSY)
def test_newsy_text_never_raises(text: str) -> None:
    for quantity in numbers(text):
        assert text[quantity.start : quantity.end] == quantity.text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_digit_strings_round_trip(n: int) -> None:
    written = f"{n:,}"
    quantity = only(f"They counted {written} ballots.")
    assert (quantity.text, quantity.value) == (written, n)
    assert quantity.counted == "ballots"


def test_hostile_input_is_fast() -> None:
    text = "1," * 20_000 + " and " + "- " * 20_000 + "hundred " * 5_000 + "$" * 10_000
    numbers(text)


# --- the checks every plugin passes (newsfacts.testing) -----------------------------------

UNDER_TEST = FieldUnderTest.load(newsfacts.NUMBERS)


def test_passes_the_plugin_checks() -> None:
    check_field(
        UNDER_TEST,
        [
            "Russia fired 397 drones and 18 missiles, killing at least two people.",
            "The package is worth $3bn, about 15% of the budget, over 1,000 kilometres.",
        ],
    )


@settings(max_examples=25, deadline=None)
@given(news_texts())
def test_news_texts_pass_the_plugin_checks(text: str) -> None:
    check_text(UNDER_TEST, text)


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


def test_a_number_in_a_web_address_is_no_quantity() -> None:
    assert numbers("See www.example.com/report-2024/page5 for 12 charts.")[-1].text == "12"
    assert [fact.text for fact in numbers("Write to desk5@example.com today.")] == []


def test_the_address_check_reads_only_near_the_number() -> None:
    # No blank for 50,000 characters: the "@" at the start is not this number's address, and
    # the check does not read back to it (reading the whole run for each number was quadratic).
    text = "@" + "x" * 50_000 + "(12 charts)"
    assert [fact.text for fact in numbers(text)] == ["12"]


def test_a_pressure_in_kilopounds_per_square_inch() -> None:
    found = numbers("The alloy failed below 8.90 ksi (61.4 MPa).")
    assert [(fact.text, fact.unit) for fact in found] == [
        ("8.90", "kilopound per square inch"),
        ("61.4", "megapascal"),
    ]


def test_every_identifier_pattern_compiles() -> None:
    # Compiled on first use, not at import: a broken row of data/identifiers.tsv shows here.
    from newsfacts.plugin import compiled

    for source, _needs in (*patterns.IDENTIFIERS, *patterns.DIGIT_LED):
        assert compiled(source).pattern == source
    assert compiled(patterns.DIGIT_LED_ANY).match("737 MAX jets")


def test_a_capitalized_number_word_after_the_opens_a_name() -> None:
    text = (
        "The law requires the Ten Commandments in classrooms near the Three Gorges Dam, "
        "where ten teachers objected."
    )
    assert [(q.text, q.value) for q in numbers(text)] == [("ten", 10)]


@pytest.mark.parametrize(
    "text",
    [
        "The club thanked Ten Hag for his work.",
        "said Scot Brown, director of the group One Wisconsin Now.",
        "They sold homes through their company, One Way Home.",
        "The poll is part of the paper's One Nation series.",
    ],
)
def test_a_capitalized_number_word_inside_a_sentence_opens_a_name(text: str) -> None:
    assert numbers(text) == []


def test_a_capitalized_number_word_opening_a_sentence_is_a_number() -> None:
    assert [(q.text, q.value) for q in numbers("Ten Hags were sold. Two Britons died.")] == [
        ("Ten", 10),
        ("Two", 2),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Cessna 172 left the airfield at noon.",
        "The new iOS 26 adds live translation.",
        "Regulators grounded the Boeing 737 Max 9, and later every Max 8.",
        "He was convicted of first-degree murder and second-degree arson.",
        "Keefe went 212-97-40, and residents can dial 2-1-1.",
        "India's Nifty 50 index and the STOXX 600 were little changed.",
        "The first lady thanked the first responders, and First Minister Kate Reid agreed.",
        "Crews fought the Mile Marker 14 Fire, and the Region 1 Board met.",
        "The deal requires Iveco to first sell its defence unit.",
        "Boeing aims to raise 737 production and 787 deliveries.",
    ],
)
def test_names_and_terms_with_numbers_are_no_quantities(text: str) -> None:
    assert numbers(text) == []


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
        # "of" inside a name joins it; a name cut off at the phrase's reach ends before "of"
        ("He killed four University of Idaho students in 2022.", "University of Idaho students"),
        ("Two Bank of America executives resigned.", "Bank of America executives"),
        ("It opened the 5th District's Lincoln Club Hall of Fame.", "District's Lincoln Club Hall"),
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
        ("They will transfer about $555-million in pension obligations.", 555_000_000),
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


def test_people_charged_are_an_arrest_not_the_death_they_are_charged_with() -> None:
    text = "Two teenagers were charged with murder in the shooting death of a classmate."
    assert [(q.text, q.event) for q in numbers(text)] == [("Two", "arrested")]


def test_a_word_glued_by_a_hyphen_is_counted_not_an_event() -> None:
    [lead, shot] = numbers("Els took a two-shot lead, and police said three were shot.")
    assert (lead.counted, lead.event) == ("shot lead", None)
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
    ("text", "number", "value", "unit"),
    [
        ("December wheat settled down 9 1/4 cents.", "9 1/4", 9.25, "cent"),
        ("The envoy spent about 5 1/2 hours in Nairobi.", "5 1/2", 5.5, "hour"),
        ("The notes pay 6 3/8% a year.", "6 3/8%", 6.375, "percent"),
        # a fraction in one character, glued to the number or not
        ("The pipe was 2 ½ inches wide.", "2 ½", 2.5, "inch"),
        ("Shares rose 3¼ points.", "3¼", 3.25, "point"),
    ],
)
def test_a_whole_number_and_a_fraction_are_one_number(
    text: str, number: str, value: float, unit: str
) -> None:
    [quantity] = numbers(text)
    assert (quantity.text, quantity.value, quantity.unit) == (number, value, unit)


@pytest.mark.parametrize(
    ("text", "number", "value", "unit"),
    [
        ("The bank cut its rate by a quarter point.", "a quarter", 0.25, "point"),
        ("He ran a half mile.", "a half", 0.5, "mile"),
        ("The drive took half an hour.", "half", 0.5, "hour"),
        ("Growth slowed by half a percentage point.", "half a percentage point", 0.5,
         "percentage point"),
    ],
)  # fmt: skip
def test_a_fraction_before_a_unit_is_a_part_of_it(
    text: str, number: str, value: float, unit: str
) -> None:
    [quantity] = numbers(text)
    assert (quantity.text, quantity.value, quantity.unit) == (number, value, unit)


def test_quarters_that_make_a_whole_or_more_are_periods_not_a_fraction() -> None:
    assert numbers("The economy grew at its fastest pace in five quarters.") == []
    [fraction] = numbers("The party won three quarters of the vote.")
    assert (fraction.text, fraction.value) == ("three quarters", 0.75)


def test_an_ordinal_and_a_hyphen_before_a_unit_is_a_rank() -> None:
    [rank] = numbers("She is a third-year chemistry student.")
    assert (rank.text, rank.kind, rank.value) == ("third", "ordinal", 3)
    [rank] = numbers("Heavy rain lashed Kerala for a third day.")  # no third of a day
    assert (rank.text, rank.kind, rank.value, rank.counted) == ("third", "ordinal", 3, "day")


def test_a_whole_number_and_a_proper_fraction_with_no_unit_are_one_count() -> None:
    text = "Buehler lasted 4 2/3 innings; the Yankees are 1 1/2 games back. The 9/11 report."
    assert [(q.text, q.value, q.counted) for q in numbers(text)] == [
        ("4 2/3", 4 + 2 / 3, "innings"),
        ("1 1/2", 1.5, "games"),
    ]
    text = "The Guardians came back from 15½ games behind."
    assert [(q.text, q.value, q.counted) for q in numbers(text)] == [("15½", 15.5, "games")]


def test_a_change_then_a_level_is_no_range() -> None:
    text = "LIN surged 4 5/8 to 112 5/8, and sales rose 10 to 15 percent."
    assert [q.text for q in numbers(text)] == ["4 5/8", "112 5/8", "10 to 15 percent"]


@pytest.mark.parametrize(
    "text",
    ["A magnitude 6.2 earthquake struck off the coast.", "The strongest was of magnitude 6.2."],
)
def test_a_magnitude_is_written_before_its_number(text: str) -> None:
    [quake] = numbers(text)
    assert (quake.value, quake.kind, quake.unit) == (6.2, "measure", "magnitude")


def test_an_event_word_followed_by_its_own_number_is_that_numbers_event() -> None:
    text = "The quake shook a city of 16 million and injured at least 151 people."
    assert [(q.text, q.event) for q in numbers(text)] == [
        ("16 million", None),
        ("151", "wounded"),
    ]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Net income doubled to 697 million euros, or 79 cents a share.", "EUR"),
        ("Shares closed at C$35, up 12.5 cents.", "CAD"),
        ("It earned $5 million, or 10 cents a share.", "USD"),
        ("Sales hit 5 billion euros. Shares rose 20 cents.", "USD"),
        ("The Australian dollar bought 65 US cents.", "USD"),
        ("Profit was C$612 million. The loonie fetched 73.05 U.S. cents.", "USD"),
        ("The kiwi rose to 59 Australian cents.", "AUD"),
    ],
)
def test_cents_are_of_the_currency_of_the_amount_before_them(text: str, currency: str) -> None:
    assert numbers(text)[-1].currency == currency


def test_a_golf_scores_under_qualifies_no_number() -> None:
    text = "He closed with a 3-under 68 to finish at 17-under 267, under 270."
    assert [(q.text, q.qualifier) for q in numbers(text)] == [
        ("3", "="),
        ("68", "="),
        ("17", "="),
        ("267", "="),
        ("270", "<"),
    ]


def test_cents_of_an_article_in_another_dollar_are_that_dollars() -> None:
    text = "Profit rose to C$612 million. The dividend rose by 15% to 59 cents a share."
    assert numbers(text)[-1].currency == "CAD"
    assert numbers("SYDNEY — Shares rose 12 cents to $4.50.")[0].currency == "AUD"


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # a dateline's dollar: a local paper's "$"
        ("SYDNEY — He owed $340,000 and 5,000 dollars more.", [("AUD", "australian dollar")] * 2),
        ("LONDON, Ontario — The city spent $2 million.", [("CAD", "canadian dollar")]),
        (
            "SINGAPORE — A fine of $5,000, or US$3,700.",
            [("SGD", "singapore dollar"), ("USD", "dollar")],
        ),
        # a qualifier decides; a local symbol written keeps "$" for the US dollar
        ("PERTH, Scotland — The council spent $5 million.", [("USD", "dollar")]),
        (
            "TORONTO (Reuters) - Shares hit C$150 as oil rose to $70.",
            [("CAD", "canadian dollar"), ("USD", "dollar")],
        ),
        ("The Sydney council spent $5 million.", [("USD", "dollar")]),
        # the world quotes gold and oil in US dollars
        ("PERTH — Gold rose to $2,300 an ounce.", [("USD", "dollar per ounce")]),
        # and the markets it prices in them, named before the amount in its sentence
        (
            "SINGAPORE — Bitcoin rose above $123,000; the city fined him $5,000.",
            [("USD", "dollar"), ("SGD", "singapore dollar")],
        ),
    ],
)
def test_a_bare_dollar_is_the_datelines_own(text: str, currencies: list[tuple[str, str]]) -> None:
    assert [(q.currency, q.unit) for q in numbers(text) if q.kind == "money"] == currencies


@pytest.mark.parametrize(
    "text",
    [
        "He turned 26 in September.",
        "Support runs until the child turns 18.",
        "The student, 20, was from Chesterfield.",
        "A fire killed a man, 84, in Scottdale.",
    ],
)
def test_a_birthday_is_an_age(text: str) -> None:
    [age] = numbers(text)
    assert (age.kind, age.unit) == ("measure", "year of age")


def test_a_rank_takes_no_qualifier() -> None:
    [rank] = numbers("Chelsea moved up to third with a win.")
    assert (rank.kind, rank.qualifier) == ("ordinal", "=")


def test_a_count_after_and_with_a_passive_of_its_own_takes_no_event_before() -> None:
    found = numbers("Some 60 residents were evacuated and three people were treated at a clinic.")
    assert [(quantity.text, quantity.event) for quantity in found] == [
        ("60", "evacuated"),
        ("three", None),
    ]


def test_adjectives_before_an_event_noun_describe_the_event() -> None:
    [deaths] = numbers("Arizona recorded 645 heat-related deaths last year.")
    assert (deaths.counted, deaths.event) == ("heat-related deaths", "killed")


@pytest.mark.parametrize(
    "text", ["Idaho has 9 people on death row.", "Two judges received death threats."]
)
def test_death_row_and_death_threats_are_no_deaths(text: str) -> None:
    assert [quantity.event for quantity in numbers(text)] == [None]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Deployments rose to 9.6 gigawatt-hours.", "gigawatt hour"),
        ("The grid used 3 terawatt hours.", "terawatt hour"),
    ],
)
def test_energy_in_watt_hours_written_out(text: str, unit: str) -> None:
    assert [quantity.unit for quantity in numbers(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a degree's letter after one space, as AP writes temperatures
        ("It was 23.6 C in Madrid and above 38 C in Paris.", ["celsius", "celsius"]),
        ("Highs reached 104 F, the hottest day of the year.", ["fahrenheit"]),
        # not a model's letter and number, nor another one-letter unit after a space
        ("The carrier holds 30 to 40 F-15 fighters and 158 F /A-18s.", [None, None]),
        ("The pool is 5 m deep.", [None]),
    ],
)
def test_a_degrees_letter_after_one_space(text: str, units: list[str | None]) -> None:
    assert [quantity.unit for quantity in numbers(text)] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man in his 40s was stabbed.", [("40s", 40, 40, 49)]),
        ("The victim, in her early 30s, was hurt.", [("30s", 30, 30, 33)]),
        ("Both were in their mid-20s.", [("20s", 24, 24, 26)]),
        ("She is now in her late 70s.", [("70s", 77, 77, 79)]),
        # a decade of years is no age
        ("In the 70s, prices rose.", []),
    ],
)
def test_an_age_told_by_its_decade_is_a_range_of_years(
    text: str, expected: list[tuple[str, int, int, int]]
) -> None:
    found = [q for q in numbers(text) if q.unit == "year of age"]
    assert [(q.text, q.value, q.low, q.high) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # bare degrees in the one scale of the temperatures of their sentence
        ("It passed 40C in Seville and 38 degrees in Rome.", ["celsius", "celsius"]),
        ("Highs of 95F gave way to 70 degrees at night.", ["fahrenheit", "fahrenheit"]),
        # not in another sentence, nor between two scales
        ("It hit 40C. The car made a 180 degree turn.", ["celsius", "degree"]),
        ("From 30C, or 86F, it fell 10 degrees.", ["celsius", "fahrenheit", "degree"]),
    ],
)
def test_bare_degrees_take_the_scale_of_their_sentence(text: str, units: list[str | None]) -> None:
    assert [quantity.unit for quantity in numbers(text)] == units


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Caine, a retired three-star general and former F-16 pilot, spoke.", "star general"),
        ("It bought 30 F-15 and F-16 fighter planes last year.", "F-15 and F-16 fighter planes"),
    ],
)
def test_and_joins_a_model_number_only_to_another(text: str, counted: str) -> None:
    assert [fact.counted for fact in numbers(text)] == [counted]


@pytest.mark.parametrize(
    "text",
    [
        "The bank booked a one-time gain from its stake in Visa.",
        "Thursday night was a one-sided affair.",
        "Fares show one-way tickets to Moscow.",
        "Hackers broke into a third-party platform.",
        "It is based on first-hand accounts.",
    ],
)
def test_one_in_an_idiom_is_no_count(text: str) -> None:
    assert numbers(text) == []


def test_the_level_an_index_closes_at_is_in_points() -> None:
    text = "Britain's FTSE 100 index closed at a record 8,871.31 on Friday, up 0.4%."
    level = numbers(text)[0]
    assert (level.value, level.kind, level.unit) == (8871.31, "measure", "point")


def test_a_tiebreak_after_a_set_is_no_count() -> None:
    text = "Carlos Alcaraz beat Taylor Fritz 6-4, 5-7, 6-3, 7-6 (6) on Friday."
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A special court had sentenced five of the men to death in 2015.", "detained"),
        ("Two people were stabbed to death on Sunday.", "killed"),
    ],
)
def test_to_death_after_a_verb_is_that_verbs_event(text: str, event: str) -> None:
    assert numbers(text)[0].event == event


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("They will share the 11 million Swedish kronor prize.", "SEK"),
        ("The fine was 25,000 Swiss francs.", "CHF"),
        ("Bonds worth 2.7 billion zlotys were sold.", "PLN"),
        ("A phone costs 7,199 Chinese yuan.", "CNY"),
    ],
)
def test_a_currency_named_with_its_country_is_money(text: str, currency: str) -> None:
    assert [(fact.kind, fact.currency) for fact in numbers(text)] == [("money", currency)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("At first she believed it was bad data.", []),
        ("At first glance the plan looked cheap.", []),
        ("Allenby won at first play-off hole.", ["first"]),
    ],
)
def test_at_first_is_no_ordinal_but_before_what_it_counts(text: str, found: list[str]) -> None:
    assert [fact.text for fact in numbers(text)] == found


def test_an_age_after_a_name_may_end_its_sentence() -> None:
    text = "The truck struck a car driven by Susan Doyle, 62. Justice Ann Murray spoke."
    age = numbers(text)[0]
    assert (age.value, age.unit) == (62, "year of age")


def test_a_mile_marker_is_no_quantity() -> None:
    assert numbers("The truck crossed the median near mile 186 and struck a car.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The system should first repair its aging fleet.", []),
        ("The move was first reported by MSNBC.", []),
        ("The first happened just after 11 p.m.", ["first"]),
        ("The party may host its first contested convention in 40 years.", ["first", "40"]),
    ],
)
def test_first_before_a_verb_is_an_adverb(text: str, found: list[str]) -> None:
    assert [fact.text for fact in numbers(text)] == found


def test_the_digits_of_a_unit_follow_a_letter() -> None:
    """The scan does not read a number inside a date when the next number is a run of digits
    with no letter before it: what a scale, unit or rate after the number reads holds no
    such digits ("km2" holds its "2" after a letter)."""
    words = [*numbers_lexicon.UNITS, *numbers_lexicon.SCALES, *numbers_lexicon.RATES]
    for word in words:
        for index, char in enumerate(word):
            assert not char.isdecimal() or (index > 0 and word[index - 1].isalpha()), word


def test_the_case_variants_of_the_quick_tests_are_those_of_the_whole_bmp() -> None:
    """``folded_chars`` reads only the characters that change when case-mapped, and finds
    what a case-insensitive scan of every character of the BMP finds ("ſ" for "s", the
    Kelvin sign for "k", "µ" for "μ")."""
    every = "".join(map(chr, range(0x10000)))
    units = {unit[0] for unit in numbers_lexicon.UNITS}
    for chars in ({"s", "k", "μ", "$", "%", "°"}, units, set(string.ascii_letters)):
        klass = regex.compile(f"(?i:[{''.join(map(regex.escape, sorted(chars)))}])")
        assert numbers_lexicon.folded_chars(chars) == chars | set(klass.findall(every))


# --- number and event words found in the lowered text (caseless) ---------------------------

# Every character that lowers to one character: the text lowered keeps its offsets.
_ONE_FOR_ONE = "".join(
    char
    for char in map(chr, range(0x110000))
    if not 0xD800 <= ord(char) < 0xE000 and len(char.lower()) == 1
)


def test_lowering_reads_the_same_but_for_the_long_s() -> None:
    """Lowered, a text reads the same to a pattern of lower-case ASCII words, white space and
    word boundaries: ``(?i)`` matches a character to a letter where the character lowers to
    it, but for "ſ"; lowering keeps word and white-space characters what they are."""
    lowered = _ONE_FOR_ONE.lower()
    folded = regex.compile(r"(?i:[a-z])")
    to_letters = {_ONE_FOR_ONE[m.start()] for m in folded.finditer(_ONE_FOR_ONE)}
    lowering_to_letters = {
        char for char, low in zip(_ONE_FOR_ONE, lowered, strict=True) if "a" <= low <= "z"
    }
    assert to_letters - lowering_to_letters == {"ſ"}
    assert lowering_to_letters <= to_letters
    assert all(regex.fullmatch(f"(?i:{char.lower()})", char) for char in lowering_to_letters)
    for kind in (r"\w", r"\s"):
        pattern = regex.compile(kind)
        assert [m.start() for m in pattern.finditer(_ONE_FOR_ONE)] == [
            m.start() for m in pattern.finditer(lowered)
        ]


def test_a_letter_or_digit_before_a_word_is_a_word_character() -> None:
    """caseless tries no pattern after a letter or a digit: no word boundary is there."""
    word = regex.compile(r"\w")
    every_char = (chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    letters_and_digits = "".join(c for c in every_char if c.isalpha() or c.isdecimal())
    assert len(word.findall(letters_and_digits)) == len(letters_and_digits)


@pytest.mark.parametrize(
    "text",
    [
        "Three KILLED, ſeven Injured",  # the long s: scanned as written
        "İstanbul: TWENTY-ONE were arrested",  # "İ" lowers to two characters
        "Ⅻ ARRESTED, twenty Dead; Eleven",
        "ΣΑΣ five DIED",
        "Someone often phoned ten_one 5one one2 Tenths, tens; TEN-year one's ones",
        "beaten\n to  death, Killings, protesters; unarrested x-killed 'died' shot\tdead",
    ],
)
def test_caseless_words_find_what_the_folded_pattern_finds(text: str) -> None:
    padding = " " * FIND_FROM  # a text long enough to be read with str.find
    for words in (patterns.HIT_WORDS, event_patterns.EVENT_STARTS):
        for written in (text, text.upper(), text + padding, padding + text.upper()):
            expected = [m.start() for m in words.folded.finditer(written, overlapped=True)]
            assert words.starts(written) == expected
    # Whole words: the same starts as the scan that resumes after each match.
    words = patterns.HIT_WORDS
    assert words.starts(text) == [m.start() for m in words.folded.finditer(text)]


@pytest.mark.parametrize(
    "text",
    ["The S&P 500 rose", "the Hang  Seng fell", "reindexed", "an index fund", "Dowry", "", "x"],
)
def test_an_index_is_named_where_the_pattern_finds_one(text: str) -> None:
    for written in (text, text + " " * FIND_FROM, " " * FIND_FROM + text):
        assert links.index_named(written) == (links.INDEX_HEAD.search(written) is not None)
