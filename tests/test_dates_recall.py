"""A number's reading is recalled where the text around it repeats (newsfacts_dates.recall).

The windowed rules must read no further than the window the key holds, and a recalled
reading must be the one the rules would give: checked on the widest match of each rule and on
texts that repeat their numbers, against an extractor that records a trace (which reads every
number anew).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import newsfacts
from newsfacts_dates import clock
from newsfacts_dates.grammar import RULES
from newsfacts_dates.reading import Context, Found, Reading
from newsfacts_dates.recall import (
    READ_AFTER,
    READ_BEFORE,
    RECALL_FROM,
    WINDOWED_RULES,
    Recall,
)
from newsfacts_dates.tense import Tense

_parser = pytest.importorskip("re._parser")

# What a rule reads past its match: the two characters of its look-ahead, and the 16 of the
# word after a year ("2015 points").
_READ_PAST_MATCH = 2 + 16


@pytest.mark.parametrize("rule", sorted(WINDOWED_RULES))
def test_a_windowed_rule_reads_within_the_window(rule: str) -> None:
    # The stdlib parser measures the widest match once the group names (which the regex
    # module lets repeat) and the possessive marks are taken out.
    pattern = re.sub(r"\(\?P<\w+>", "(?:", RULES[rule].pattern).replace("++", "+")
    widest = _parser.parse(pattern.replace("*+", "*"), RULES[rule].flags & 0xFF).getwidth()[1]
    assert widest + _READ_PAST_MATCH <= READ_AFTER


def test_a_clock_times_day_is_looked_for_within_the_window() -> None:
    assert clock._DAY_REACH + 2 <= READ_BEFORE


@pytest.mark.parametrize(
    "piece",
    [
        "1999 2000 2001 ",
        "10:30 a.m. ",
        "On Tuesday, April 14, 2009 at 5 pm and 8 pm. ",
        "the 1990s, 2024-25 and 7/10/2025 at 10:35 a.m. Wednesday, ",
        "call 1800 333 000 in 2015 points 2015 ",
    ],
)
@pytest.mark.parametrize("published", [None, dt.date(2025, 7, 10)])
def test_recalled_readings_are_the_ones_read(piece: str, published: dt.date | None) -> None:
    # (Readings are kept in a text of RECALL_FROM candidates or more: each piece holds one.)
    article = newsfacts.Article(text=piece * RECALL_FROM, published=published)
    recalled = newsfacts.Extractor(["dates"]).extract(article).facts["dates"]
    read = newsfacts.Extractor(["dates"], trace=True).extract(article).facts["dates"]
    assert recalled == read
    assert recalled


def _recall(text: str, reads: list[int]) -> Recall:
    """A recall whose rules read a year at each start, its value the date last read."""

    def match_rules(text: str, start: int, rules: tuple[str, ...], context: Context) -> Found:
        reads.append(start)
        if context.last_date == "far":
            context.tense_of(start, start + 4, True)
        return start, start + 4, Reading("DATE", context.last_date or "none")

    return Recall(text, {}, lambda text, start, word, heads: ("year",), match_rules)


def test_a_reading_is_recalled_after_the_same_dates_only() -> None:
    text, reads = " 1999" * 100, list[int]()
    recall = _recall(text, reads)
    context = Context(text, None, lambda start, end, verbs: "none")
    heads = frozenset(["digit"])
    found = [recall.read(start, "1999", heads, context) for start in (201, 206, 211)]
    assert [reading.value for _, _, reading in filter(None, found)] == ["none"] * 3
    assert reads == [201]
    context.last_date, context.last_date_end = "2025", 200
    assert recall.read(206, "1999", heads, context) == (206, 210, Reading("DATE", "2025"))
    assert reads == [201, 206]


def test_a_reading_that_looked_past_the_window_is_read_anew() -> None:
    text, reads = " 1999" * 100, list[int]()
    recall = _recall(text, reads)

    def tense_of(start: int, end: int, verbs: bool) -> Tense:
        recall.far_reads += 1
        return "none"

    context = Context(text, None, tense_of, last_date="far")
    for start in (201, 206, 211):
        recall.read(start, "1999", frozenset(["digit"]), context)
    assert reads == [201, 206, 211]


def test_a_number_that_is_no_date_is_recalled_as_none() -> None:
    text, reads = " 1.1" * 100, list[int]()

    def match_rules(text: str, start: int, rules: tuple[str, ...], context: Context) -> None:
        reads.append(start)

    recall = Recall(text, {}, lambda text, start, word, heads: ("clock",), match_rules)
    context = Context(text, None, lambda start, end, verbs: "none")
    found = [recall.read(start, "1", frozenset(["digit"]), context) for start in (201, 205, 209)]
    assert found == [None] * 3
    assert reads == [201]
    # ... and read where the text around it differs
    assert recall.read(3, "1", frozenset(["digit"]), context) is None
    assert reads == [201, 3]
