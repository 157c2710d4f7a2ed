"""A rule is tried only where all the kinds of head words it needs stand within reach of its
start (``data/rule_starts.tsv``, third column: kinds joined by "+"). The words a rule cannot
do without are kinds of their own: "century" for "the 18th century", "times" for "twice a
day", "day_week" and "month_word" for "the last day of the month", a fraction's "half" or
"quarter" (a period) with its unit. Each rule still finds its expressions, and a text reads
as it did with every rule tried at every word that can begin it, whatever the heads near it.
"""

from __future__ import annotations

import pytest

from date_checks import only, same_without
from newsfacts import Article, Document
from newsfacts_dates.candidates import candidates_of, head_kind, rules_at
from newsfacts_dates.dispatch import DISPATCH, RULE_NEEDS
from newsfacts_dates.words import words_of


def test_a_cell_of_kinds_joined_by_plus_needs_them_all() -> None:
    assert RULE_NEEDS["fraction"] == (frozenset(["period", "unit"]),)
    assert RULE_NEEDS["nth_unit"] == (
        frozenset(["day_week", "month"]),
        frozenset(["day_week", "month_word"]),
    )
    assert RULE_NEEDS["relunit"] == tuple(frozenset([kind]) for kind in ("unit", "season", "month"))


def _rules_tried(text: str, at: str) -> tuple[str, ...]:
    """The rules the scan tries at the first word of ``at``, where it first stands in ``text``."""
    document = Document.from_article(Article(text=text))
    words, starts = words_of(document)
    candidates = candidates_of(text, words, starts, document.vocabulary.column(head_kind))
    index = starts.index(text.index(at))
    return rules_at(text, starts[index], words[index], candidates.get(index, frozenset()))


EXPRESSIONS = [
    ("century", "The family has farmed the valley since the 18th century.", "the 18th century"),
    ("century", "A 19th-century mill still stands by the river.", "19th-century"),
    ("fraction", "The ferry crossing takes half an hour in calm weather.", "half an hour"),
    ("fraction", "She chaired the board for a quarter-century.", "a quarter-century"),
    ("frequency", "The coast bus runs twice a day in summer.", "twice a day"),
    ("frequency", "Inspectors visit the plant three times a year.", "three times a year"),
    ("nth_unit", "The fair opens in the first week of June.", "the first week of June"),
    ("nth_unit", "Rents fall due on the last day of the month.", "the last day of the month"),
    ("day_of_event", "Today is the ninth day of the bakers' strike.", "the ninth day"),
]


@pytest.mark.parametrize(("rule", "text", "expression"), EXPRESSIONS)
def test_each_rule_is_tried_at_its_expressions(rule: str, text: str, expression: str) -> None:
    only(text, expression)
    assert rule in _rules_tried(text, expression)


@pytest.mark.parametrize(
    ("text", "at", "rule"),
    [
        ("The mill closed in the 18th year of the war.", "the 18th", "century"),
        ("Prices rose for three years in a row.", "three", "fraction"),
        ("Prices rose for three years in a row.", "three", "frequency"),
        ("Sales fell in the first week after the launch.", "the first", "nth_unit"),
        ("It was the ninth month of the drought.", "the ninth", "day_of_event"),
    ],
)
def test_a_rule_is_not_tried_without_the_heads_it_needs(text: str, at: str, rule: str) -> None:
    tried = _rules_tried(text, at)
    assert rule not in tried
    assert tried  # (other rules are: a unit is near)


@pytest.mark.parametrize(
    "text",
    [
        " ".join(text for _, text, _ in EXPRESSIONS),
        "Half the staff left within a quarter, twice the rate of the last year; once a week"
        " the board met, three times in March, on the first day of each month.",
    ],
)
def test_the_expressions_are_those_of_every_rule_tried_everywhere(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    same_without(text, monkeypatch, "_rules_for", lambda key, heads: DISPATCH.get(key, ()))
