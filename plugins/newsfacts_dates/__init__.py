"""The dates plugin for newsfacts: time expressions normalized TIMEX3-style.

The rules live in ``grammar`` (patterns and word lists from ``data/``), ``normalize`` with
``absolute``, ``relative``, ``phrases`` (the fixed phrases), ``quarters``, ``clock`` and
``amounts`` (readings), ``counting`` (what an amount of time counts), ``anchor`` (calendar
arithmetic), ``quantities`` (a year-shaped number in a range of quantities), ``tense`` with
``tense_cues``, ``clauses`` and ``names`` (the words around an expression), ``scan`` (the
pass over the text), ``candidates`` (where it tries which rules), ``neighbours`` (the day
before or after a day written), ``compound_durations`` (an amount of time in several units),
``clock_starts`` (the bare first clock time of a range), ``headline_days`` (a headline's
weekday read as its body reads it), ``live_times`` (a live report's timestamps past
midnight) and ``ranges`` (two expressions joined in one).
"""

from __future__ import annotations

from typing import Any

from newsfacts.plugin import DATES, Document, FactMap, Register, TimeExpression, hookimpl
from newsfacts_dates.clock_starts import clock_starts
from newsfacts_dates.compound_durations import join_durations
from newsfacts_dates.headline_days import headline_days
from newsfacts_dates.live_times import live_times
from newsfacts_dates.neighbours import next_to_days
from newsfacts_dates.ranges import join_ranges
from newsfacts_dates.scan import scan

__all__ = ["extract_dates"]


@hookimpl
def newsfacts_register_fields(register: Register) -> None:
    register(DATES, extract_dates)


def extract_dates(document: Document, needed: FactMap, options: Any = None) -> list[TimeExpression]:
    """The time expressions of ``document``, normalized against its publication date."""
    found = list(scan(document))
    if not found:  # (an item of no time expression: no day next to one, no range to join)
        return []
    found = live_times(document, headline_days(document, found))
    text = document.text  # a property: read once, not once per expression
    # The class itself, not TimeExpression.at: one call fewer for each of a text's dates.
    return [
        TimeExpression(
            text=text[start:end],
            start=start,
            end=end,
            type=reading.type,
            value=reading.value,
            resolved=reading.resolved,
            range=reading.range,
            mod=reading.mod,
        )
        for start, end, reading in join_ranges(
            text,
            clock_starts(text, join_durations(text, next_to_days(text, found))),
            document.published,
        )
    ]
