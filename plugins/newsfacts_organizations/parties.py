"""Parties named before a lower-case "party": "the Republican party", "the populist Sanseito
party".

A listed party's name before "party" is that party ("the Conservative party" is the
Conservative Party); any other name is a party's only after a word of politics
(``data/party_cues.txt``: "ruling", "populist", "far-right"), for "party" alone may be a
Christmas party or the Donner party. A listed party's mention holds "party" ("Republican
party": "Republican" alone is an adjective too); an unlisted party's is its name alone, as
NER corpora mark it, named with "Party" ("the Tsurugi party": Tsurugi Party).
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import read_words
from newsfacts_organizations.lexicon import PACKAGE
from newsfacts_organizations.name_tables import KNOWN, Entry
from newsfacts_organizations.rules import KNOWN_RULE, PARTY_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence, is_possessive, trim

PARTY_CUES = read_words(PACKAGE, "party_cues.txt")


def lower_case_parties(sentence: Sentence) -> Iterator[Candidate]:
    """The parties named before a lower-case "party" in ``sentence``."""
    texts = sentence.texts
    if sentence.caps:
        return
    for run_start, run_end in sentence.runs:
        if run_end >= len(texts) or texts[run_end] != "party":
            continue
        first, last = trim(sentence, run_start, run_end)
        words = texts[first:last]
        if last != run_end or not words or any(map(is_possessive, words)):
            continue  # "Yanukovych's party"
        # A listed party's mention keeps "party": its name alone is an adjective the
        # article uses of other things too ("Republican voters"); an unlisted party's is
        # its name, "party" left out, as NER corpora mark it ("the Freedom Front party").
        entry = KNOWN.get((*words, "Party"))
        if entry is not None:
            yield make(sentence, first, last + 1, entry, None, KNOWN_RULE)
        elif first > 0 and sentence.lowered[first - 1] in PARTY_CUES:
            name = Entry(" ".join((*words, "Party")), None, "party")  # "Tsurugi Party"
            yield make(sentence, first, last, name, None, PARTY_RULE)
