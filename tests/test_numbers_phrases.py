"""The ``numbers`` field on short real-world phrases: the attributes of each one number. Money,
percentages, ranges, spelled-out numbers, scales, what a count counts, vague counts, fractions,
negatives, ordinals and measures (qualifiers, events, rates, ages:
test_numbers_phrase_events.py)."""

from __future__ import annotations

from typing import Any

import pytest

from number_checks import check_phrase

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
    ("Two and a half million people fled.", dict(value=2_500_000, counted="people")),
    ("A million and a half voters", dict(text="A million and a half", value=1_500_000)),
    ("a dozen and a half eggs", dict(value=18, counted="eggs")),
    ("There are 3 hundred million users.", dict(value=300_000_000, counted="users")),
    ("half a million people", dict(value=500_000, counted="people")),
    ("A half-dozen people came.", dict(text="A half-dozen", value=6, counted="people")),
    ("She bought a half dozen eggs.", dict(text="a half dozen", value=6, counted="eggs")),
    ("Half-a-dozen men came.", dict(text="Half-a-dozen", value=6, counted="men")),
    ("A half million fans came.", dict(text="A half million", value=500_000, counted="fans")),
    (
        "Some three-quarters of a million people fled.",
        dict(text="three-quarters of a million", value=750_000, counted="people"),
    ),
    # scales
    ("1.2 million people", dict(text="1.2 million", value=1_200_000, counted="people")),
    ("700,000 homes", dict(value=700_000, counted="homes")),
    # a bare amount compared with one in a unit is in that unit
    (
        "Profit fell to 360 million euros from 663 million.",
        dict(text="663 million", kind="money", currency="EUR"),
    ),
    ("The workweek lengthened to 35.1 hours from 34.9 in May.", dict(text="34.9", unit="hour")),
    # ... after the rest of its clause, with words that say a comparison
    (
        "Sales reached $5.1 billion in the quarter, compared with 4.6 billion.",
        dict(text="4.6 billion", kind="money", currency="USD"),
    ),
    # ... and so is a bare amount that ends a clause of contrast set against it
    (
        "The top estimate is 89 cents, whereas the lowest is 79.75.",
        dict(text="79.75", kind="money", unit="cent"),
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
    ("The 70-lap race starts at noon.", dict(value=70, counted="lap")),
    # a noun ending in -ing is no verb
    (
        "It held rates for a third straight meeting.",
        dict(value=3, kind="ordinal", counted="straight meeting"),
    ),
    ("He homered in the ninth inning.", dict(value=9, kind="ordinal", counted="inning")),
    (
        "Hulu hired 25 producers of original programming.",
        dict(value=25, counted="producers of original programming"),
    ),
    # the event of another verb joined by "and" is not the number's
    (
        "The storm hit, killing 12 people and forcing more than 600,000 to flee.",
        dict(text="600,000", event="displaced"),
    ),
    (
        "The storm hit, killing 12 people and forcing more than 600,000 out.",
        dict(text="600,000", event=None),
    ),
    ("It gathered 40 rabbis and Jewish leaders.", dict(counted="rabbis and Jewish leaders")),
    ("35m of its devices", dict(text="35m", value=35_000_000)),
    ("an output of 1.2m tons", dict(value=1_200_000, unit="ton")),
    ("a 25k bonus", dict(value=25_000)),
    # vague counts
    ("hundreds of drones", dict(text="hundreds", value=100, low=100, high=1000, qualifier=">=")),
    ("tens of thousands of people protested", dict(low=10_000, event="protested")),
    ("dozens of protesters", dict(low=12, high=120, counted="protesters", event="protested")),
    # ... past a determiner or a possessive after "of", as a count's
    ("Dozens of their supporters were arrested.", dict(counted="supporters", event="arrested")),
    ("thousands of the city's residents fled", dict(low=1000, counted="residents")),
    ("Several dozen soldiers were wounded.", dict(low=24, high=99, counted="soldiers")),
    ("a few dozen yards away", dict(text="a few dozen", low=24, unit="yard")),
    # "a couple" of a scale is two or three of it
    ("A couple dozen nurses quit.", dict(text="A couple dozen", low=24, high=36, counted="nurses")),
    ("a couple of hundred fans", dict(text="a couple of hundred", value=200, high=300)),
    ("It cost a couple thousand dollars.", dict(text="a couple thousand", unit="dollar")),
    ("bitten a couple thousand times", dict(low=2000, unit="count")),
    # a vague word after a number is what it counts
    ("Allen ran for two scores.", dict(value=2, counted="scores")),
    # ... and so is one after a kind of it, capitalized or hyphenated: a cricketer's centuries
    ("Smith has scored 29 Test hundreds.", dict(value=29, counted="Test hundreds")),
    ("Kohli has made 50 ODI hundreds.", dict(value=50, counted="ODI hundreds")),
    # a batsman's century is no number; a hundred before its noun is one
    ("Babar reached his hundred off 98 balls.", dict(value=98, counted="balls")),
    ("Kohli's hundred came off 106 balls.", dict(value=106, counted="balls")),
    ("Root made a maiden hundred off 143 balls.", dict(value=143, counted="balls")),
    ("In his hundred days in office, the mayor cut taxes.", dict(value=100, unit="day")),
    ("Kohli's hundred runs came quickly.", dict(value=100, counted="runs")),
    # not after a year, nor before "of"
    ("In 2019 hundreds of people fled.", dict(text="hundreds", low=100, counted="people")),
    ("By 2020 thousands had left the city.", dict(text="thousands", low=1000, high=10_000)),
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
    # a race's distance after "the" names the race, no millions
    ("Bolt won the 100m in Berlin.", dict(value=100, unit="m")),
    ("Kipyegon broke the 1500m world record in Paris.", dict(value=1500, unit="m")),
    ("Chebet won the 10,000m.", dict(value=10_000, unit="m")),
    # ... but an amount before its noun stays one
    ("The 200m deal was signed.", dict(value=200_000_000, counted="deal")),
    ("a six-year-old boy", dict(value=6, unit="year of age")),
    ("at a nearly two-decade high", dict(value=2, unit="decade", qualifier="~")),
    ("It took three decades.", dict(value=3, unit="decade", counted=None)),
    ("a star 110 light-years from Earth", dict(value=110, unit="light-year", counted=None)),
    ("Kenya raised KSh 120 billion.", dict(value=120_000_000_000, currency="KES")),
    ("The bill adds a Sh50 levy on transfers.", dict(value=50, currency="KES")),
    ("The cedi rose to GH₵10.45.", dict(value=10.45, currency="GHS")),
    ("He scored eight goals in Ligue 1 last season.", dict(text="eight", counted="goals")),
    ("a 2.4GHz chip", dict(value=2.4, unit="gigahertz")),
    ("a 2,500-square-foot home", dict(value=2500, unit="square foot", counted=None)),
    ("The 6-foot-7 forward scored.", dict(text="6-foot-7", value=6 + 7 / 12, unit="foot")),
    ("It fell to minus 4 Fahrenheit.", dict(value=-4, unit="fahrenheit")),
    ("Blood pressure fell by 12 mmHg.", dict(value=12, unit="millimetre of mercury")),
]


@pytest.mark.parametrize(("phrase", "expected"), PHRASES, ids=[p for p, _ in PHRASES])
def test_phrase(phrase: str, expected: dict[str, Any]) -> None:
    check_phrase(phrase, expected)
