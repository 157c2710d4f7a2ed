"""The ``numbers`` field: counts, money, percentages, measures, ordinals and fractions.

Each test reads as an example of what the field gives for a stretch of news text; this
module holds the seed article, properties, the plugin checks and the caseless word scan.
"""

from __future__ import annotations

import string

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import Quantity
from newsfacts.testing import FieldUnderTest, check_field, check_text, news_texts
from newsfacts_numbers import event_patterns, links, patterns
from newsfacts_numbers import lexicon as numbers_lexicon
from newsfacts_numbers.caseless import FIND_FROM, CaselessWords
from number_checks import EXTRACTOR, numbers, only

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
    assert (rounds.value, rounds.counted) == (2, "rounds of direct peace talks")
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
    assert (hundreds.low, hundreds.high, hundreds.counted) == (100, 1000, "Shahed drones")


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
        # Words inside words, a word right after: "seventy" of "Seventysix", "one" of "-one"
        "Tenfold oneself, Seventysix twentyone-one; fiftyfifty, halfhalves",
        # After a mark that is no letter nor digit ("½", "²", "“"), a word starts; after a
        # letter or digit past ASCII ("é", "٣") or "_", none does
        "½one ²Two (three) “four” éfive ٣six _seven 8eight",
    ],
)
def test_caseless_words_find_what_the_folded_pattern_finds(text: str) -> None:
    # A text is scanned by re for the first words of the number and event words (letters
    # only: "rushed" of "rushed to hospital"); a list of other words ("9-1-1", "x-ray") is
    # searched with str.find for them in a text long enough.
    assert patterns.HIT_WORDS.scan is not None and event_patterns.EVENT_STARTS.scan is not None
    marked = CaselessWords.of(["twenty-one", "one's", "x-ray", "killed", "5one"], after=r"\b")
    assert marked.scan is None
    padding = " " * FIND_FROM  # a text long enough to be read with str.find
    for words in (patterns.HIT_WORDS, event_patterns.EVENT_STARTS, marked):
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
