"""At a month's name the scan tries the rules that read a day or a year after it (monthday,
dayrange, monthyear) only where the characters after the name can go on one
(``newsfacts_dates.after_months``): "May 24", "Sept. 5-7", "March 2024", "July of last year";
not "September heat", "June .", "July's slight"."""

from __future__ import annotations

import pytest

from date_checks import same_without
from newsfacts_dates.after_months import AFTER_MONTH, after_month
from newsfacts_dates.grammar import RULES

RULES_AT_A_MONTH = ("dayrange", "monthday", "monthyear", "quarter", "month")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("May 24 ", ("dayrange", "monthday", "monthyear")),  # ("May 2024" too)
        ("Sept. 5-7", ("dayrange", "monthday")),
        ("March 2024", ("dayrange", "monthday", "monthyear")),
        ("Jan., 2024", ("monthyear",)),
        ("July of last year", ("monthyear",)),
        ("June next year", ("monthyear",)),
        ("October nineteen ninety", ("monthyear",)),
        ("September heat", ()),
        ("June .", ()),
        ("July's slight", ()),
        ("May", ()),
    ],
)
def test_the_rules_of_a_day_or_a_year_are_tried_where_one_may_follow(
    text: str, kept: tuple[str, ...]
) -> None:
    month = text.split(".")[0].split(" ")[0].split("'")[0].split(",")[0]
    rules = after_month(RULES_AT_A_MONTH, text[len(month) : len(month) + 4])
    assert tuple(rule for rule in rules if rule in AFTER_MONTH) == kept
    assert "quarter" in rules and "month" in rules  # (the others are tried as before)
    for rule in AFTER_MONTH:  # each rule kept matches there, each left out does not
        assert (RULES[rule].match(text) is not None) <= (rule in kept), rule


@pytest.mark.parametrize(
    "text",
    [
        "The strike began on May 24 and ended in September, after the September heat.",
        "Sales rose in March 2024 and again in July of last year, to June's high.",
        "The talks ran Sept. 5-7; in October prices fell, as in Jan., 2024.",
    ],
)
def test_the_expressions_are_those_of_the_rules_tried_at_every_month(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert same_without(text, monkeypatch, "after_month", lambda rules, after: rules)
