"""The tense cues' words of an ASCII window are read with the standard library's re
(``newsfacts_dates.tense_cues.ASCII_CUE_WORD``), those of any other window with the regex
module (``CUE_WORD``): the two patterns find the same words in every ASCII text."""

from __future__ import annotations

import re
from unittest import mock

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsfacts_dates import tense_cues
from newsfacts_dates.grammar import CUE_WORD
from newsfacts_dates.tense_cues import ASCII_CUE_WORD

_ASCII = "".join(map(chr, range(128)))


def spans(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        _ASCII,
        *(f"a{character}b {character}" for character in _ASCII),
        "He said on Monday that he'll go, won't he? snake_case 10am 19th O'Malley's",
    ],
)
def test_ascii_words_are_the_regex_words(text: str) -> None:
    assert spans(ASCII_CUE_WORD, text) == spans(CUE_WORD, text)


@given(st.text(alphabet=_ASCII, max_size=40))
def test_random_ascii_texts_read_alike(text: str) -> None:
    assert spans(ASCII_CUE_WORD, text) == spans(CUE_WORD, text)


# Words that are cues, or decide whether the next one is, and words that are neither.
_WORDS = ["will", "said", "had", "planned", "to", "May", "may", "be", "named", "was", "it"]
_WORDS += ["I'll", "won't", "Monday", "snake_case", "10am", ",", ".", "x"]


@given(st.lists(st.sampled_from(_WORDS), max_size=16), st.integers(0, 40))
def test_the_cues_are_those_the_regex_words_give(words: list[str], low: int) -> None:
    """cues_between reads an ASCII window by ASCII_CUE_WORD as it would by CUE_WORD, from
    wherever the window starts (in a word or between two)."""
    text = " ".join(words)
    with mock.patch.object(tense_cues, "ASCII_CUE_WORD", CUE_WORD):
        expected = tense_cues.cues_between(text, low, len(text))
    assert tense_cues.cues_between(text, low, len(text)) == expected
