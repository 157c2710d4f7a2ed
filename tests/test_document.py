"""The document: its layers computed on first read and kept, read as attributes after."""

from __future__ import annotations

import datetime as dt
import functools

import newsfacts
from newsfacts import Document

TEXT = "WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.\nIt now goes to the House."


def _document() -> Document:
    return Document.from_article(newsfacts.Article(text=TEXT, published="2025-07-10"))


def test_each_layer_is_made_once_and_kept() -> None:
    document = _document()
    assert "tokens" not in vars(document)  # nothing made before it is read
    tokens = document.tokens
    assert document.tokens is tokens
    assert vars(document)["tokens"] is tokens  # later reads find it in the instance's dict
    assert document.lower_case_words is document.lower_case_words
    assert document.sports_report is False
    assert [token.text for token in tokens[:4]] == ["WASHINGTON", "(", "Reuters", ")"]


def test_text_and_publication_day_are_the_articles() -> None:
    document = _document()
    assert document.text is document.article.text
    assert document.text == TEXT
    assert document.published == dt.date(2025, 7, 10)
    assert document.sentence_at(TEXT.index("House")) == document.sentences[-1]
    assert document.paragraph_at(0) == document.paragraphs[0]


def test_what_was_read_is_no_part_of_the_documents_value() -> None:
    read = _document()
    _ = read.tokens, read.text, read.home, read.sports_report
    assert read == _document()


def test_the_layers_are_documented_as_properties() -> None:
    # autodoc and the documentation test read a functools.cached_property as a property
    for name in ("tokens", "lower_case_words", "sports_report", "home", "text", "published"):
        assert isinstance(vars(Document)[name], functools.cached_property)
