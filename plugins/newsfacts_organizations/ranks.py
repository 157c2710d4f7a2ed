"""A rank opening a sentence before the body its people are of: "Top Senate Democrats met on
Monday", "Top Harlow Systems executives resigned" (``data/rank_words.txt``). The word is the
rank of those named after the body, no word of its name, where it opens the sentence or a
clause after a dash ("QUITO (Reuters) – Top Labour Party fundraiser Ann Lee"). Elsewhere it is
the name's own ("the boxing promoter Top Rank"), and so it is before a legal ending ("Top
Glove Corp. said"), and in a listed name (no candidate made with its entry goes through
:func:`rank_opening`)."""

from __future__ import annotations

from newsfacts.plugin import read_words
from newsfacts_organizations.lexicon import LEGAL_SUFFIXES, PACKAGE

RANK_WORDS = read_words(PACKAGE, "rank_words.txt")
# What may come right before a word opening its sentence or clause: opening quote marks and
# brackets, and the dash after a dateline
_OPENING_MARKS = frozenset(['"', "“", "‘", "'", "(", "[", "-", "--", "–", "—"])


def rank_opening(texts: list[str], first: int, last: int) -> bool:
    """Whether units ``first``..``last`` open with a rank word opening the sentence or a
    clause, before the rest of a name that has no legal ending."""
    return (
        texts[first] in RANK_WORDS
        and last - first > 1
        and (first == 0 or texts[first - 1] in _OPENING_MARKS)
        and texts[last - 1] not in LEGAL_SUFFIXES
    )
