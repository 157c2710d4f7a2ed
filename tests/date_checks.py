"""What the tests of the dates field share (``tests/test_dates*.py``): the extractor, the
publication days and the checks."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

import newsfacts
from newsfacts import TimeExpression

EXTRACTOR = newsfacts.Extractor(["dates"])

THURSDAY = dt.date(2025, 7, 10)  # Thursday 10 July 2025
NEW_YEAR = dt.date(2026, 1, 8)  # Thursday 8 January 2026
MAY_2025 = dt.date(2025, 5, 15)  # in the second quarter
OCTOBER_1989 = dt.date(1989, 10, 26)  # a Thursday, in the fourth quarter

#: A table row: sentence, expression, publication day, TIMEX3 type and value
Row = tuple[str, str, dt.date, str, str]


def dates(text: str, published: dt.date | None = THURSDAY) -> list[TimeExpression]:
    """The dates field's facts of ``text`` published on ``published``, the field not failing."""
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=published))
    assert not result.errors
    return [fact for fact in result.dates if isinstance(fact, TimeExpression)]


def same_without(
    text: str, monkeypatch: pytest.MonkeyPatch, name: str, replacement: object
) -> list[TimeExpression]:
    """The facts of ``text``, checked to be those found with ``name`` of
    ``newsfacts_dates.candidates`` replaced by ``replacement``: a shortcut of the scan turned
    off (a rule tried, a number taken for a head, everywhere) finds the same."""
    found = dates(text)
    monkeypatch.setattr(importlib.import_module("newsfacts_dates.candidates"), name, replacement)
    assert dates(text) == found
    return found


def only(text: str, expression: str, published: dt.date | None = THURSDAY) -> TimeExpression:
    """The one fact of ``text`` whose words are ``expression``."""
    found = [fact for fact in dates(text, published) if fact.text == expression]
    assert len(found) == 1, (expression, [fact.text for fact in dates(text, published)])
    return found[0]


def check_mod(
    sentence: str, expression: str, published: dt.date, kind: str, value: str, mod: str | None
) -> None:
    """``sentence`` published on ``published`` holds ``expression`` once, of ``kind``,
    ``value`` and ``mod``."""
    seen = [(fact.text, fact.type, fact.value, fact.mod) for fact in dates(sentence, published)]
    found = [fact for fact in seen if fact[0] == expression]
    assert found == [(expression, kind, value, mod)], seen


def check(sentence: str, expression: str, published: dt.date, kind: str, value: str) -> None:
    """``sentence`` published on ``published`` holds ``expression`` once, of ``kind`` and
    ``value``."""
    seen = [(fact.text, fact.type, fact.value) for fact in dates(sentence, published)]
    facts = [fact for fact in seen if fact[0] == expression]
    assert len(facts) == 1, (expression, seen)
    assert facts[0][1:] == (kind, value), seen
