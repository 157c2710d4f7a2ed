"""The sentences the locations read: those with a word a place's name or a rule may start
from (:class:`~newsfacts_locations.openers.Openers`), each with its tokens as columns (texts,
starts, ends) and as segments."""

from __future__ import annotations

import sys

import pytest

import newsfacts
from newsfacts_locations.gazetteer import load
from newsfacts_locations.matching import Matcher

# (extract.py's module: the package's name "extract" is its function)
TRIGGERS = sys.modules["newsfacts_locations.extract"]._TRIGGERS

# A text, and the sentences of it that are read.
READ = [
    (
        "Floods hit Texas on Monday. Nobody was hurt. Rescuers reached Houston.",
        ["Floods hit Texas on Monday.", "Rescuers reached Houston."],
    ),
    # a word with an apostrophe or a hyphen to strip, and a rule's word in lower case
    (
        "Nobody was hurt. Ukraine's army held. Rescuers praised Washington-based groups. "
        "The fire spread to nearby villages.",
        [
            "Ukraine's army held.",
            "Rescuers praised Washington-based groups.",
            "The fire spread to nearby villages.",
        ],
    ),
    ("Nobody was hurt, officials said. Rescuers left.", []),
    ("NEW YORK -- Shares fell.", ["NEW YORK -- Shares fell."]),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_sentences_read(text: str, expected: list[str]) -> None:
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    openers = Matcher(load()).openers
    # asked twice: the words met the first time are read from the memos the second
    for _ in range(2):
        found = list(openers.sentences(document, TRIGGERS))
        assert [text[sentence.start : sentence.end] for sentence, _ in found] == expected
        for sentence, tokens in found:
            segments = document.tokens_between(sentence.start, sentence.end)
            assert tokens.segments() == segments
            assert tokens.texts == [token.text for token in segments]
            assert tokens.starts == [token.start for token in segments]
            assert tokens.ends == [token.end for token in segments]


def test_among_asks_each_word_once() -> None:
    openers = Matcher(load()).openers
    words = {"Paris", "Reuters", "said", "NEW", "Kyiv's", "D-N.Y."}
    expected = {"Paris", "NEW", "Kyiv's", "D-N.Y."}
    assert openers.among(words) == expected
    assert openers.among(words) == expected  # from the memos
