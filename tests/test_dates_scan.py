"""The dates scan skips a rule at a number when what follows the digits rules it out.

``newsfacts_dates.scan.AT_DIGITS`` holds, for the rules tried at a number, a condition on
the digits there and the character after them, read without the rule's regex. Each must be
met by every match of its rule, or the scan would lose dates: checked here on numbers of
every length followed by what a date or a clock time writes after them.
"""

from __future__ import annotations

import itertools

import pytest

from newsfacts_dates.grammar import RULES
from newsfacts_dates.scan import _BEYOND_CALENDAR, AT_DIGITS, _beyond, digits_at

# What stands before the number: a rule may read back ("25" of "on May 3 and 25").
BEFORE = ["On ", "On May 3 and "]
NUMBERS = ["0", "7", "10", "31", "123", "1990", "2025", "12345", "202512"]
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
    ":30h",
    ".30 am",
    " a.m.",
    "am",
    "PM",
    " o'clock",
    " in the morning",
    " pct",
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
        assert AT_DIGITS[rule](digits, text[start + digits : start + digits + 1]), text
    assert matched  # the samples hold matches of every rule


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
