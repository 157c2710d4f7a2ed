"""The dates scan reads its words from the core's tokens as its own word pattern reads them.

``newsfacts_dates.words.words_of`` maps the core's tokens to the scan's words (``WORD``'s
matches in the lowered text): a token may hold several words, a word may span touching
tokens, and a decade's apostrophe may be a token of its own. Checked here against the
pattern itself, on the cases where tokens and words part ways and on arbitrary text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts import Article, Document
from newsfacts_dates.grammar import WORD
from newsfacts_dates.words import words_of


def by_pattern(text: str) -> tuple[list[str], list[int]]:
    matches = list(WORD.finditer(text.lower()))
    return [match.group() for match in matches], [match.start() for match in matches]


def by_tokens(text: str) -> tuple[list[str], list[int]]:
    return words_of(Document.from_article(Article(text=text)))


@pytest.mark.parametrize(
    "text",
    [
        "Russia fired 397 drones at Kyiv on Thursday.",
        "The Washington-based O’Malley paid $1,000.50 in the U.S. at 10:30 a.m.",
        "At 10am on the 19th, in the 1990s and the 2020S",  # a number ends at its digits
        "snake_case, Ⅻ_Ⅻ, Ⓐ Ⓑ, x\u200dy",  # word characters that are no letter
        "the '90s, ’80S, rock'90s, x'90sabc_y, 1990'90s, ''''90s, '90s_x, '90s'90s",
        "'905, '9, '90, ’90s’, '",  # apostrophes opening no decade
        "ΑΣ ΟΔΟΣ. Straße",
        "",
    ],
)
def test_the_words_of_the_tokens_are_the_patterns(text: str) -> None:
    assert by_tokens(text) == by_pattern(text)


# Pieces where tokens and words part ways: separators, marks, word characters that are no
# letter (a zero-width joiner, a roman numeral), apostrophes, numbers glued to letters.
PIECES = [*"aZ09 -'’._,:$Ⅻs", "\u200d", "\u0301", "90s", "'90s", "10am", " "]
CHARACTERS = st.sampled_from(PIECES)


@given(st.lists(CHARACTERS, max_size=30).map("".join))
def test_the_words_of_any_text_are_the_patterns(text: str) -> None:
    assert by_tokens(text) == by_pattern(text)


def test_a_word_that_lowering_lengthens_keeps_its_offsets() -> None:
    assert by_tokens("In İstanbul, 1990s") == (["in", "i̇stanbul", "1990s"], [0, 3, 13])
