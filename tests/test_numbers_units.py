"""The ``numbers`` field's units: points of a rate or of an index, rates after amounts in
brackets, the units and currencies of the tables, units in capitals, parts of a unit. Each row
is a sentence of news and the facts it gives (which currency: test_numbers_currencies.py)."""

from __future__ import annotations

import pytest

from number_checks import Row, facts, numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jobless rate rose 0.3 point to 4.1 percent.", ("0.3", "percentage point")),
        ("Support for Labour fell 5 points to 32%, the poll showed.", ("5", "percentage point")),
        # a change in index points, then the index's level
        ("The Dow fell 300 points, or 1%, to 33,000.", ("300", "point")),
    ],
)
def test_points_to_a_percentage_are_percentage_points(text: str, expected: tuple[str, str]) -> None:
    first = numbers(text)[0]
    assert (first.text, first.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Owners accepted the bid of C$7 (US$5.12) per share.",
            [("C$7", "canadian dollar per share"), ("US$5.12", "dollar per share")],
        ),
        (
            "It is a 9 billion shekel ($2.4 billion) a year industry.",
            [("9 billion", "shekel per year"), ("$2.4 billion", "dollar per year")],
        ),
        (
            "The speed limit is 50 km (31 miles) per hour.",
            [("50", "km per hour"), ("31", "mile per hour")],
        ),
        # "a year ago" is no rate; nor is a change in brackets
        ("It cost $5 (£4) a year ago.", [("$5", "dollar"), ("£4", "pound sterling")]),
        ("It earned $5 (up 3%) per share.", [("$5", "dollar"), ("3%", "percent")]),
    ],
)
def test_a_rate_after_an_amount_in_brackets_is_both_amounts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.unit) for q in numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Sales rose to 4.6 million headsets, up from 2.9 million last year.", "headsets"),
        ("There were 1,806 confirmed cases, up from 247 a decade ago.", "confirmed cases"),
        # ... after the rest of the count's clause, with words that say a comparison
        ("The firm shipped 3.9 million headsets in June, up from 2.4 million.", "headsets"),
        (
            "About 840 bikes were stolen in the city this spring compared with 95 a year ago.",
            "bikes",
        ),
        ("The grocer trimmed its outlets to about 420 outlets from 510.", "outlets"),
        ("She cut back to one paving crew from three.", "paving crew"),
        ("Four million homes statewide, including 1.2 million in Houston.", "homes"),
        ("Officials said 150 warplanes, including 64 on the carrier, took part.", "warplanes"),
        # a part is smaller than its whole
        ("Five suspects, including 12 in custody.", None),
        # a noun of its own, or a number of another order, counts no phrase of the first
        ("It won 5 seats from 2,000 votes.", "votes"),
        # ... and one parallel to it, each with a relative clause of one pronoun
        (
            "There are 5,200 workers who lost their jobs in 2024 and 3,100 who had hours cut.",
            "workers",
        ),
        ("The chain has 40 stores that sell food and 30 that sell clothes.", "stores"),
        ("The chain has 40 stores that sell food and 30 which sell clothes.", None),
        ("There are 5,200 workers who left. And 3,100 who stayed.", None),
        ("It has 40 stores that sell food, 12 vans and 30 that sell tools.", None),
        ("Ortiz has 410 supporters compared with 38 who back Reyes.", None),
        ("The town lost 40 homes in the flood of 1998, compared with 35.", None),
        ("We sold 300 cars to dealers from Ohio and 250 to Texas.", None),
    ],
)
def test_a_bare_count_compared_with_a_count_counts_the_same(text: str, counted: str | None) -> None:
    assert numbers(text)[-1].counted == counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spending reached 1.7 trillion tenge.", [("1.7 trillion", "kazakhstani tenge")]),
        (
            "Smog hit 187 micrograms per cubic metre in Lahore.",
            [("187", "microgram per cubic metre")],
        ),
        ("Ms. Vance held a 7 percentage-point lead.", [("7 percentage-point", "percentage point")]),
        (
            "He trails by a four-percentage-point gap.",
            [("four-percentage-point", "percentage point")],
        ),
        ("IBM picked a 16-bit chip.", [("16", "bit")]),
        ("It does not bother me one bit.", [("one", None)]),
    ],
)
def test_units_and_currencies_of_the_tables(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.unit) for q in numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The school pays $15,000 per student.", ("$15,000", "dollar per student", "USD")),
        (
            "Cumin fell to 21,400 rupees per quintal.",
            ("21,400", "indian rupee per quintal", "INR"),
        ),
        ("Fines are up to $1,000 per violation.", ("$1,000", "dollar per violation", "USD")),
        # a percentage is a rate per a span of time only
        ("The market grew almost 5 percent a year.", ("5 percent", "percent per year", None)),
        ("Prices rose 2.5% per annum in Chile.", ("2.5%", "percent per year", None)),
        ("Sales rose 3% a year earlier.", ("3%", "percent", None)),
        ("The fund pays 5% a share.", ("5%", "percent", None)),
        ("The fund returned 5% per investor.", ("5%", "percent", None)),
        # a number or a determiner after "per" is no noun of a rate
        ("It sold for $3.41 per thousand cubic feet.", ("$3.41", "dollar", "USD")),
        ("It costs $5 per the contract.", ("$5", "dollar", "USD")),
        # a vague amount takes the unit right after it, as after "of"
        (
            "Pupils raised several thousand dollars at the fair.",
            ("several thousand", "dollar", "USD"),
        ),
        ("The stands were a few hundred meters away.", ("a few hundred", "m", None)),
        # ... and a rate after it
        ("Families pay thousands of dollars a month.", ("thousands", "dollar per month", "USD")),
        (
            "It costs several hundred dollars per person.",
            ("several hundred", "dollar per person", "USD"),
        ),
    ],
)
def test_a_rate_per_any_noun_and_a_vague_amount_with_its_unit(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    [found] = numbers(text)
    assert (found.text, found.unit, found.currency) == expected


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("They relocated for their younger son Diego who was 8.", True),
        ("She turns 41 before the election.", True),
        ("Nakamura, who is 31, said she backs Warren.", True),
        ("She learned of it when she was 25, and she applied.", True),
        ("Pupils under the age of 7 years get free meals.", True),
        ("It covers men between the ages of 40 and 65 years.", True),
        ("He served 5 years in prison.", False),
        # a score, a count with its noun, a golfer's strokes
        ("He was 2 for 4 at the plate.", False),
        ("He was 35 minutes late.", False),
        ("It was 10 at halftime.", False),
    ],
)
def test_an_age_said_with_a_verb_before_a_clause_or_a_time(text: str, age: bool) -> None:
    assert (numbers(text)[0].unit == "year of age") is age


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Fed cut rates by a quarter of a percentage point.",
            ("a quarter of a percentage point", 0.25, "percent", "percentage point"),
        ),
        (
            "It was found one-third of a mile east of the dam.",
            ("one-third", 1 / 3, "measure", "mile"),
        ),
        # no unit after "of a": a part of what follows
        ("A third of a century ago.", ("A third", 1 / 3, "fraction", None)),
    ],
)
def test_a_fraction_of_a_unit_is_that_part_of_it(
    text: str, expected: tuple[str, float, str, str | None]
) -> None:
    found = numbers(text)[0]
    assert (found.text, found.value, found.kind, found.unit) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The TA-35 slipped 0.4% to 1,872.06 in thin trade.",
        "The Bovespa fell 1.2% to 118,400.5 in Sao Paulo.",
        "The Straits Times Index rose 0.3% to 3,215.4.",
    ],
)
def test_the_level_an_index_reaches_after_a_change_in_percent_is_in_points(text: str) -> None:
    assert numbers(text)[-1].unit == "point"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short units in capitals, as wire copy and headlines write them
        (
            "The grid's frequency dropped to 49.6 HZ before the blackout.",
            [("49.6", 49.6, "measure", "hertz", None)],
        ),
        (
            "TRAFFIC HALTED ON A 12 KM STRETCH AS WINDS HIT 90 MPH.",
            [("12", 12, "measure", "km", None), ("90", 90, "measure", "mile per hour", None)],
        ),
        ("Police seized 4 KG of heroin in Lagos.", [("4", 4, "measure", "kg", None)]),
        # not the capitals that name something else: "MM" is millions in finance
        ("The bond raised 5 MM for the county.", [("5", 5, "count", None, None)]),
        # speeds in metres per second, named as those in kilometres per hour
        (
            "Gusts reached 40 metres per second on the coast.",
            [("40", 40, "measure", "metre per second", None)],
        ),
        ("The drone flies at 18 m/s.", [("18", 18, "measure", "metre per second", None)]),
        # Reuters' yen: "Y=" before the amount
        (
            "Sony lost 2.1 percent to Y=5,230 in Tokyo.",
            [
                ("2.1 percent", 2.1, "percent", "percent", None),
                ("Y=5,230", 5230, "money", "japanese yen", "JPY"),
            ],
        ),
        (
            "The firm forecast a net profit of Y=120 million.",
            [("Y=120 million", 120_000_000, "money", "japanese yen", "JPY")],
        ),
    ],
)
def test_units_in_capitals_speeds_and_the_reuters_yen(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "-point" before a noun of a list or a game: points, not percentage points
        ("The minister unveiled a 10-point plan on housing.", ("10", "measure", "point")),
        ("She made 41% of her shots from three-point range.", ("three", "measure", "point")),
        ("The Eagles failed on a two-point conversion.", ("two", "measure", "point")),
        # before any other noun, still a change of a rate
        ("Labour suffered a 4-point drop in the poll.", ("4-point", "percent", "percentage point")),
    ],
)
def test_points_of_a_plan_or_a_game_are_not_percentage_points(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = numbers(text)[-1]
    assert (found.text, found.kind, found.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # baseball's rated statistics in capitals, as box scores and previews write them
        (
            "Top Mariners starters: RHP Ben Ruiz (0.5 WAR), LHP Carl Dunn (0.3 WAR).",
            [
                ("0.5", 0.5, "measure", "win above replacement", None),
                ("0.3", 0.3, "measure", "win above replacement", None),
            ],
        ),
        (
            "Soto has been worth 5.1 fWAR and 4.8 bWAR this season.",
            [
                ("5.1", 5.1, "measure", "win above replacement", None),
                ("4.8", 4.8, "measure", "win above replacement", None),
            ],
        ),
        (
            "Cole posted a 2.85 ERA in 30 starts.",
            [
                ("2.85", 2.85, "measure", "earned run average", None),
                ("30", 30, "count", None, None),
            ],
        ),
        # in a headline's capitals the words themselves (data/word_units.txt)
        ("2 WAR CRIMES SUSPECTS HELD IN BOSNIA", [("2", 2, "count", None, None)]),
        ("THE 3 ERA BOOKS THAT SHAPED JAZZ", [("3", 3, "count", None, None)]),
    ],
)
def test_baseball_statistics_are_units(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
