"""The ``numbers`` field: a number that names a section of a league or a tournament is no
quantity ("Division two", "a World Cup group six qualifier", "a Group 1 race";
``data/section_words.txt``), while the counts beside such a word stay."""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    "text",
    [
        "Norway won a World Cup soccer group 6 qualifier on Sunday.",
        "Wales won their World Cup group six qualifier in Cardiff.",
        "Fans cheered after their opening group nine match in Oslo.",
        "The Irish colt won a Group 1 race at Leopardstown.",
        "Results of the league:\nDivision one\nDivision two\n",
        "The Welsh division three title race opens after the break.",
        "He was charged under penalty group one, under a gram.",
    ],
)
def test_a_section_s_number_is_no_quantity(text: str) -> None:
    assert facts(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # counts after the word: a plural, a scale, a unit, a function word, or one before
        # a singular noun
        (
            "The trust gave the group 5 million dollars last year.",
            [("5 million", 5_000_000, "money", "dollar", "USD")],
        ),
        ("The rescuers led the group 10 km to the road.", [("10", 10, "measure", "km", None)]),
        ("They sent the group 20 or so blankets.", [("20", 20, "count", None, None)]),
        (
            "The mayor tells one group one deal and another group another deal.",
            [("one", 1, "count", None, None), ("one", 1, "count", None, None)],
        ),
        ("The group 12 members voted for the plan.", [("12", 12, "count", None, None)]),
    ],
)
def test_a_count_after_a_section_word_stays(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows
