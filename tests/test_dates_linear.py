"""The dates field reads a bounded stretch around each expression, never back to the text's
start: its cost grows with the length of the article, not with its square (issue 15).

Each bounded reading is checked against the whole-text reading it stands for, and an
expression's value against the same expression after many paragraphs of other news.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts_dates.reading import Context, after_the
from newsfacts_dates.recall import RECALL_FROM, Recall

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


def _numbers_read(count: int) -> tuple[int, int]:
    """The look-ups a recall makes over ``count`` different numbers, none repeating the text
    around another (as news does), and the numbers read."""
    text = " ".join(str(10_000 + n) for n in range(count))
    reads: list[int] = []

    def match_rules(text: str, start: int, rules: tuple[str, ...], context: Context) -> None:
        reads.append(start)

    recall = Recall(text, {}, lambda text, start, word, heads: ("year",), match_rules)
    context = Context(text, None, lambda start, end, verbs: "none")
    for start in range(0, len(text), 6):
        recall.read(start, text[start : start + 5], frozenset(["digit"]), context)
    return recall.misses, len(reads)


def test_a_text_that_does_not_repeat_is_looked_up_as_often_whatever_its_length() -> None:
    assert _numbers_read(1_000) == (RECALL_FROM + 1, 1_000)
    assert _numbers_read(4_000) == (RECALL_FROM + 1, 4_000)


def test_readings_in_a_long_text_of_different_years_are_the_ones_read() -> None:
    text = " ".join(
        f"The club won the cup in {1600 + n} and lost it a year later." for n in range(400)
    )
    article = newsfacts.Article(text=text, published=PUBLISHED)
    recalled = newsfacts.Extractor(["dates"]).extract(article).dates
    read = newsfacts.Extractor(["dates"], trace=True).extract(article).dates
    assert recalled == read
    assert [d.value for d in recalled][:4] == ["1600", "P1Y", "1601", "P1Y"]
