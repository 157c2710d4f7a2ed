"""Runs of capitalized words inside one sentence: where organization names can be."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter

import attrs
import regex

from newsfacts.plugin import Segment
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

    ``capital`` holds a byte per unit, 1 for a capitalized one (a byte, not a bool in a list:
    a long article has a million units). ``lower_words`` counts the words in lower case: few
    of them make a table row or a list; ``upper_words`` counts the words in capitals.
    ``caps`` marks a sentence written all in capitals (a headline, a dateline): there,
    capitals say nothing, and only names known from lists or from the rest of the article are
    taken. ``title`` marks a headline in title case ("Top Climate Group Will Run Ads"): no
    word of four lower-case letters, at least three capitalized words; there, a head word or a
    cue names nothing by itself either.
    """

    text: str
    units: list[Segment]
    texts: list[str]
    lowered: list[str]
    capital: bytes
    runs: list[tuple[int, int]]
    caps: bool
    lower_words: int
    upper_words: int
    title: bool = False


# What the sentence pass needs to know of a word, kept once per distinct word: whether it is
# capitalized; its code in a run (C: a name word, k: a joining word, o: anything else) in
# ordinary and in all-capitals sentences; its case (see _case); its upper- and lower-case
# letters; its lower-case form (one string per word, not one per token of a long text).
# One table per property, so that a sentence's properties are read with one C-level ``map``
# each and counted with ``str.count``.
class _Codes(dict[str, str]):
    """Learns a word's properties (into every table) the first time the word is met."""

    def __missing__(self, word: str) -> str:
        lowered = word.lower()
        capital = is_capital(word)
        other = "k" if lowered in CONNECTORS or is_possessive(word) else "o"
        letters = (sum(map(str.isupper, word)), sum(map(str.islower, word)))
        _CAPITAL[word] = capital
        _LOWER[word] = lowered
        # "OF" in a headline joins like "of".
        _CAPS_CODE[word] = "C" if capital and lowered not in CONNECTORS else other
        _LETTERS[word] = letters
        code = self[word] = ("C" if capital else other) + _case(word, letters[1])
        return code


def _case(word: str, lower_letters: int) -> str:
    """U: in capitals; a, A: opens in lower case, with under 4 or at least 4 lower-case
    letters; b, B: the same for other words; 0: no lower-case letter."""
    if word.isupper():
        return "U"
    if not lower_letters:
        return "0"
    letter = "a" if word[0].islower() else "b"
    return letter.upper() if lower_letters >= 4 else letter


_CODES = _Codes()  # the code in ordinary sentences, then the case
_CAPITAL: dict[str, bool] = {}
_CAPS_CODE: dict[str, str] = {}
_LETTERS: dict[str, tuple[int, int]] = {}
_LOWER: dict[str, str] = {}
_TABLES = (_CODES, _CAPITAL, _CAPS_CODE, _LETTERS, _LOWER)
# A long-running process reading endless new words starts afresh. A word costs some 280
# bytes in the five tables: 50,000 of them are 14 MB (4 MB of news has 42,000 words, and
# 20 MB well over 50,000), and a page of news has a few hundred words to learn again.
_WORDS_KEPT = 50_000
# A run: capitalized words, possibly joined by "of", "&", "'s" and the like.
_RUN = regex.compile(r"C(?:k*+C)*+")


def _is_caps(texts: list[str]) -> bool:
    """Written in capitals: at least 4 upper-case letters, 8 times as many as lower-case."""
    letters = list(map(_LETTERS.__getitem__, texts))
    upper: int = sum(map(itemgetter(0), letters))
    lower: int = sum(map(itemgetter(1), letters))
    return upper >= 4 and lower * 8 < upper


def sentences(units: list[Segment], starts: list[int], spans: Sequence[Segment]) -> list[Sentence]:
    """The sentences ``spans`` with their units (``starts``: the units' start offsets)."""
    if len(_CODES) > _WORDS_KEPT:
        for table in _TABLES:
            table.clear()
    found: list[Sentence] = []
    lines: list[str] = []
    # Sentence by sentence: lists of the whole document's words, lower-case forms and codes
    # would double the memory a long article takes here.
    for span in spans:
        first = bisect.bisect_left(starts, span.start)
        last = bisect.bisect_left(starts, span.end, first)
        while last > first and units[last - 1].end > span.end:
            last -= 1
        within = units[first:last]
        texts = list(map(itemgetter(2), within))
        codes = "".join(map(_CODES.__getitem__, texts))  # learns the new words first
        code, case = codes[0::2], codes[1::2]
        long_lower = case.count("A")
        lower_words = case.count("a") + long_lower
        # A lower bound of the lower-case letters tells most sentences from capitals.
        length = span.end - span.start
        caps = (
            long_lower * 32 < length
            and (lower_words + case.count("b") + 3 * long_lower) * 8 < length
            and (lower_words + 3 * long_lower + 4 * case.count("B")) * 8 < length
            and _is_caps(texts)
        )
        found.append(
            Sentence(
                span.text,
                within,
                texts,
                list(map(_LOWER.__getitem__, texts)),
                bytes(map(_CAPITAL.__getitem__, texts)),
                [],
                caps,
                lower_words,
                case.count("U"),
                not caps and not long_lower and case.count("B") >= 3,
            )
        )
        lines.append("".join(map(_CAPS_CODE.__getitem__, texts)) if caps else code)
    # One pass over the codes of all sentences, each closed by an "o" that no run crosses.
    offsets = [0, *accumulate(len(line) + 1 for line in lines)]
    index = 0
    for match in _RUN.finditer("o".join(lines)):
        start, end = match.span()
        while offsets[index + 1] <= start:
            index += 1
        found[index].runs.append((start - offsets[index], end - offsets[index]))
    return found


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


#: The most units a rule reads from where it starts a name, in a run of capitalized words:
#: the longest names are about a dozen ("Office of the Inspector General for the Intelligence
#: Community"); a run can be a whole page in title case, and a rule reading all of it for
#: every word of it would be quadratic.
MAX_NAME_UNITS = 24


def cut_at_possessive(sentence: Sentence, start: int, end: int) -> int:
    """The end of the name before a possessive inside ``start``..``end`` ("Russia's ...")."""
    for index in range(start, end):
        if is_possessive(sentence.units[index].text):
            return index
    return end
