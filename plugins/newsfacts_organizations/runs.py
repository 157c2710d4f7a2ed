"""Runs of capitalized words inside one sentence: where organization names can be."""

from __future__ import annotations

import attrs

from newsfacts.text import Segment
from newsfacts_organizations.lexicon import APOSTROPHES, CONNECTORS, STOPWORDS


def is_capital(word: str) -> bool:
    """A word that can be part of a name: "Kyiv", "U.N.", "3M", "al-Qaeda"."""
    first = word[0]
    if first.isupper():
        # "Washington-based", "U.S.-led": a modifier, not a name.
        return "-" not in word or not word.rsplit("-", 1)[1][:1].islower()
    if first.isdigit():
        return not word.isdigit() and any(char.isupper() for char in word)
    return word.startswith(("al-", "el-")) and any(char.isupper() for char in word)


def is_year(units: list[Segment], index: int) -> bool:
    """A year, alone or opening a date written "1996-08-30"."""
    text = units[index].text
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def is_possessive(word: str) -> bool:
    return len(word) == 2 and word[0] in APOSTROPHES


@attrs.define
class Sentence:
    """A sentence's units, which of them are capitalized, and its runs of names.

    ``lower_words`` counts the words in lower case: few of them make a table row or a list.
    ``caps`` marks a sentence written all in capitals (a headline, a dateline): there,
    capitals say nothing, and only names known from lists or from the rest of the article
    are taken.
    """

    units: list[Segment]
    texts: list[str]
    lowered: list[str]
    capital: list[bool]
    runs: list[tuple[int, int]]
    caps: bool
    lower_words: int


def _is_caps(letters: str) -> bool:
    upper = sum(map(str.isupper, letters))
    lower = sum(map(str.islower, letters))
    return upper >= 4 and lower * 8 < upper


def chunk(units: list[Segment]) -> Sentence:
    """Find the runs: capitalized words, possibly joined by "of", "&", "'s" and the like."""
    texts = [unit.text for unit in units]
    lowered = [text.lower() for text in texts]
    caps = _is_caps("".join(texts))
    capital = [is_capital(text) for text in texts]
    runs: list[tuple[int, int]] = []
    start = -1
    last_capital = -1
    for index, word in enumerate(texts):
        if capital[index] and not (caps and lowered[index] in CONNECTORS):
            if start < 0:
                start = index
            last_capital = index
            continue
        if start >= 0:
            if lowered[index] in CONNECTORS or is_possessive(word):
                continue
            runs.append((start, last_capital + 1))
        start = -1
    if start >= 0:
        runs.append((start, last_capital + 1))
    lower_words = sum(1 for text in texts if text[0].islower())
    return Sentence(units, texts, lowered, capital, runs, caps, lower_words)


def trim(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Narrow ``start``..``end`` to begin and end on a capitalized non-stopword."""
    units = sentence.units
    caps = sentence.caps
    while start < end and (not sentence.capital[start] or _stop(units[start].text, caps)):
        start += 1
    while end > start and (not sentence.capital[end - 1] or _stop(units[end - 1].text, caps)):
        end -= 1
    return start, end


def _stop(word: str, caps: bool) -> bool:
    return word in STOPWORDS or (caps and word.capitalize() in STOPWORDS)


def cut_at_possessive(sentence: Sentence, start: int, end: int) -> int:
    """The end of the name before a possessive inside ``start``..``end`` ("Russia's ...")."""
    for index in range(start, end):
        if is_possessive(sentence.units[index].text):
            return index
    return end
