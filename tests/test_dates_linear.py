"""The dates field reads a bounded stretch around each expression, never back to the text's
start: its cost grows with the length of the article, not with its square (issue 15).

Each bounded reading is checked against the whole-text reading it stands for, and an
expression's value against the same expression after many paragraphs of other news.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts_dates.reading import after_the

PUBLISHED = dt.date(2025, 7, 10)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("She was elected the next year.", 21),
        ("She was elected THE next year.", 21),
        ("The next year she ran again.", 4),
        ("the next", 4),
        ("he next", 3),
        ("next year", 0),
        ("They bathe next to it.", 11),
        ("They breathe  next to it.", 14),
        ("Σ the next", 6),
        ("İthe next", 5),
        ("İ the next", 6),
        ("the İ next", 6),
    ],
)
def test_the_before_a_word_is_read_from_four_characters(text: str, start: int) -> None:
    assert after_the(text, start) == text[:start].lower().endswith("the ")


OTHER_NEWS = "The council met on a Tuesday evening to hear from residents about the bus routes.\n\n"


@pytest.mark.parametrize("paragraphs", [0, 1, 200])
def test_the_next_year_counts_from_the_year_last_read_after_any_length(paragraphs: int) -> None:
    text = OTHER_NEWS * paragraphs + "She was named judge in 1995 and elected the next year."
    article = newsfacts.Article(text=text, published=PUBLISHED)
    dates = newsfacts.Extractor(["dates"]).extract(article).dates
    assert [(d.text, d.value) for d in dates][-2:] == [("1995", "1995"), ("the next year", "1996")]
