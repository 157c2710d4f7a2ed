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
from newsfacts_dates.scan import AT_DIGITS, digits_at

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
    for number, after in itertools.product(NUMBERS, AFTER):
        text = f"On {number}{after} there"
        start = len("On ")
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
