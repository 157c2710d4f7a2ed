"""What the rules learn about the whole article, read once before its sentences."""

from __future__ import annotations

import re

import attrs

import newsfacts
from newsfacts_locations import words

#: A token's possessive ending: "Jupiter's moons"
_POSSESSIVE = re.compile("['’]s$")
#: The tokens that read as a name of ``celestial.txt`` once their possessive is cut (see
#: planets_named): the name, or the name and a possessive ending
_CELESTIAL_TOKENS = frozenset(
    name + ending for name in words.CELESTIAL for ending in ("", "'s", "’s")
)


@attrs.define(repr=False, eq=False)
class Article:
    """What the rules learn about the whole article."""

    sports: bool
    lower_case: frozenset[str]
    name_parts: set[str] = attrs.field(factory=set)
    #: the storms it names ("Hurricane Milton"): their names alone are no places
    storms: frozenset[str] = frozenset()
    #: the listed products it names with a product noun ("the Orion spacecraft"): their
    #: names alone are the products
    products: frozenset[str] = frozenset()
    #: the document, whose planets are read when a name first asks (see :attr:`planets`)
    document: newsfacts.Document | None = None
    _planets: frozenset[str] | None = attrs.field(default=None, init=False)

    @property
    def planets(self) -> frozenset[str]:
        """The planets and moons it reads as such in a sentence of astronomy ("The probe will
        orbit Jupiter"): their names are no towns in its other sentences either. Read when
        the check ``celestial`` first asks, of a name of ``celestial.txt`` the sentence does
        not read so itself: most texts never ask, and the reading looks at every token."""
        if self._planets is None:
            document = self.document
            self._planets = planets_named(document) if document is not None else frozenset()
        return self._planets


def planets_named(document: newsfacts.Document) -> frozenset[str]:
    """The names of ``celestial.txt`` that stand in a sentence with a word of astronomy
    (``astronomy_words.txt``): "The Juice mission will reach Jupiter in 2031" reads the planet
    where another sentence says "the spacecraft will orbit Jupiter"."""
    # most texts: no token that is a name, told in one C loop over the tokens' texts, not a
    # scan of the text for each name
    if _CELESTIAL_TOKENS.isdisjoint(document.tokens.texts()):
        return frozenset()
    text = document.text
    names = [name for name in words.CELESTIAL if name in text]
    found: set[str] = set()
    tokens = document.tokens  # its columns: no segment made for every token
    for word, start in zip(tokens.texts(), tokens.starts, strict=True) if names else ():
        name = _POSSESSIVE.sub("", word)  # "orbit Jupiter's moon Ganymede"
        if name not in names or name in found:
            continue
        sentence = document.sentence_at(start)
        if sentence is not None and any(
            word.text.lower() in words.ASTRONOMY_WORDS
            for word in document.tokens_between(sentence.start, sentence.end)
        ):
            found.add(name)
    return frozenset(found)
