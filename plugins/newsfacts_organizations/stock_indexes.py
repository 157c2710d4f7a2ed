"""A stock index named by its exchange or provider and its size is no organization: "the
S&P/ASX 200 fell" named the Australian Securities Exchange and Standard & Poor's, "the FTSE
100 rose" and "the S&P 500 slipped" their makers. The makers are listed in
``data/index_makers.txt``; an organization found inside such an index's name is dropped
(:func:`without_indexes`), and the same names alone stay ("ASX said", "S&P Global Ratings").
An acronym the text never spells out and writes once right before "index" names that index
in each of its mentions (:func:`without_index_acronyms`): "the ZIX index lost 2%. The ZIX
dropped 12 points"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence, Set
from typing import TypeVar

import newsfacts
from newsfacts.plugin import Organization, read_words, starts_of
from newsfacts_organizations.anchored import anchored_matches
from newsfacts_organizations.lexicon import PACKAGE

INDEX_MAKERS = read_words(PACKAGE, "index_makers.txt")
# Longest first, then in alphabetical order: the same pattern in every process (a set's
# order follows the hash seed), as the pattern cache keys it by its text
_MAKER = "|".join(map(re.escape, sorted(INDEX_MAKERS, key=lambda maker: (-len(maker), maker))))
#: An index's name: a maker, or two joined by a slash, before its size
_INDEX = re.compile(
    rf"""
    (?<![\w&])(?:{_MAKER})         # "S&P", "FTSE"; not inside a word
    (?:/(?:{_MAKER}))?             # "S&P/ASX", "S&P/TSX"
    \s?\d{{1,4}}                   # its size: "200", "100", "S&P500"
    (?![\d,.]?\d)                  # a whole number: not "ASX 6,327.80"
    """,
    re.VERBOSE,
)

FactT = TypeVar("FactT", bound=newsfacts.Fact)


def without_indexes(text: str, facts: Sequence[FactT]) -> list[FactT]:
    """``facts`` but those inside a stock index's name in ``text``."""
    if not facts:
        return []
    # Tried where a maker stands only (nearly every text: none, a few scans in C); a long
    # article names one somewhere, and the pattern tried at each character cost 3 ms
    spans = [match.span() for match in anchored_matches(_INDEX, text, INDEX_MAKERS)]
    if not spans:
        return list(facts)
    return [fact for fact in facts if not _inside(spans, fact.start, fact.end)]


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``..``end`` lies inside one of ``spans`` (apart, in order): the last
    one opening at ``start`` or before, which ends last of those (one look-up for a fact,
    not a pass over the spans: a long article holds many of both)."""
    at = bisect.bisect_right(spans, start, key=_start) - 1
    return at >= 0 and end <= spans[at][1]


def without_index_acronyms(text: str, facts: Sequence[Organization]) -> list[Organization]:
    """``facts`` but the mentions of an acronym of no kind, not spelled out in the text (its
    name is the acronym), that the text writes right before "index" at least once: the
    index's name, and the sentences that drop "index" ("The ZIX dropped") name it too. An
    acronym spelled out names its body ("the Institute of Supply Managers (ISM) index")."""
    unknown = {
        fact.text for fact in facts if fact.kind is None and fact.name == fact.acronym == fact.text
    }
    if not unknown:
        return list(facts)
    indexes = unknown & _before_index(text, {len(acronym) for acronym in unknown})
    if not indexes:
        return list(facts)  # nearly every text
    return [fact for fact in facts if fact.text not in indexes]


def _start(span: tuple[int, int]) -> int:
    return span[0]


def _before_index(text: str, lengths: Set[int]) -> set[str]:
    """The strings of each of ``lengths`` characters right before " index" in ``text``: the
    acronyms written before "index" among those of these lengths. One pass over the text, not
    one for each acronym (a long article names many)."""
    before: set[str] = set()
    for at in starts_of(text, (" index",)):
        before.update(text[at - length : at] for length in lengths if length <= at)
    return before
