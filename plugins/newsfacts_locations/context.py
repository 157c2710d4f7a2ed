"""What the sentence and the article around a name say: well-known names, sports, tables.

Helpers of :mod:`newsfacts_locations.extract`.
"""

from __future__ import annotations

from collections.abc import Sequence

import newsfacts
from newsfacts.plugin import SPORTS_WORDS, Segment
from newsfacts_locations import words
from newsfacts_locations.gazetteer import Gazetteer, Place

LARGE_KINDS = frozenset({"country", "admin", "region", "continent", "water"})
WELL_KNOWN_CITY_POPULATION = 100_000


def well_known(place: Place) -> bool:
    """A country, division, region, continent, sea or a city above 100,000 people."""
    return place.kind in LARGE_KINDS or place.population >= WELL_KNOWN_CITY_POPULATION


def well_known_name(gazetteer: Gazetteer, text: str) -> bool:
    return any(well_known(place) for place in gazetteer.lookup(text))


def name_word(text: str) -> bool:
    """A capitalized word that may be part of a name (not "The", "In", "Though")."""
    return text[:1].isupper() and text[1:2] != "" and text not in words.NAME_WORDS


def lower_case_words(document: newsfacts.Document) -> frozenset[str]:
    """The article's words written in lower case somewhere: "though", not "lindsey"."""
    # An iterator, not a list of every token's text: a list would be a copy the length of the
    # text; and texts, not segments: a long text's segments would be made for this alone.
    return frozenset(filter(str.islower, document.tokens.texts()))


def sporty(tokens: Sequence[Segment]) -> bool:
    """A sentence of a sports report: a sports word or a number in it."""
    return any(token.text[:1].isdigit() or token.text.lower() in SPORTS_WORDS for token in tokens)


def table_cell(tokens: Sequence[Segment], after: int) -> bool:
    """A name followed by a bare number: a team in a results table ("Norwich 1 Wolves 0")."""
    if after >= len(tokens) or not tokens[after].text[:1].isdigit():
        return False
    following = tokens[after + 1].text if after + 1 < len(tokens) else ""
    return following not in ("-", "–", "%", "/", ".") and not following[:1].isalpha()
