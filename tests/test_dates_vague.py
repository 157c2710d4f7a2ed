"""Vague times: "in recent years" (a vague past, no amount).

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts import TimeExpression

EXTRACTOR = newsfacts.Extractor(["dates"])

THURSDAY = dt.date(2025, 7, 10)  # Thursday 10 July 2025


def found(text: str, published: dt.date | None) -> list[TimeExpression]:
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=published))
    assert not result.errors
    return [fact for fact in result.dates if isinstance(fact, TimeExpression)]


def reading(text: str, expression: str, published: dt.date | None) -> tuple[str, str, bool]:
    facts = [fact for fact in found(text, published) if fact.text == expression]
    assert len(facts) == 1, (expression, [fact.text for fact in found(text, published)])
    return facts[0].type, facts[0].value, facts[0].resolved


# --- "recent years" is a vague past; other unsaid amounts stay amounts -------------------

UNSAID_AMOUNTS = [
    ("Air pollution has worsened sharply in recent years.", "recent years", "DATE", "PAST_REF"),
    ("In recent years, the port has doubled its traffic.", "recent years", "DATE", "PAST_REF"),
    ("The housing boom of recent years has faded.", "recent years", "DATE", "PAST_REF"),
    ("Prices have fallen in recent months.", "recent months", "DURATION", "PXM"),
    ("Talks stalled in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("Exports grew over the past few years.", "the past few years", "DURATION", "PXY"),
    ("The mill has been idle for years.", "years", "DURATION", "PXY"),
]


@pytest.mark.parametrize(("sentence", "expression", "kind", "value"), UNSAID_AMOUNTS)
def test_recent_years_are_a_vague_past(
    sentence: str, expression: str, kind: str, value: str
) -> None:
    assert reading(sentence, expression, THURSDAY) == (kind, value, True)
