"""Speakers named by their nationality alone ("the Spaniard said", "the Brazilian told
reporters", "the Spanish coach said"), resolved to the one person the article says is of that
country: by an adjective or a country's name or possessive before the name ("Spanish tennis
player Ana Ruiz", "Brazil's Tom Lee", "Brazil coach Tom Lee"), the country after it ("Ana Ruiz
of Spain", "Ana Ruiz (Spain)") or a noun of nationality set off after it ("Ruiz, the
Spaniard,"). The adjectives and countries are the core's (:data:`newsfacts.plugin.COUNTRIES`),
the nouns that are no adjective the core's too (:data:`newsfacts.plugin.NATIONALITY_NOUNS`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

import newsfacts
from newsfacts.plugin import COUNTRIES, NATIONALITY_NOUNS, Patterns, alternation
from newsfacts_quotes.mentions import name_of

# The adjectives of one country only ("Dominican", "Congolese" and "Korean" name two) ->
# the country's name
_ADJECTIVE_COUNTS = Counter(adjective for country in COUNTRIES for adjective in country.adjectives)
_ADJECTIVES = {
    adjective: country.name
    for country in COUNTRIES
    for adjective in country.adjectives
    if _ADJECTIVE_COUNTS[adjective] == 1
}
# The adjectives that are nouns for a person too, by their ending: "the Brazilian", "the
# Argentine", "the Iraqi", "the Cypriot", "the Kosovar" (not "the British", "the French")
_NOUN_ENDINGS = ("an", "ine", "i", "ot", "ar")
#: A noun of nationality -> the country's name: "Spaniard" -> "Spain", "Brazilian" -> "Brazil"
NOUNS = {
    **{word: name for word, name in _ADJECTIVES.items() if word.endswith(_NOUN_ENDINGS)},
    **{noun: country.name for noun, country in NATIONALITY_NOUNS.items()},
}
# A country's name as written ("Spain", "the United States", "Britain") -> its name
_COUNTRIES = {name: country.name for country in COUNTRIES for name in country.names}


# The words as tries where the longest wins ("New Zealander" before "New"); a space in them is
# one space, escaped: the patterns are VERBOSE, which ignores a bare one.
_WORDS = alternation(_ADJECTIVES.keys() | NOUNS.keys(), space=r"\ ")
_NAMES = alternation(_COUNTRIES, space=r"\ ")
# Before a person's name, up to three words of a role between ("Spanish tennis player",
# "Brazilian President", "Spain's", "Brazil coach"), none a verb in "-ed" ("Brazilian
# officials arrested")
_BEFORE = rf"""(?<![\p{{L}}\-])(?:(?P<word>{_WORDS})|(?P<country>{_NAMES})
    (?:['’]s|(?=[ \t]++\p{{Ll}})))
    (?:[ \t]++(?![\p{{L}}\-]*ed\b)[\p{{L}}\d][\p{{L}}\d.\-]*+){{0,3}}+[ \t]++\Z"""
# After a person's name: "of Spain", "of the United States", " (Spain)", ", the Spaniard",
# ", a Brazilian", ", the young Kenyan"
_AFTER = rf"""(?:[ \t]++of[ \t]++(?:the[ \t]++)?(?P<country>{_NAMES})
    |[ \t]*+\((?P<bracketed>{_NAMES})\)
    |,[ \t]++(?:the|a|an)[ \t]++(?:\p{{Ll}}[\p{{L}}\d\-]*+[ \t]++){{0,2}}+(?P<word>{_WORDS}))
    (?![\p{{L}}\d])"""
# Compiled when first read: only a speaker named by a nationality alone asks for them, and
# with their alternations of every country's names and adjectives they were a seventh of
# what a process loaded of the plugins' compiled patterns at start.
_PATTERNS = Patterns({"before": _BEFORE, "after": _AFTER}, flags=regex.VERBOSE)
_REACH = 80  # characters read before a name for its nationality


class Nationals:
    """The article's people by the country the text says they are of, read when a speaker
    is first named by a nationality alone."""

    def __init__(self, text: str, people: Sequence[newsfacts.Fact]) -> None:
        self._text = text
        self._people = people
        self._by_country: dict[str, set[str]] | None = None

    def holder(self, noun: str, *, adjective: bool = False) -> str | None:
        """The one person of the article of the country of ``noun`` ("Spaniard"; with
        ``adjective``, also an adjective before a role: "Spanish" of "the Spanish coach"), if
        the article names one and only one."""
        country = NOUNS.get(noun) or (_ADJECTIVES.get(noun) if adjective else None)
        if country is None:
            return None
        if self._by_country is None:
            self._by_country = self._read()
        names = self._by_country.get(country, set())
        return next(iter(names)) if len(names) == 1 else None

    def _read(self) -> dict[str, set[str]]:
        by_country: dict[str, set[str]] = {}
        for person in self._people:
            country = self._country(person)
            if country is not None:
                by_country.setdefault(country, set()).add(name_of(person))
        return by_country

    def _country(self, person: newsfacts.Fact) -> str | None:
        text = self._text
        before = _PATTERNS["before"].search(text, max(0, person.start - _REACH), person.start)
        if before is not None:
            if before.group("word"):
                return _ADJECTIVES.get(before.group("word")) or NOUNS[before.group("word")]
            return _COUNTRIES[before.group("country")]
        after = _PATTERNS["after"].match(text, person.end)
        if after is None:
            return None
        if after.group("word"):
            return _ADJECTIVES.get(after.group("word")) or NOUNS[after.group("word")]
        return _COUNTRIES[after.group("country") or after.group("bracketed")]
