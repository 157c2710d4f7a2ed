"""A country that owns a sports body, not its team: "Gabon's soccer federation
disbanded the youth team", "Nigeria's football association sacked the coach". The sports
rules read a country's name in a sports report as its side; before its possessive and the
lower-case noun of a governing body (``data/owned_body_nouns.txt``) it is the place."""

from __future__ import annotations

from newsfacts.plugin import COUNTRY_NAMES, read_words
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.lexicon import PACKAGE, POSSESSIVE_ENDINGS
from newsfacts_organizations.runs import is_possessive

BODY_NOUNS = read_words(PACKAGE, "owned_body_nouns.txt")
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


__all__ = ["BODY_NOUNS", "country_owning_body"]
