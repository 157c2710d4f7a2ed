""" "or so" after the unit of an amount of time or of a relative date makes it rough: the
words are part of the expression, as TimeBank marks "the next year or so", and its mod is
``APPROX``, as "a week or so ago" was already read.

Each row reads: this sentence, published on 26 October 1989 (a Thursday), holds this
expression, of this type, value and mod. The sentences are of the kind news reports write.
"""

from __future__ import annotations

import pytest

from date_checks import OCTOBER_1989, check_mod

# sentence, expression, type, value, mod
Row = tuple[str, str, str, str, str | None]

OR_SO: list[Row] = [
    (
        "The old models will be dropped, and the mill shut over the next year or so, a "
        "company official said.",
        "the next year or so",
        "DATE",
        "1990",
        "APPROX",
    ),
    (
        "Over the next two years or so, the company's shares could double.",
        "the next two years or so",
        "DURATION",
        "P2Y",
        "APPROX",
    ),
    (
        "The clerk said she had been at the counter a minute or so when two men walked in.",
        "a minute or so",
        "DURATION",
        "PT1M",
        "APPROX",
    ),
    (
        "Voters have been shedding the party over the past decade or so.",
        "the past decade or so",
        "DURATION",
        "P10Y",
        "APPROX",
    ),
    ("The talks lasted an hour or so.", "an hour or so", "DURATION", "PT1H", "APPROX"),
    # as before
    ("Then, a week or so ago, the general picked the day.", "a week or so ago", "DATE",
     "1989-W42", "APPROX"),
    # a leading modifier keeps its own mod
    ("The talks lasted about an hour or so.", "about an hour or so", "DURATION", "PT1H",
     "APPROX"),
    ("The strike lasted at least a week or so.", "at least a week or so", "DURATION", "P1W",
     "EQUAL_OR_MORE"),
    # "or" and another word: no rough amount
    ("The talks lasted an hour or longer.", "an hour", "DURATION", "PT1H", None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expression", "kind", "value", "mod"), OR_SO)
def test_or_so_is_part_of_the_expression_and_makes_it_rough(
    sentence: str, expression: str, kind: str, value: str, mod: str | None
) -> None:
    check_mod(sentence, expression, OCTOBER_1989, kind, value, mod)
