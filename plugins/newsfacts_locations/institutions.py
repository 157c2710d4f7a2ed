"""The states that words of local government place a story in, where only they use them.

A local paper seldom names its own state: "the Fiscal Court raised the tax rate" is a
county's of Kentucky, "the Beer Board denied the permit" a town's of Tennessee, "First
Selectman Ann Reyes" a New England town's, whatever namesakes elsewhere the story's towns
have. Each word of ``data/state_institutions.tsv`` the text holds (as written)
votes once for each of its states in the article's locality (see
:mod:`newsfacts_locations.locality`), as a state's public body's name does
(:mod:`newsfacts_locations.bodies`): "Clinton" beside "the Board of Selectmen" is a town
of New England, not of Iowa or Mississippi.
"""

from __future__ import annotations

from collections.abc import Iterator

import newsfacts
from newsfacts.plugin import US_STATES, read_table
from newsfacts_locations.gazetteer import Gazetteer, Place

PACKAGE = "newsfacts_locations"
#: The voting name of these words in the locality (no place is named so)
KEY = "local government"
#: Each word of local government and the postal codes of the states that use it
STATES_BY_WORD: dict[str, tuple[str, ...]] = {
    word: tuple(codes.split(","))
    for word, codes in read_table(PACKAGE, "state_institutions.tsv", columns=2)
}


#: Words too common in news to tell that a text may hold a word of the table
_COMMON = frozenset({"General", "Court", "Board", "Police"})


def _trigger(word: str) -> str:
    """The token of a word of the table that a text holding it holds too: "Fiscal" of
    "Fiscal Court", "Jury" of "Police Jury", "Sessions" of "General Sessions Court"."""
    return next(part.rstrip("'’") for part in word.split() if part not in _COMMON)


#: The words of the table by their tokens: a text whose tokens hold none of them, most
#: news, is not searched (one C loop over its tokens' texts)
WORDS_BY_TRIGGER: dict[str, tuple[str, ...]] = {}
for _word in STATES_BY_WORD:
    WORDS_BY_TRIGGER[_trigger(_word)] = (*WORDS_BY_TRIGGER.get(_trigger(_word), ()), _word)
TRIGGERS = frozenset(WORDS_BY_TRIGGER)


def institution_votes(
    document: newsfacts.Document, gazetteer: Gazetteer
) -> Iterator[tuple[str, tuple[Place, ...]]]:
    """(:data:`KEY`, the state's reading) once for each state that the words of local
    government the ``document`` holds point to ("selectmen" and "Board of Selectmen" vote
    once for each state of New England): the votes of
    :func:`~newsfacts_locations.readings.locality`'s ``bodies``."""
    found = TRIGGERS.intersection(document.tokens.texts())
    if not found:
        return
    text = document.text
    codes = {
        code
        for trigger in found
        for word in WORDS_BY_TRIGGER[trigger]
        if word in text
        for code in STATES_BY_WORD[word]
    }
    for code in sorted(codes):
        state = _state(code, gazetteer)
        if state:
            yield KEY, state


def _state(code: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The gazetteer's reading of the US state of the postal ``code``."""
    return tuple(
        place
        for place in gazetteer.lookup(US_STATES[code])
        if place.kind == "admin"
        and place.country_code == "US"
        and place.admin1 == code
        and not place.admin2
    )
