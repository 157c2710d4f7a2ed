"""A party's word before a chamber's: "with a Democratic Senate", "the Republican Congress
balked", "the GOP Senate nomination" (``data/party_chambers.txt``). The party's word says
which party holds the chamber, or whose candidates run for its seats: no word of the
chamber's name, which is its word alone ("Senate"), as the article's other mentions write it.
A listed party's own name stays whole ("the Democratic Party"), and so do names with another
head after the chamber's word ("the Democratic Senatorial Campaign Committee")."""

from __future__ import annotations

from newsfacts.plugin import read_words
from newsfacts_organizations.lexicon import PACKAGE
from newsfacts_organizations.name_tables import KNOWN

PARTY_CHAMBERS = read_words(PACKAGE, "party_chambers.txt")


def is_party_adjective(word: str) -> bool:
    """ "Democratic", "Republican", "Conservative": the word of a listed party's name before
    "Party" that names no body alone, an adjective of its members and their views ("a
    Democratic strategist"); not "Labour", a party's name alone too."""
    return (word, "Party") in KNOWN and (word,) not in KNOWN


def party_before_chamber(texts: list[str], start: int, head: int) -> bool:
    """Whether unit ``start``, right before the chamber's word at ``head``, is a party's
    adjective ("Democratic") or a listed party's short name ("GOP")."""
    if head != start + 1 or texts[head] not in PARTY_CHAMBERS:
        return False
    word = texts[start]
    entry = KNOWN.get((word,))
    return is_party_adjective(word) or (entry is not None and entry.kind == "party")
