"""A text holding no quote mark at all quotes nothing, and is told so before any pairing
(``marks.article_quotes``: most one-sentence items hold none, not even an apostrophe); each
character a quote is marked with still opens one."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts_quotes.marks import article_quotes

MARKED = [
    ('"We will appeal," the lawyer said.', "We will appeal,"),
    ("“We will appeal,” the lawyer said.", "We will appeal,"),
    ("„Wir schaffen das“, sagte die Kanzlerin.", "Wir schaffen das"),
    ("«Nous gagnerons», a dit le ministre.", "Nous gagnerons"),
    ("‘We will appeal,’ the lawyer said.", "We will appeal,"),
    ("'We will appeal,' the lawyer said.", "We will appeal,"),
    ("''We will appeal,'' the lawyer said.", "We will appeal,"),
]


def quoted(text: str) -> list[str]:
    paragraphs = newsfacts.Document.from_article(newsfacts.Article(text=text)).paragraphs
    return [text[span.start : span.close] for span in article_quotes(text, paragraphs)]


@pytest.mark.parametrize(("text", "words"), MARKED)
def test_each_quote_mark_opens_a_quote(text: str, words: str) -> None:
    assert quoted(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Monday to close the road for three weeks.",
        "Le conseil a voté lundi la fermeture de la route pendant trois semaines.",
        "",
    ],
)
def test_a_text_without_a_quote_mark_quotes_nothing(text: str) -> None:
    assert quoted(text) == []
