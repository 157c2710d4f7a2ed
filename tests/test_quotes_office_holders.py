"""The ``quotes`` field: an office after an organization's possessive names who of it speaks,
as a relational noun does ("said the Bank of England's governor, Andrew Bailey" is Bailey's,
not the bank's; ``data/office_nouns.txt``), and with no name set off after it, the phrase."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

OFFICE_HOLDERS: list[Row] = [
    (
        "“Rates will fall,” said the Reserve Bank's governor, Adrian Orr.",
        "Rates will fall,",
        "Adrian Orr",
        "said",
        "Adrian Orr",
    ),
    (
        "“We're seeing record numbers,” said Transport for London's commissioner, Andy Lord.",
        "We're seeing record numbers,",
        "Andy Lord",
        "said",
        "Andy Lord",
    ),
    (
        "“Rates will fall,” said the Bank of England's governor.",
        "Rates will fall,",
        "Bank of England's governor",
        "said",
        "Bank of England's governor",
    ),
    # a relational noun, as before
    (
        "“Prices will keep rising,” said Westpac's chief economist, Kelly Eckhold.",
        "Prices will keep rising,",
        "Kelly Eckhold",
        "said",
        "Kelly Eckhold",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), OFFICE_HOLDERS)
def test_an_office_after_a_possessive_speaks(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
