"""The ago rule ("three years ago", "two weeks later") is tried only where one of its closing
words follows in the text: ``newsfacts_dates.closing`` reads the words from the rule's own
pattern, and a text with none after a number is read as it was with the rule tried there."""

from __future__ import annotations

import pytest

from date_checks import same_without
from newsfacts_dates.closing import CLOSING_WORDS, without_closed
from newsfacts_dates.grammar import RULES


def test_the_closing_words_are_the_patterns() -> None:
    assert CLOSING_WORDS["ago"] == (
        " ago",
        " back",
        " earlier",
        " later",
        " before",
        " from now",
        " hence",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Three years ago the plant closed.",
        "The plant closed 3 years Ago, and reopened.",
        "The deal was struck two weeks LATER.",
        "He left 10 days back.",
        "The vote is three months from now.",
        "It fell half a century before.",
    ],
)
def test_every_match_of_the_rule_ends_with_a_closing_word(text: str) -> None:
    match = RULES["ago"].search(text)
    assert match is not None
    assert match.group().lower().endswith(tuple(word.strip() for word in CLOSING_WORDS["ago"]))


@pytest.mark.parametrize(
    ("text", "start", "tried"),
    [
        ("Shares rose 3 percent in two years.", 12, False),  # no closing word at all
        ("Three years ago, 3 people died.", 17, False),  # "ago" only before the number
        ("It ended 3 years ago.", 9, True),
        ("It ended 3 years AGO.", 9, True),  # the rules read the text ignoring case
        ("İt ended 3 years earlİer.", 9, True),  # lowering lengthens "İ": every rule tried
    ],
)
def test_the_rule_is_tried_only_before_a_closing_word(text: str, start: int, tried: bool) -> None:
    assert ("ago" in without_closed(text, start, ("ago", "duration"))) is tried


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose 3 percent in two years, and 12 people left the board in 2024.",
        "Three years ago, 3 people died; a week later 2 more, 4 days before the vote.",
        "Unemployment fell for 14 months, the longest run since 1990, two decades back.",
    ],
)
def test_the_expressions_are_those_of_the_rule_tried_everywhere(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    same_without(text, monkeypatch, "without_closed", lambda text, start, rules: rules)
