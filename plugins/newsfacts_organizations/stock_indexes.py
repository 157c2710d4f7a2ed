"""A stock index named by its exchange or provider and its size is no organization: "the
S&P/ASX 200 fell" named the Australian Securities Exchange and Standard & Poor's, "the FTSE
100 rose" and "the S&P 500 slipped" their makers. The makers are listed in
``data/index_makers.txt``; an organization found inside such an index's name is dropped
(:func:`without_indexes`), and the same names alone stay ("ASX said", "S&P Global Ratings").
An acronym the text never spells out and writes once right before "index" names that index
in each of its mentions (:func:`without_index_acronyms`): "the ZIX index lost 2%. The ZIX
dropped 12 points"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

import newsfacts
from newsfacts.plugin import Organization, read_words
from newsfacts_organizations.lexicon import PACKAGE

INDEX_MAKERS = read_words(PACKAGE, "index_makers.txt")
_MAKER = "|".join(map(re.escape, sorted(INDEX_MAKERS, key=len, reverse=True)))
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
    if not facts or not any(maker in text for maker in INDEX_MAKERS):
        return list(facts)  # nearly every text: a few scans in C
    spans = [match.span() for match in _INDEX.finditer(text)]
    return [
        fact
        for fact in facts
        if not any(start <= fact.start and fact.end <= end for start, end in spans)
    ]


def without_index_acronyms(text: str, facts: Sequence[Organization]) -> list[Organization]:
    """``facts`` but the mentions of an acronym of no kind, not spelled out in the text (its
    name is the acronym), that the text writes right before "index" at least once: the
    index's name, and the sentences that drop "index" ("The ZIX dropped") name it too. An
    acronym spelled out names its body ("the Institute of Supply Managers (ISM) index")."""
    unknown = {
        fact.text for fact in facts if fact.kind is None and fact.name == fact.acronym == fact.text
    }
    indexes = {acronym for acronym in unknown if f"{acronym} index" in text}
    if not indexes:
        return list(facts)  # nearly every text
    return [fact for fact in facts if fact.text not in indexes]
