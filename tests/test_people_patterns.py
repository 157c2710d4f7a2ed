"""The people field: names written family name first, the name scan, ages, sheikhs and storms."""

from __future__ import annotations

import re

import hypothesis
import hypothesis.strategies as st
import pytest
import regex

import newsfacts
from newsfacts_people import lexicon as people_lexicon
from newsfacts_people import runs
from people_checks import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese family name and a given name of pinyin syllables, without a title
        (
            "Wang Yi held talks with Ding Xuexiang. Wang said the talks went well.",
            [("Wang Yi", "Wang Yi"), ("Ding Xuexiang", "Ding Xuexiang"), ("Wang", "Wang Yi")],
        ),
        # the family name alone is the person who bears it named most, the first of equals
        (
            "Li Wenzu marched on Monday. Lawyers Xie Yang and Li Heping were jailed. Li cried.",
            [
                ("Li Wenzu", "Li Wenzu"),
                ("Xie Yang", "Xie Yang"),
                ("Li Heping", "Li Heping"),
                ("Li", "Li Wenzu"),
            ],
        ),
        # a Korean family name before a given name joined by a hyphen
        (
            "Park Geun-hye was impeached, and Choi Soon-sil was jailed. Choi appealed.",
            [
                ("Park Geun-hye", "Park Geun-hye"),
                ("Choi Soon-sil", "Choi Soon-sil"),
                ("Choi", "Choi Soon-sil"),
            ],
        ),
        # a Vietnamese one before two words of one syllable, named by the last alone
        (
            "Pham Minh Chinh visited Hanoi. Chinh said trade grew.",
            [("Pham Minh Chinh", "Pham Minh Chinh"), ("Chinh", "Pham Minh Chinh")],
        ),
        # a place's name in two words of pinyin is no person
        ("Officials in Hong Kong said the rally near Tian Shan was illegal.", []),
    ],
)
def test_a_name_written_family_name_first(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.text, p.name) for p in people(text)] == expected


# Every ASCII character, with the letters, marks and particles the name pattern reads
_ASCII = "".join(map(chr, range(128))) + "AZaz09sS.'- elvondeldu"


def _name_spans(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize("character", [chr(code) for code in range(128)])
def test_an_ascii_text_is_scanned_for_names_by_re_as_by_regex(character: str) -> None:
    """re's ASCII name words are the regex module's, for every ASCII character in the
    contexts the pattern reads (a name, initials, a possessive, a particle, a hyphen)."""
    for sample in (
        character,
        f"A{character}b",
        f"Ab{character}Cd",
        f"O{character}Malley's",
        f"U.{character}.S.",
        f"de{character}Grom",
        f"al-{character}Assad",
        f"Jean-{character}",
    ):
        ascii_spans = _name_spans(people_lexicon.ASCII_NAME_WORD, sample)
        assert ascii_spans == _name_spans(people_lexicon.NAME_WORD, sample)


@hypothesis.given(st.text(alphabet=_ASCII, max_size=40))
def test_random_ascii_texts_hold_the_same_name_words(sample: str) -> None:
    ascii_spans = _name_spans(people_lexicon.ASCII_NAME_WORD, sample)
    assert ascii_spans == _name_spans(people_lexicon.NAME_WORD, sample)


# Capitalized words, initials, particles, possessives, digits, marks and the characters
# around them, some of them beyond ASCII (a combining accent, curly quotes, a titlecase
# letter, a capital no letter follows in lower case)
_WORDS = st.sampled_from(
    [
        "Ann",
        "O'Neil",
        "O’Neil",
        "Jean-Luc",
        "Obama's",
        "Kyiv’s",
        "J",
        "U.S.",
        "S.p.A.",
        "G7",
        "al-Assad",
        "el-Sisi",
        "deGrom",
        "vonTrapp",
        "al-assad",
        "iPhone",
        "NATO",
        "Müller",
        "Zoe\u0301",
        "\u01c5emal",
        "\u211d",
        "said",
        "de",
        "and",
        "1,000",
        "3",
    ]
)
_MARKS = st.sampled_from(
    [
        " ",
        "  ",
        ".",
        ". ",
        ", ",
        "-",
        "'",
        "’",
        '"',
        "“",
        "(",
        ")",
        "\n",
        "\u00a0",
        "_",
        "1",
        "",
        "$",
    ]
)


@hypothesis.given(st.lists(st.tuples(_WORDS, _MARKS), max_size=12))
def test_the_name_words_read_from_the_tokens_are_the_patterns_matches(
    pieces: list[tuple[str, str]],
) -> None:
    """runs.name_words reads NAME_WORD's matches off the document's tokens, no scan."""
    text = "".join(word + mark for word, mark in pieces)
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    expected = [(m.start(), m.end(), m.group()) for m in people_lexicon.NAME_WORD.finditer(text)]
    assert list(runs.name_words(document)) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Abu Bakr al-Baghdadi was killed in a raid.", [("Abu Bakr al-Baghdadi", "m")]),
        (
            "The groups of Abu Nidal and Abu Abbas have ties to Baghdad.",
            [("Abu Nidal", "m"), ("Abu Abbas", "m")],
        ),
    ],
)
def test_a_name_opened_by_abu_is_a_persons(text: str, names: list[tuple[str, str]]) -> None:
    assert [(p.name, p.gender) for p in people(text)] == names


def test_a_chambers_name_before_a_title_is_part_of_the_title() -> None:
    text = (
        "Senate President Francis Escudero said the chamber would meet. Senate Majority"
        " Leader John Thune, Assembly Speaker Robert Rivas and Council President Zach"
        " Mandell disagreed."
    )
    assert [(p.name, p.title) for p in people(text)] == [
        ("Francis Escudero", "Senate President"),
        ("John Thune", "Senate Majority Leader"),
        ("Robert Rivas", "Assembly Speaker"),
        ("Zach Mandell", "Council President"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Iain Carnegie finished two shots behind the leader.", [("Iain Carnegie", "m")]),
        ("Ijaz Qureshi top-scored with 79 before he was bowled.", [("Ijaz Qureshi", "m")]),
        ("Siobhan Keane will chair the new committee.", [("Siobhan Keane", "f")]),
    ],
)
def test_a_given_name_of_scotland_ireland_or_pakistan_opens_a_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(person.text, person.gender) for person in people(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "Abu" opens a person's name, not a place's nor a group's
        ("The delegation met officials in Abu Dhabi on Monday.", []),
        ("Prisoners held at Abu Ghraib described the abuse.", []),
        ("Abu Sayyaf militants seized the boat off Jolo.", []),
        ("Abu Bakr al-Baghdadi was killed in a raid.", ["Abu Bakr al-Baghdadi"]),
        # initials written as a given name, with no title before them
        ("JD Vance told the rally the bill would fail.", ["JD Vance"]),
        ("The JD Power survey ranked the brand first.", []),
    ],
)
def test_abu_and_initials_open_names_of_people_only(text: str, found: list[str]) -> None:
    assert [person.name for person in people(text)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An age set off right after the name, shared by every mention of the person
        (
            "Tom Baxter, 34, has left the club. Baxter said he was sad.",
            [("Tom Baxter", 34, None), ("Tom Baxter", 34, None)],
        ),
        (
            "The court heard that Ana Ruiz, a 52-year-old nurse, had warned her managers.",
            [("Ana Ruiz", 52, None)],
        ),
        ("Tom Baxter (34) of Leeds was fined on Monday.", [("Tom Baxter", 34, None)]),
        ("Priya Nair, 41 of Leicester, denies the charge.", [("Priya Nair", 41, None)]),
        # ... or right before it, a few lower-case words between
        (
            "Police said 34-year-old Tom Baxter was arrested at the scene.",
            [("Tom Baxter", 34, None)],
        ),
        ("The 23-year-old striker Jadon Price scored twice.", [("Jadon Price", 23, None)]),
        # ... but before a noun for people, the capitalized words are the person's town
        ("A 46-year-old Elm Grove man faces three charges.", []),
        # A US party's letter and the state after the name
        ("Sen. Jane Doe (D-Mass.) voted against the bill.", [("Jane Doe", None, "Democrat")]),
        (
            "Senate leader Mitch McConnell, R-Ky., said the vote would wait.",
            [("Mitch McConnell", None, "Republican")],
        ),
        ("Sen. Bernie Sanders (I-Vt.) spoke first.", [("Bernie Sanders", None, "independent")]),
        (
            "Rep. Ellen Park, D-N.Y., and Rep. Tom Hale, R-Texas, wrote the letter.",
            [("Ellen Park", None, "Democrat"), ("Tom Hale", None, "Republican")],
        ),
        # No age: a number of a road, a thing's age, an age with a function word between,
        # a "34-year-old" alone, the start of a larger number
        ("Mayor Ann Lee drove along Route 34, which runs north.", [("Ann Lee", None, None)]),
        ("Mayor Ann Lee defended a 34-year-old law on Tuesday.", [("Ann Lee", None, None)]),
        ("The 50-year-old policy of Sen. Ruth Lee was dropped.", [("Ruth Lee", None, None)]),
        (
            "The company said the 34-year-old had resigned. Tom Baxter declined to comment.",
            [("Tom Baxter", None, None)],
        ),
        ("Tom Baxter, 6,000 fans and the mayor cheered.", [("Tom Baxter", None, None)]),
        (
            "Bernie Sanders spoke. A Sanders volunteer, 27, handed out flyers.",
            [("Bernie Sanders", None, None), ("Bernie Sanders", None, None)],
        ),
        (
            "Donald Trump spoke. A 58-year-old Trump fan who pushed a cameraman was charged.",
            [("Donald Trump", None, None), ("Donald Trump", None, None)],
        ),
        # No party: a letter after no person, "D-Day"
        ("The group (D-Mass.) met.", []),
        ("Mark Olsen, D-Day veteran, was honoured.", [("Mark Olsen", None, None)]),
        # In a sports report a number in brackets is a goal's minute
        (
            "Mohamed Salah (34) scored as Liverpool beat Chelsea 2-0 in the Premier League on"
            " Sunday. The striker netted his tenth goal of the season, and the midfield kept a"
            " clean sheet for the goalkeeper.",
            [("Mohamed Salah", None, None)],
        ),
    ],
)
def test_an_age_and_a_party_next_to_the_name(
    text: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert [(p.name, p.age, p.party) for p in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        # "Sheikh" tells no gender: a family name in South Asia too
        ("Prime Minister Sheikh Hasina flew to Delhi on Monday.", "f"),
        ("Sheikh Hamdan bin Mohammed opened the new terminal.", "m"),
    ],
)
def test_the_given_name_after_sheikh_gives_the_gender(text: str, gender: str) -> None:
    assert [person.gender for person in people(text)] == [gender]


# (text, each mention's text, name and title): "Sheikh" before a woman's given name is her
# family name, which the name keeps (a woman is never styled by the man's honorific, and the
# Gulf's women are "Sheikha"); before a man's given name it stays the honorific
SHEIKH_NAMES = [
    (
        "Sheikh Hasina, Bangladesh's former prime minister, fled to India. Hasina denies it.",
        [("Sheikh Hasina", "Sheikh Hasina", None), ("Hasina", "Sheikh Hasina", None)],
    ),
    (
        "Supporters of Prime Minister Sheikh Hasina marched in Dhaka on Sunday.",
        [("Sheikh Hasina", "Sheikh Hasina", "Prime Minister")],
    ),
    (
        "Sheikh Hamdan bin Mohammed opened the new terminal.",
        [("Sheikh Hamdan bin Mohammed", "Hamdan bin Mohammed", "Sheikh")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHEIKH_NAMES)
def test_sheikh_before_a_womans_given_name_is_her_family_name(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(p.text, p.name, p.title) for p in people(text)] == expected


# (text, the people found): a storm's name is no person's, though a speech verb comes before
# it; after a title the word is a given name
STORMS = [
    ("The Office of Civil Defense said Typhoon Julian had left Batanes.", []),
    ("Forecasters said Hurricane Milton would make landfall near Tampa.", []),
    ("Officials said Tropical Storm Kristine flooded towns in Bicol.", []),
    ("Actress Storm Reid said she was thrilled.", ["Storm Reid"]),
]


@pytest.mark.parametrize(("text", "expected"), STORMS)
def test_a_storms_name_is_no_person(text: str, expected: list[str]) -> None:
    assert [p.text for p in people(text)] == expected
