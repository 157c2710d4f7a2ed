"""The ``numbers`` field on short real-world phrases: the attributes of each one number.
Qualifiers, events, rates, ages, temperatures, heights and weights (money, ranges, counts and
measures: test_numbers_phrases.py)."""

from __future__ import annotations

from typing import Any

import pytest

from number_checks import check_phrase

# phrase, the expected attributes of its one number (a subset of them)
PHRASES: list[tuple[str, dict[str, Any]]] = [
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
    ("nearly 64,000 times a second", dict(qualifier="~", value=64000)),
    ("Police arrested more than 200 protesters.", dict(counted="protesters", event="arrested")),
    ("The death toll rose to 57.", dict(value=57, event="killed")),
    ("A 7.8-magnitude earthquake struck.", dict(value=7.8, unit="magnitude")),
    ("just under 296 hp", dict(qualifier="<", unit="horsepower")),
    # rates, counted phrases after "of", hyphenated counted nouns
    ("crude rose to $58.24 per barrel", dict(value=58.24, unit="dollar per barrel")),
    ("copper rose to $10,850 a metric ton", dict(value=10850, unit="dollar per tonne")),
    ("a $3,500 a month mortgage", dict(value=3500, unit="dollar per month", currency="USD")),
    ("between $41 and $47 per share", dict(low=41, high=47, unit="dollar per share")),
    (
        "Oil fell from $75 a barrel to $45.88.",
        dict(value=75, low=45.88, high=75, unit="dollar per barrel"),
    ),
    # a rate after the US dollar's mark after the amount
    ("Brent topped out at over $93 US a barrel.", dict(value=93, unit="dollar per barrel")),
    (
        "from $82 U.S. per barrel to $51.37",
        dict(value=82, low=51.37, high=82, unit="dollar per barrel"),
    ),
    ("one of the students", dict(value=1, counted="students")),
    ("a 2.4-litre four-cylinder engine", dict(text="four", counted="cylinder")),
    ("a trade deficit of $-50.8bn", dict(value=-50_800_000_000, currency="USD")),
    ("rose by $21.7 billion to $386.4 billion", dict(text="$386.4 billion")),
    ("tens of thousands of dollars", dict(low=10_000, kind="money", currency="USD")),
    (
        "it will spend hundreds of billions of dollars",
        dict(low=100_000_000_000, high=1_000_000_000_000, kind="money", currency="USD"),
    ),
    ("thousands of pounds", dict(low=1000, currency="GBP")),
    ("He weighed 208 pounds.", dict(value=208, kind="measure", unit="pound")),
    ("It took six-and-a-half years.", dict(value=6.5, unit="year")),
    ("the 213 accounted for by", dict(value=213, counted=None)),
    # fractions count what follows "of"; a list shares its last number's unit and noun
    ("two-thirds of its members", dict(kind="fraction", counted="members")),
    ("Half the condos were sold.", dict(value=0.5, counted="condos")),
    ("1/16 of a pint", dict(value=1 / 16, counted="pint")),
    ("It costs 8 or $9.", dict(text="8", value=8, kind="money", currency="USD")),
    ("eight or nine euros", dict(text="eight", kind="money", currency="EUR")),
    # a poll's tally, the larger share first, is two percentages
    ("A poll has Ann Roe beating Tom Hale 48 to 41 percent.", dict(text="48", unit="percent")),
    ("Turnout rose 5 to 7 percent.", dict(text="5 to 7 percent", low=5, high=7)),
    ("a 7- or 8-inch screen", dict(text="7", value=7, unit="inch")),
    ("four-, six- and eight-cylinder engines", dict(text="four", counted="cylinder")),
    ("three or four people died", dict(text="three", counted="people", event="killed")),
    ("the index at 500 and 5.8% for bonds", dict(text="500", kind="count")),
    ("eight more picks", dict(value=8, counted="picks")),
    ("It had 5 fewer seats.", dict(value=5, counted="seats")),
    ("It hired 40 additional officers.", dict(value=40, counted="officers")),
    ("The herd had about 200 fewer than last year.", dict(value=200, counted=None)),
    ("a 48,000 barrel-a-day plant", dict(value=48_000, unit="barrel per day")),
    ("fees of up to £24 a-year", dict(value=24, unit="pound sterling per year")),
    ("24.5 cubic feet of space", dict(value=24.5, unit="cubic foot")),
    ("a 640bhp engine", dict(value=640, unit="brake horsepower")),
    ("15.3 ppg and 7.4 rpg", dict(text="15.3", unit="point per game")),
    ("two smaller units and swiftly let", dict(counted="smaller units")),
    # a verb after "and" opens a new clause: the team's, not more of the counted phrase
    (
        "It rallied in the fourth quarter and beat Denver 27-23.",
        dict(kind="ordinal", counted="quarter"),
    ),
    ("He scored two goals and led Ajax to the title.", dict(value=2, counted="goals")),
    # the counted phrase ends before a verb, a preposition, a weekday or a contraction
    ("the US for the first time joined talks", dict(kind="ordinal", counted="time")),
    ("at least 19 people were wounded", dict(counted="people", event="wounded", qualifier=">=")),
    ("three newly elected members", dict(counted="newly elected members")),
    ("two armed men", dict(counted="armed men")),
    ("scores of town elected officials", dict(counted="town elected officials")),
    ("a poll of 800 Nevada registered voters", dict(counted="Nevada registered voters")),
    ("two banks registered losses", dict(counted="banks")),
    ("the two behind the effort", dict(value=2, counted=None)),
    ("the first village upriver from", dict(kind="ordinal", counted="village")),
    ("the two semifinal games Sunday night", dict(counted="semifinal games")),
    ("the one guy who’s playing well", dict(counted="guy")),
    ("First time we’ve ever seen it", dict(kind="ordinal", counted="time")),
    ("the two regional women’s games", dict(counted="regional women’s games")),
    ("Tens of thousands of residents stay in the city.", dict(counted="residents")),
    ("More than 160 remained missing.", dict(counted=None, event="missing")),
    # events: verbs before and after, lists of people counts, people heads
    ("four men were fatally shot", dict(counted="men", event="killed")),
    ("a dozen others were stabbed", dict(counted="others", event="wounded")),
    ("12 pupils who were killed", dict(text="12", event="killed")),
    (
        "31 civilians, 17 soldiers, and 9 guards have been killed",
        dict(text="9", event="killed"),
    ),
    ("14 civilians, 22 rebel soldiers and 6 guards died", dict(text="14", event="killed")),
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
        "At least 19 people were killed and 14 hikers from a mountain lodge were missing",
        dict(text="14", event="missing"),
    ),
    ("Officers detained over 140 students at the march", dict(text="140", event="detained")),
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
    ("a margin of error of plus or minus 3.6 percentage points", dict(value=3.6)),
    (
        "Seven people, including a 3-year-old child, were injured.",
        dict(text="Seven", value=7, counted="people", event="wounded"),
    ),
    (
        "Two teenagers, aged 16 and 17, have been arrested.",
        dict(text="Two", counted="teenagers", event="arrested"),
    ),
    # a later count's own predicate, past an adverb of how badly or "remained"
    (
        "Nine died and 30 others were seriously injured.",
        dict(text="30", event="wounded"),
    ),
    (
        "Two divers drowned and five crew members remained missing.",
        dict(text="five", event="missing"),
    ),
    # a verb of protest right before a count: its object, no protesters
    ("Investors met to protest millions in bonuses.", dict(text="millions", event=None)),
    ("The mayor has rallied thousands with pledges of jobs.", dict(value=1000, event=None)),
    ("A protest drew 300 people.", dict(value=300, event="protested")),
    ("Four gunmen killed nine people.", dict(text="Four", event=None)),
    ("Four gunmen killed nine people.", dict(text="nine", event="killed")),
    ("The fight was filmed on a phone by at least one passer-by.", dict(event=None)),
    ("Three officers were attacked by 200 protesters.", dict(text="Three", event=None)),
    ("A man was seized in a raid as 100 workers marched.", dict(text="100", event="protested")),
    ("A boiler blew up, killing as many as 11 workers.", dict(value=11, event="killed")),
    ("Police shot dead at least 31 people during protests.", dict(value=31, event="killed")),
    ("Thousands of people took part in protests.", dict(counted="people", event="protested")),
    # a bare number after a word of temperature is in degrees
    ("Highs could reach 104 in St. Louis and 101 in Ohio.", dict(text="101", unit="degree")),
    ("The temperature hit 97 on Sunday.", dict(value=97, kind="measure", unit="degree")),
    ("Lows of -5 are expected in Moscow.", dict(value=-5, kind="measure", unit="degree")),
    ("He had a season-high five rebounds.", dict(counted="rebounds", unit=None)),
    # ages after a name, in years
    ("Ramos, 42, the daughter of", dict(value=42, kind="measure", unit="year of age")),
    ("John Smith (58) said", dict(value=58, kind="measure", unit="year of age")),
    # its closing comma or stop written apart, as tokenized text writes it
    ("Later , Mendes , 33 , signed for Porto .", dict(value=33, unit="year of age")),
    ('" It was loud , " said the pilot , Tom Hale , 52 .', dict(value=52, unit="year of age")),
    ("Lions : Ben Roe ( Sam Ford , 64 ) , Joe Cox", dict(value=64, unit=None)),
    # a semicolon closes it in a list of people whose items hold commas
    (
        "The dead were Ann Hale, 81; Tom Reyes, 79; and Joan Ivers, 90.",
        dict(text="79", unit="year of age"),
    ),
    ("She leaves two sons, Mark Poe Jr., 51; and Luke, 47.", dict(text="51", unit="year of age")),
    # ages after "aged", "age", "ages"
    ("a driver aged 51 was arrested", dict(value=51, kind="measure", unit="year of age")),
    ("two boys, ages 10 and 7, slept", dict(text="7", kind="measure", unit="year of age")),
    ("voters aged 18 to 34 said", dict(value=18, high=34, unit="year of age")),
    ("she died at age 94 on Sunday", dict(value=94, kind="measure", unit="year of age")),
    ("She retired at the age of 70.", dict(value=70, kind="measure", unit="year of age")),
    ("The woman, now 41, denied it.", dict(value=41, kind="measure", unit="year of age")),
    ("Children under 5 years of age.", dict(value=5, unit="year of age", counted=None)),
    # a hyphen after a percent sign joins a range; no minus sign
    ("Inflation is heading back to its 2%-3% target.", dict(low=2, high=3, unit="percent")),
    ("a retirement age to 64.", dict(value=64, kind="measure", unit="year of age")),
    # an obituary's "died ... at 76"
    ("The singer died on Tuesday at 76, his family said.", dict(value=76, unit="year of age")),
    (
        "Jazz pianist Ellen Moore dies at 87\nShe died on Sunday.",
        dict(value=87, unit="year of age"),
    ),
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
    # "about" the preposition of a topic is no approximation
    ("Voters are worried about 250 jobs at the mill.", dict(value=250, qualifier="=")),
    ("The mayor was firm about one thing: no new taxes.", dict(counted="thing", qualifier="=")),
    ("Critics are wary about one of the plans.", dict(value=1, qualifier="=")),
    ("The mill employs about 300 people.", dict(value=300, qualifier="~")),
    ("About one of every six voters is undecided.", dict(text="one", qualifier="~")),
    ("She listed about 30 things she missed.", dict(value=30, qualifier="~")),
    # a height in feet and inches is one measure in feet
    ("The 6ft 8in forward joined in January.", dict(text="6ft 8in", value=6 + 8 / 12)),
    ("He stands 6 feet 2 inches tall.", dict(text="6 feet 2 inches", value=6 + 2 / 12)),
    # and so is one written with primes, the inch mark after
    (
        "The suspect is about 5’10”, police said.",
        dict(text="5’10”", value=5 + 10 / 12, unit="foot"),
    ),
    ("The center is 6'3\" and 230 pounds.", dict(text="6'3\"", value=6 + 3 / 12, unit="foot")),
    ("He is 6′2″ and fast.", dict(text="6′2″", value=6 + 2 / 12, unit="foot")),
    # in brackets or between commas after a name too, as rosters write it (one number)
    ("Guard Jalen Smith (6’2”) led the team.", dict(value=6 + 2 / 12, unit="foot")),
    ("Jones, 6'4\", is a senior.", dict(value=6 + 4 / 12, unit="foot")),
    ("The wall rose 10 feet in 2 days.", dict(text="10", value=10, unit="foot")),
    # a large number of pounds is money, unless goods weighed follow
    ("The food bank gave out 78 million pounds of food.", dict(unit="pound", currency=None)),
    ("They smuggle hundreds of pounds of cocaine.", dict(unit="pound", currency=None)),
    ("It caused millions of pounds of damage.", dict(unit="pound sterling", currency="GBP")),
    # Reuters' "stg" is sterling
    ("Rapeseed sold at 198 stg a tonne.", dict(unit="pound sterling per tonne", currency="GBP")),
    ("A meal costs 5,000 kyats in Yangon.", dict(unit="myanmar kyat", currency="MMK")),
    ("A coffee costs 30,000 dong in Hanoi.", dict(unit="vietnamese dong", currency="VND")),
    # a comparative after the noun ends the counted phrase
    ("She polled 900,000 votes higher than Jones.", dict(counted="votes")),
    # business news' words of more, less and about
    ("The deal is worth north of $1 billion.", dict(value=1_000_000_000, qualifier=">")),
    ("Its shares trade south of $10.", dict(value=10, qualifier="<")),
    ("a transfer fee in the region of £40m", dict(value=40_000_000, qualifier="~")),
    ("Damage was put at nearer $400,000.", dict(value=400_000, qualifier="~")),
    ("The real total is closer to 61,000 files.", dict(value=61_000, qualifier="~")),
]


@pytest.mark.parametrize(("phrase", "expected"), PHRASES, ids=[p for p, _ in PHRASES])
def test_phrase(phrase: str, expected: dict[str, Any]) -> None:
    check_phrase(phrase, expected)
