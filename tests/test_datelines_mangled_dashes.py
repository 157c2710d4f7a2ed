"""A dateline's dash as pages in the wrong encoding write it: a Windows-1252 page decoded as
Latin-1 gives the control characters U+0096 and U+0097 for the en and em dash, and a UTF-8
page decoded as Windows-1252 gives "â€”" (or "â ”", its middle byte lost). Each closes the
dateline as the dash does, and the town before it is the story's place."""

from __future__ import annotations

import datetime

import pytest

import newsfacts
from newsfacts import datelines


def _dateline(text: str) -> str:
    """The dateline's words as written (read from the tokens' texts alone the same)."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    tokens = document.tokens_between(0, len(text))
    count = datelines.dateline(tokens)
    assert datelines.dateline_of([token.text for token in tokens]) == count
    return text[tokens[0].start : tokens[count - 1].end] if count else ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TOLEDO \x97 It took crews six hours to clear the ice.", "TOLEDO"),
        ("DAYTON \x96 The school board met on Tuesday.", "DAYTON"),
        ("SPRINGFIELD, Ill. \x97 Lawmakers returned to work.", "SPRINGFIELD, Ill."),
        ("AKRON \u00e2\u20ac\u201d Police closed the bridge overnight.", "AKRON"),
        ("MUNCIE, Ind. \u00e2\u20ac\u201c The city council voted 5-4.", "MUNCIE, Ind."),
        ("AKRON \u00e2\x80\x94 Police closed the bridge overnight.", "AKRON"),
        ("AKRON \u00e2 \u201d Police closed the bridge overnight.", "AKRON"),
        # a lone "â" is no dash
        ("AKRON \u00e2 Police closed the bridge overnight.", ""),
        # in brackets, the longest a dateline_of reads (twelve tokens, the dash's last)
        (
            "(ST. PAUL PARK, MINN.) \u00e2\u20ac\u201d A barge sank on Tuesday.",
            "(ST. PAUL PARK, MINN.)",
        ),
    ],
)
def test_a_mangled_dash_closes_a_dateline(text: str, expected: str) -> None:
    assert _dateline(text) == expected


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        (
            "Man charged after crash on icy road. NEWARK \x97 It was the third crash this week.",
            "NEWARK",
            "Newark",
        ),
        (
            "Library reopens after repairs. CINCINNATI \x96 Readers lined up on Monday.",
            "CINCINNATI",
            "Cincinnati",
        ),
        (
            "Storm closes schools. AKRON \u00e2\u20ac\u201d Dozens of roads were shut.",
            "AKRON",
            "Akron",
        ),
    ],
)
def test_the_town_before_a_mangled_dash_is_a_place(text: str, place: str, name: str) -> None:
    article = newsfacts.Article(text=text, published=datetime.date(2025, 7, 10))
    facts = newsfacts.extract(article).facts["locations"]
    found = [(fact.text, fact.name) for fact in facts if isinstance(fact, newsfacts.Location)]
    assert (place, name) in found
