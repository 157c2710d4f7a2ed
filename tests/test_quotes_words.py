"""The words of a stretch the quotes field reads: a piece of letters between spaces is read by
str methods, the rest of an ASCII stretch by the standard library's engine, and gives the
words, and their offsets, that ``lexicon.WORD`` gives."""

from __future__ import annotations

import pytest

from newsfacts_quotes import lexicon as lx

TEXTS = [
    "Gov. Ray O'Dell, 61, said the co-op's 4,250 members - and 12,500.75 tons - stayed.",
    # A comma before more than three digits, or one not after a digit, splits the number.
    "Prices rose 1,2345 points, 3,000s of them ,500 more; 7,250,100 in all.",
    "U.S. officials told reporters:  no plan yet...",
    "Madrid’s mayor, 2,341 votes, said “no” — then left.",  # not ASCII: WORD itself reads it
    # Pieces between spaces that are words by str methods (letters closed by a mark, joined
    # by an apostrophe, hyphen or point) and others the pattern reads: a mark or a dash
    # before or inside, a digit, a combining accent, a non-breaking space, a line break.
    "“We won,” said Sen. Ana Ruiz-Ortiz; the players’ ‘bout ended!— cafe\u0301 (sic)…",
    "A 3rd-place team's ‘50s crowd\u00a0roared\nagain:  “Yes!” -- ’twas ½ done, O’Neill…",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_of_every_stretch_as_word_reads_them(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            found = lx.WORD.finditer(text, start, end)
            assert lx.placed_words(text, start, end) == [
                (m.start(), m.end(), m.group()) for m in found
            ]
            assert lx.words(text, start, end) == lx.WORD.findall(text, start, end)


def test_words_of_an_ascii_stretch() -> None:
    text = "Gov. Ray O'Dell, 61, said 4,250 co-op members left."
    assert lx.words(text, 0, len(text)) == [
        "Gov.",
        "Ray",
        "O'Dell",
        "61",
        "said",
        "4,250",
        "co-op",
        "members",
        "left.",
    ]
    assert lx.placed_words(text, 21, 31) == [(21, 25, "said"), (26, 31, "4,250")]
