"""A country that owns a sports body, not its team: "Gabon's soccer federation
disbanded the youth team", "Nigeria's football association sacked the coach". The sports
rules read a country's name in a sports report as its side; before its possessive and the
lower-case noun of a governing body (``data/owned_body_nouns.txt``) it is the place; so it is
before a noun of the state or of a nationality (``data/state_nouns.txt``: "a proud U.S.
citizen", "the Italy embassy")."""

from __future__ import annotations

from newsfacts.plugin import COUNTRY_NAMES, read_words
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.lexicon import PACKAGE, POSSESSIVE_ENDINGS
from newsfacts_organizations.runs import is_possessive

BODY_NOUNS = read_words(PACKAGE, "owned_body_nouns.txt")
STATE_NOUNS = read_words(PACKAGE, "state_nouns.txt")
# The words of its sport or of its reach between the possessive and the noun: "soccer",
# "national football"
_BETWEEN = 2


def country_owning_body(c: Candidacy) -> str:
    """The body's noun after a country read as a team, its possessive (a unit of its own, as
    CoNLL writes it, or on the name's last) and at most two lower-case words ("Mauritania 's
    soccer federation", "Nigeria's football federation"), or ""."""
    candidate, texts = c.candidate, c.sentence.texts
    after = candidate.last
    if texts[after - 1].endswith(POSSESSIVE_ENDINGS):
        words = texts[after : after + 1 + _BETWEEN]
    elif after < len(texts) and is_possessive(texts[after]):
        words = texts[after + 1 : after + 2 + _BETWEEN]
    else:
        return ""
    if candidate.entry.kind != "sports" or " ".join(candidate.key) not in COUNTRY_NAMES:
        return ""
    for word in words:
        if word in BODY_NOUNS:
            return word
        if not word.isalpha() or not word.islower():
            break
    return ""


def country_as_state(c: Candidacy) -> str:
    """The noun of the state or of a nationality right after a country read as a team ("a
    proud U.S. citizen", "Peru officials said"), or ""."""
    candidate, texts = c.candidate, c.sentence.texts
    after = candidate.last
    if after >= len(texts) or texts[after] not in STATE_NOUNS:
        return ""
    if candidate.entry.kind != "sports" or " ".join(candidate.key) not in COUNTRY_NAMES:
        return ""
    return texts[after]


__all__ = ["BODY_NOUNS", "STATE_NOUNS", "country_as_state", "country_owning_body"]
