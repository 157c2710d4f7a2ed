"""The dates scan skips a rule at a number when what follows the digits rules it out.

``newsfacts_dates.candidates.AT_DIGITS`` holds, for the rules tried at a number, a condition on
the digits there, the two characters after them and the conjunction before, read without the
rule's regex. Each must be met by every match of its rule, or the scan would lose dates:
checked here on numbers of every length after what a second day stands after and followed by
what a date or a clock time writes after them.
"""

from __future__ import annotations

import itertools

import pytest

from date_checks import same_without
from newsfacts_dates.candidates import AT_DIGITS, _clock_at, _joined, digits_at, rules_at
from newsfacts_dates.dispatch import PHRASES_BY_FIRST, PHRASES_BY_OPENING
from newsfacts_dates.grammar import RULES
from newsfacts_dates.scan import _BEYOND_CALENDAR, _beyond, _phrase_at

# What stands before the number: a rule may read back ("25" of "on May 3 and 25").
BEFORE = [
    "On ",
    "On May 3 and ",
    "on may 3 AND ",
    "On May 3 or ",
    "ON MAY 3 OR ",
    "On May 3rd & ",
    "and ",
    "by ",
]
NUMBERS = ["0", "3", "7", "10", "31", "123", "1990", "2025", "2150", "12345", "202512"]
AFTER = [
    "",
    " ",
    ",",
    ".",
    "-",
    "s",
    "'s",
    "’s",
    "/10",
    "/10/2025",
    "-07-10",
    "-26",
    "–2030",
    "-07-10T09:30",
    ":30",
    ":30 p.m.",
    ":30 GMT",
    " GMT",
    " gmt",
    " local time",
    " O'clock",
    ":30h",
    "H25",
    "Q",
    "h30",
    ".30 am",
    " a.m.",
    "am",
    "PM",
    " o'clock",
    " O’clock",
    " in the morning",
    " İn the morning",
    " p.m.",
    " PM",
    " percent",
    " points",
    " people",
    " apiece",
    " A.M.",
    " times a year",
    " Times a day",
    ",000 times a year",
    ".5 times a day",
    " 1/2 times a year",
    "½ times a day",
    ".5 pm",
    " 3/4",
    " pct",
    " Christmas",
    "S",
    "’",
]


@pytest.mark.parametrize("rule", sorted(AT_DIGITS))
def test_every_match_of_a_rule_at_a_number_meets_its_condition(rule: str) -> None:
    matched = 0
    for before, number, after in itertools.product(BEFORE, NUMBERS, AFTER):
        text = f"{before}{number}{after} there"
        start = len(before)
        if RULES[rule].match(text, start) is None:
            continue
        matched += 1
        digits = digits_at(text, start)
        after = text[start + digits : start + digits + 3]
        assert AT_DIGITS[rule](digits, after, _joined(text, start)), text
        # The first characters after alone (the later not known) pass too: a head is so tested.
        assert AT_DIGITS[rule](digits, after[:2], True), text
        assert AT_DIGITS[rule](digits, after[:1], True), text
    assert matched  # the samples hold matches of every rule


@pytest.mark.parametrize(
    ("text", "start", "joined"),
    [
        ("May 24 and 25", 11, True),
        ("May 24 AND 25", 11, True),
        ("May 24 or 25", 10, True),
        ("May 24 & 25", 9, True),
        ("May 24 band 25", 12, True),  # (the rule's own look-behind tells "band" apart)
        ("Brazil 3 Bolivia 1", 17, False),
        ("May 24 and  25", 12, False),
        ("and 25", 4, True),
        ("d 25", 2, False),
        ("25", 0, False),
    ],
)
def test_a_number_is_joined_after_a_conjunction_and_one_space(
    text: str, start: int, joined: bool
) -> None:
    assert _joined(text, start) is joined


def test_digits_are_counted_up_to_five() -> None:
    assert [digits_at("On 7/10", 3), digits_at("In 2025.", 3), digits_at("No 1234567", 3)] == [
        1,
        4,
        5,
    ]


# Values as the normalizers write them, and some only a regex would tell apart.
VALUES = [
    "2025",
    "2025-07-10",
    "2025-07-10T09:30",
    "2025-Q3",
    "1999-W05",
    "0999",
    "0000",
    "0000-01",
    "-001",
    "10000",
    "12345-01",
    "199",
    "19",
    "XXXX-XX-XX",
    "XXXX-07",
    "P2W",
    "PT3H",
    "PRESENT_REF",
    "FUTURE_REF",
    "202X",
    "1٣٣٣٣",
]


@pytest.mark.parametrize("value", VALUES)
def test_the_calendar_test_without_a_regex_agrees_with_the_regex(value: str) -> None:
    assert _beyond(value) == (_BEYOND_CALENDAR.match(value) is not None)


def test_a_word_of_digits_is_read_as_the_regex_reads_it() -> None:
    # The scan counts the digits of a word of ASCII digits by its length.
    for word in ["7", "10", "2025", "12345", "1234567"]:
        text = f"On {word}, then"
        assert min(len(word), 5) == digits_at(text, 3)


# Short numbers in time expressions that start at a word or at the number, one a sentence
# (a head nearby would make the word before a candidate anyway), and short numbers that start
# none (a results table, a list, a share of a score).
HEADED = [
    "Revenue in FY 25 rose sharply.",
    "The vote is at about 3 pm.",
    "Polls open around 10 in the morning.",
    "It closed Monday at 10:30 GMT.",
    "The talks on May 24 and 25, in Geneva.",
    "The talks on May 24 or 25, in Geneva.",
    "He left at 9.30 p.m. on Friday.",
    "The strike ends at 10 o'clock.",
    "Trading halted at 0930 GMT.",
    "The 2024-25 season ended on the 3rd.",
    "Brazil 3 Bolivia 1 Chile 2 Peru 0, and 1. Smith 12.34 seconds.",
]


@pytest.mark.parametrize("text", HEADED)
def test_a_number_that_starts_no_rule_is_no_head(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same expressions as where every number is a head, as every number was.
    assert same_without(text, monkeypatch, "_number_heads", lambda text, start, word: True)


@pytest.mark.parametrize("rule", sorted(AT_DIGITS))
def test_only_a_day_of_one_or_two_digits_is_read_joined(rule: str) -> None:
    # rules_at looks back for "and " only before one or two digits
    for digits, after in itertools.product([3, 4, 5], ["", " ", " pm", "-07", "s", ":30"]):
        assert AT_DIGITS[rule](digits, after, True) == AT_DIGITS[rule](digits, after, False)


@pytest.mark.parametrize(
    ("text", "clock", "frequency"),
    [
        ("Shares rose 3 percent in early trade.", False, False),
        ("The vote closes at 3 pm on Friday.", True, False),
        ("The vote closes at 3 p.m. on Friday.", True, False),
        ("The board meets 3 times a year.", False, True),
        ("Prices rose 3 points by the close.", False, False),
    ],
)
def test_the_rules_tried_at_a_number_read_what_follows_it(
    text: str, clock: bool, frequency: bool
) -> None:
    start = text.index("3")
    # (every kind of head near: what follows the digits decides)
    rules = rules_at(text, start, "3", frozenset(["digit", "clockword", "unit", "times"]))
    assert ("clock" in rules, "frequency" in rules) == (clock, frequency)


# What follows a number's digits where a clock time may start there, and where none may: a
# minute's two digits after a point, "o'clock" and "in the morning" after a space, a time
# zone after four digits.
@pytest.mark.parametrize(
    ("written", "clock"),
    [
        ("10.30 a.m.", True),
        ("1.2 million", False),
        ("0.5 percent", False),
        ("10 o'clock", True),
        ("10 O’clock", True),
        ("10 on Friday", False),
        ("10 of the 12", False),
        ("10 in the morning", True),
        ("10 ideas", False),
        ("10 pm", True),
        ("10 percent", False),
        ("0930 GMT", True),
        ("1400 local time", True),
        ("1996 the", False),
        ("2025 report", False),
    ],
)
def test_a_clock_time_is_tried_only_where_the_characters_after_the_digits_may_go_on_one(
    written: str, clock: bool
) -> None:
    digits = digits_at(written, 0)
    assert _clock_at(digits, written[digits : digits + 3]) is clock
    assert (RULES["clock"].match(written) is not None) is clock


def test_each_fixed_phrase_is_filed_under_its_opening_longest_first() -> None:
    """The scan compares the text at a word with the phrases that open as it does: each
    phrase is filed under its opening, as long as the shortest phrase of its first word,
    among the others of that opening in the order of PHRASES_BY_FIRST (longest first)."""
    for first, phrases in PHRASES_BY_FIRST.items():
        shortest, openings = PHRASES_BY_OPENING[first]
        assert shortest == min(map(len, phrases))
        for phrase in phrases:
            opening = phrase[:shortest]
            assert openings[opening] == [other for other in phrases if other[:shortest] == opening]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The same period a year ago saw fewer sales.", "the same period a year ago"),
        ("The same period last year was calmer.", "the same period last year"),
        ("THE NEXT MORNING the ferry left.", "the next morning"),
        ("That same day, the bridge closed.", "that same day"),
        ("That day the bridge closed.", "that day"),
        ("The next mornings were cold.", None),  # a phrase ends at a word's end
    ],
)
def test_the_longest_fixed_phrase_at_a_word_is_read(text: str, phrase: str | None) -> None:
    first = text.split()[0].lower()
    found = _phrase_at(text, 0, first)
    assert found == (None if phrase is None else (len(phrase), phrase))
