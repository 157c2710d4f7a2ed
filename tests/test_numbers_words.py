"""The ``numbers`` field: what is no number, names and addresses, currency words, case."""

from __future__ import annotations

import pytest

import newsfacts
import newsfacts_numbers
from newsfacts import Quantity
from newsfacts_numbers import identifier_patterns
from newsfacts_numbers import lexicon as numbers_lexicon
from number_checks import EXTRACTOR, numbers

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
    # races named by a number
    "Frankel won the 2,000 Guineas at Newmarket.",
    "Palou won the Indy 500 on Sunday.",
    "Byron won the Daytona 500 in February.",
    "Norris pitted on lap 23.",
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
    "He scored twice in the second half of the game.",
    "Profits rose in the latter half of the season.",
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
    "The experience of leaving one's country is hard, and one’s own view changes.",
    "Prices soared in the 80's and the 1990’s.",
    "Studio 54's owner met Lexington 4’s board about HB 1523's rules.",
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
    "Apple unveiled the AirPods Pro 3 and the iPhone 17 on Tuesday.",
    "Samsung showed the Galaxy Z Fold 7 and the Galaxy S25, running Windows 11.",
    "The iPhone 16 Pro and 16 Pro Max go on sale.",
    "Nvidia's RTX 5090 beat a Porsche 911 in the ad.",
    "Meta's Quest 3 and Claude Opus 4 were shown.",
    "The Air Force flew an F-35 over the stadium.",
    "The sedan pairs its engine with a six-speed gearbox.",
    "It set a production-four-door lap record in a two-seater class.",
    "The temple was built between A.D. 1000 and 1260.",
    "Vesuvius erupted in AD 79.",
    "The city was founded in 500 B.C.",
    "United face a last-16 tie after a last-32 appearance.",
    "Dallas Cowboys quarterback Dak Prescott (4) celebrates a touchdown.",
]


@pytest.mark.parametrize("phrase", NOT_NUMBERS)
def test_not_a_number(phrase: str) -> None:
    found = [q for q in numbers(phrase) if q.kind != "ordinal" and q.text != "Two"]
    assert found == []


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

    for source, _needs in (*identifier_patterns.IDENTIFIERS, *identifier_patterns.DIGIT_LED):
        assert compiled(source).pattern == source
    # (tests/test_numbers_identifiers.py checks what the heads match)
    for head in identifier_patterns.DIGIT_LED_HEADS:
        assert compiled(head).pattern == head
    assert len(identifier_patterns.DIGIT_LED_HEADS) == len(identifier_patterns.DIGIT_LED)


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
        ("Six were killed and scores were injured in Quetta.", ["scores"]),
        ("Scores more soldiers were sent to the border.", ["Scores"]),
        # results and a verb: no count
        ("Doncic scores 41 as the Lakers beat Golden State.", []),
        ("Test scores rose in Ohio last year.", []),
        ("Leading scores after the third round at Augusta.", []),
    ],
)
def test_scores_is_a_count_only_before_of_or_a_verb_of_people(text: str, vague: list[str]) -> None:
    assert [fact.text for fact in numbers(text) if fact.low == 40] == vague


def test_a_glued_point_in_a_report_of_games_is_a_game_point() -> None:
    game = (
        "The Lakers rallied from an 18-point deficit to beat the Warriors 121-114 on"
        " Saturday. LeBron James scored 23 points and the Lakers won the game."
    )
    poll = "Her party held a 5-point lead in the latest poll of voters in Ohio."
    [deficit] = [fact for fact in numbers(game) if fact.value == 18]
    [lead] = numbers(poll)
    assert (deficit.text, deficit.kind, deficit.unit) == ("18", "measure", "point")
    assert (lead.text, lead.kind, lead.unit) == ("5-point", "percent", "percentage point")


@pytest.mark.parametrize(
    ("text", "points"),
    [
        # a report told in few sports words, its teams' records in brackets
        (
            "Kansas City (4-0) overcame a 10-point deficit to edge Cincinnati (1-3) 27-24 on"
            " Sunday, and Denver (2-2) lost a game it had led by two touchdowns in the fourth"
            " quarter, when its defense gave up long drives on four straight possessions and"
            " its offense stalled twice before a late fumble ended its last hope of a comeback"
            " in front of a sellout crowd that had come to see a rout.",
            [("10", "measure", "point")],
        ),
        # a game's points, glued to a shot's noun or counted
        (
            "Tatum hit a 3-point shot with 20 seconds left and Boston won by 7 points.",
            [("3", "measure", "point"), ("7", "measure", "point")],
        ),
    ],
)
def test_points_in_a_report_of_games(text: str, points: list[tuple[str, str, str]]) -> None:
    found = [
        (fact.text, fact.kind, fact.unit) for fact in numbers(text) if fact.value in (3, 7, 10)
    ]
    assert found == points


_GAME = (
    "The Bulls beat the Knicks 101-99 on Friday, their third win in four games, and the coach"
    " praised the defense after the game. "
)


@pytest.mark.parametrize(
    ("sentence", "ranges"),
    [
        # a team's record or a score read low first is no range in a report of games
        ("The Bulls are 5-12 on the road and were 3-11 last season.", []),
        ("He lost the first set 6-7 and the tiebreak 4-7.", []),
        # but an age, and a count of a noun, stay ranges
        ("The camp is for girls aged 14-15.", ["14-15"]),
        ("Coaches expect 2-3 players to miss the game.", ["2-3"]),
    ],
)
def test_a_score_or_record_in_a_report_of_games_is_no_range(
    sentence: str, ranges: list[str]
) -> None:
    assert [fact.text for fact in numbers(_GAME + sentence) if fact.low is not None] == ranges


def test_a_dashed_pair_outside_a_report_of_games_is_a_range() -> None:
    [found] = numbers("Of the council's members, 5-12 are expected to vote for the plan.")
    assert (found.low, found.high, found.counted) == (5, 12, None)


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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a spelled-out number after "number" is a rank or a list's item
        ("Alcaraz is 7-4 against the world number one.", []),
        ("She beat the number two seed in the final.", []),
        ("Number two, the plan costs too much.", []),
        # but "a number of" counts nothing either, and a count stays
        ("A number of fans stayed, and two of them sang.", ["two"]),
    ],
)
def test_a_spelled_number_after_number_is_a_rank(text: str, found: list[str]) -> None:
    assert [fact.text for fact in numbers(text)] == found
