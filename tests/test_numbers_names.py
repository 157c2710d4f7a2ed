"""The ``numbers`` field: what is no quantity. Names and terms with numbers in them ("Boeing
737"), web and e-mail addresses, number words that open a name ("the Second Amendment")."""

from __future__ import annotations

import pytest

from newsfacts_numbers import identifier_patterns
from number_checks import numbers

NOT_NUMBERS = [
    "Fires forced the evacuation of several First Nations communities.",
    "Results:\n1. Simon Yates (Britain)\n2. Ben Healy (Ireland)",
    "Overall: 1. Ben Healy (Ireland); 2. Tadej Pogacar (Slovenia)",
    "UPDATE 2-China's exports beat forecasts",
    "Call 020 7946 0958 now.",
    "Call +44 20 7946 0958.",
    "Witnesses were asked to ring detectives on 01632 960123 or the hotline on 0800 555111.",
    "She can be reached on Oxford (01632) 960123, or at the office.",
    "Call the helpline on 0808-1570192 before noon.",
    "Dealers will sell 486-based machines next year.",
    "Tests found a 2009-born calf was infected.",
    "The firm bought a 1998-built ferry.",
    "Read https://example.org/2024/5/report now.",
    "See www.example.com/page/42 for details.",
    "Two Boeing 737 jets landed.",
    "a Boeing 787 Dreamliner",
    "COVID-19 cases rose",
    "Firms filed more H-1B petitions.",
    "She came on an H-2B visa.",
    "a batch of plutonium-238 for missions such as Voyager 1",
    "The Million Man March drew crowds to Washington.",
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
    # code names beside the dates and scores every "-" before a digit was tried at
    "An F-16 and a MiG-29 escorted the plane on 2025-07-10.",
    "Tests found plutonium-238 near the B-52 base after the 3-1 win.",
    "the second half",
    "He scored twice in the second half of the game.",
    "Profits rose in the latter half of the season.",
    "flown at half-staff",
    "She lives at 49 Zorro Ranch Road.",
    "Call Crime Stoppers at 1-888-274-6372.",
    "The truck crashed near mile marker 60 on I-135.",
    "The driver was stopped on the M6 near Junction 10.",
    "Cars queued between Exit 3 and Exit 8.",
    "The board rezoned land along U.S. 17, and a crash on US 101 closed lanes.",
    # a US highway before a direction, after any word
    "Part of U.S. 61 south of Tulsa reopened, as did US 12 westbound.",
    "He called the tax a mistake from day one.",
    "At one point, the talks stalled; the lead shrank at one point in the third.",
    "The Ravens (0-1) host the Raiders.",
    "Google unveiled Gemini 2.5 Deep Think, and Anthropic Claude Opus 4.1.",
    "Deputies answered a 911 call; a neighbor had called 911.",
    "Officers went to the park after 911 callers reported shots.",
    "A 999 caller said the van had crashed.",
    "The 4-H livestock auction opens Friday.",
    "COVID -19 tests",
    "each one they lose",
    "The pain of leaving one's home is real, and one’s own view changes.",
    "Prices soared in the 80's and the 1990’s.",
    "Studio 54's owner met Lexington 4’s board about HB 1523's rules.",
    'The sequel, "Top Gun 3", beat Pixar’s “Elio 2,” and she read “Fahrenheit 451.”',
    "watched on BBC One",
    "United sacked manager Erik ten Hag on Monday.",
    "the Stoxx 600 index",
    "at Ground Zero",
    "He won 3-6 6-3 7-6 (7-5) on Sunday.",
    "She beat her rival 3-6, 6-4, 7-6 (7-4) on Sunday.",
    "during the prior year and a half.",
    "Inside the Beltway, #2.",
    "Read part 1 here.",
    "on channel 125.",
    "call 555-201-3478, ext. 2046.",
    '<tweet id="514907263381102657">',
    "a one-of-a-kind townhouse",
    "5173 Willow Bend Cir., Lakeland",
    "in the 600 block of Maple Avenue",
    "the NCAA Final Four",
    "the lucky Mega Millions ticket",
    "shot near 146th Street and West 42nd St. on Monday",
    "the Suns beat the Lakers 118-109 on Friday",
    "Apple unveiled the AirPods Pro 3 and the iPhone 17 on Tuesday.",
    "Apple also unveiled the AirPods Pro 3, which ships in October, and the Surface Pro 11.",
    "Samsung showed the Galaxy Z Fold 7 and the Galaxy S25, running Windows 11.",
    "The iPhone 16 Pro and 16 Pro Max go on sale.",
    "Nvidia's RTX 5090 beat a Porsche 911 in the ad.",
    "Meta's Quest 3 and Claude Opus 4 were shown.",
    "The Air Force flew an F-35 over the stadium.",
    "The sedan pairs its engine with a six-speed gearbox.",
    "He set a stock-four-door lap record in a two-seater series.",
    "The fort was built between A.D. 1100 and 1340.",
    "Vesuvius erupted in AD 79.",
    "The city was founded in 500 B.C.",
    "United face a last-16 tie after a last-32 appearance.",
    "Miami Dolphins quarterback Tua Tagovailoa (1) celebrates a score.",
    # a game, a station and an extension named by their numbers
    "The Eagles lost Super Bowl 59 in New Orleans.",
    "Video aired by WPLG-Ch. 10 showed the crash.",
    "Call the tip line at 555-0147, Ext. 2210.",
    # roads of US local news, a station by its network, and bodies, days and events
    "The pickup was heading east on Loop 412 when it hit a car on FM 1960 near CR 3150.",
    "Tolls return between Exits 2 and Exit 9.",
    "A witness told ABC 4 and Fox 26 about the crash.",
    "The Region 4 board met after Court Branch 112 ruled.",
    "Pupils of Middle School 318 sang.",
    "She will be ready on Day 1, as Protocol 9 requires.",
    "UFC 230 sold out.",
    # sites and their parts
    "The rocket lifted off from Space Launch Complex 40, the pad beside Pad 39.",
    "Reactor 4 burned for days; the drone sat in Hangar 5 near Area 51.",
    "The band played Studio 54 before the fair opened Hall 3 and Tower 2.",
    "The ferry left Dock 7 for Berth 12.",
    # the groups of nations named by their number
    "Ministers met at a Group of 20 summit, and the Group of Seven met later.",
    # "one day", a day told of or some day
    "He sat down. One day the cat climbed onto the roof.",
    "She hopes she one day leads the team.",
]


@pytest.mark.parametrize("phrase", NOT_NUMBERS)
def test_not_a_number(phrase: str) -> None:
    found = [q for q in numbers(phrase) if q.kind != "ordinal" and q.text != "Two"]
    assert found == []


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


def test_a_capitalized_ordinal_after_a_possessive_opens_a_name() -> None:
    text = (
        "She invoked her Fifth Amendment rights, as the Nineteenth Amendment and the seat of "
        "Ohio's Ninth House District came up at Oakdale’s First Baptist Church on "
        "her second visit."
    )
    assert [(q.text, q.value) for q in numbers(text)] == [("second", 2)]


def test_a_capitalized_ordinal_after_a_possessive_in_a_title_is_one() -> None:
    text = "Governor Wins Her First Union Backing"
    assert [(q.text, q.value) for q in numbers(text)] == [("First", 1)]


def test_a_number_in_a_web_address_is_no_quantity() -> None:
    assert numbers("See www.example.com/report-2024/page5 for 12 charts.")[-1].text == "12"
    assert [fact.text for fact in numbers("Write to desk5@example.com today.")] == []


def test_only_the_numbers_near_a_mark_of_an_address_are_read_for_one() -> None:
    # The marks are walked along with the numbers: "12" has none within reach, kept unread;
    # "30" and "9" stand near "https://" but outside its address, "5", "7" and "44" inside.
    filler = " and ".join(["word"] * 100)
    text = (
        f"Mail desk5@example.com or see www.example.org/item/7 today. {filler} 12 charts, "
        f"{filler} 30 maps at https://example.net/x/44 and 9 more."
    )
    assert [fact.text for fact in numbers(text)] == ["12", "30", "9"]


def test_the_address_check_reads_only_near_the_number() -> None:
    # No blank for 50,000 characters: the "@" at the start is not this number's address, and
    # the check does not read back to it (reading the whole run for each number was quadratic).
    text = "@" + "x" * 50_000 + "(12 charts)"
    assert [fact.text for fact in numbers(text)] == ["12"]


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
        "They sold cars through their firm, One Way Motors.",
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
        "He faces a first degree murder count and a third degree theft count.",
        "Keefe went 212-97-40, and residents can dial 2-1-1.",
        "India's Nifty 50 index and the STOXX 600 were little changed.",
        "The first lady thanked the first responders, and First Minister Kate Reid agreed.",
        "Crews fought the Mile Marker 14 Fire, and the Region 1 Board met.",
        "The deal requires Iveco to first sell its defence unit.",
        "Boeing aims to raise 737 production and 787 deliveries.",
        "A source told News 4 on Friday that she had worked at NewsChannel 9 and Kanal 12.",
    ],
)
def test_names_and_terms_with_numbers_are_no_quantities(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "one" heading its noun phrase after an article and modifiers is a pronoun
        ("The deal is a good one, the minister said.", []),
        ("Voters want a new leader, not the old one.", []),
        ("The plan mirrors the one she announced in May.", []),
        ("It was the Labour one -- and it passed.", []),
        ("Officials named the one that failed.", []),
        # ... or before a verb or a preposition
        ("The old permit lapsed and a new one is due in May.", []),
        ("The rally drew more people than the one in Dayton.", []),
        ("He signed a quiet one with the union last year.", []),
        ("Nobody wants to be the last one to speak.", []),
        # a noun after it, or a preposition before it, keeps the count
        ("It was the one thing he wanted.", [("one", "thing")]),
        ("Hikers logged a sighting of one that was six feet long.", [("one", None), ("six", None)]),
        ("It is a one in five chance.", [("one in five", "chance")]),
    ],
)
def test_one_heading_its_noun_phrase_is_a_pronoun(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.counted) for q in numbers(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # anyone: "one" before a modal verb ("would" and "could" before a verb of thinking)
        ("If one can swim far enough, one might think the lake small.", []),
        ("One would have expected a quicker vote.", []),
        ("As one could argue, the bill came late.", []),
        # after a copula, before a relative pronoun: the pronoun the subject is said to be
        ("The new tax is one that few voters like.", []),
        ("She spoke as one who had lost a son.", []),
        # in apposition after a comma, a dash or "but": the pronoun of the noun before it
        ("The council backed a new levy — one that funds the parks.", []),
        ("It was a narrow win, but one that pleased him.", []),
        (
            "The mill has two ovens that use wood, one that uses oil.",
            [
                ("two", "ovens"),
                ("one", None),
            ],
        ),
        # a count stays
        ("Only one can win the seat.", [("one", None)]),
        ("Two plans remain. One would raise fees.", [("Two", "plans"), ("One", None)]),
        ("There is only one that works.", [("one", None)]),
    ],
)
def test_one_as_anyone_or_after_a_copula_is_a_pronoun(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.counted) for q in numbers(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The guests left one by one, and one after another the lights went out.", []),
        ("One way or another, the two firms are one and the same.", [("two", "firms")]),
        ("The coach met each player one on one.", []),
        # a count stays
        ("He scored one on Sunday.", [("one", None)]),
    ],
)
def test_idioms_with_one_written_apart_are_no_counts(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.counted) for q in numbers(text)] == found


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


def test_a_degree_written_apart_is_a_crime_s_only_before_the_crime() -> None:
    """ "first degree murder" is no rank, but a first degree in law is."""
    assert [(q.text, q.counted) for q in numbers("Her first degree was in law.")] == [
        ("first", "degree")
    ]


def test_a_group_of_people_is_counted() -> None:
    assert [(q.value, q.counted) for q in numbers("A group of 20 friends drove up.")] == [
        (20, "friends")
    ]


@pytest.mark.parametrize("text", ["One day later, the firm quit.", "The trip lasted one day."])
def test_one_day_as_a_duration_is_a_measure(text: str) -> None:
    assert [(q.value, q.unit) for q in numbers(text)] == [(1, "day")]


def test_a_number_closing_quoted_speech_stays_a_number() -> None:
    text = "“We won 3,” he said. “Next year we will build 500.”"
    assert [(q.text, q.value) for q in numbers(text)] == [("3", 3), ("500", 500)]
