"""The words of a sentence in lower case that may lead a gazetteer match, read from a memo.

In a sentence not written in capitals, a word is looked up as written but for a word in
capitals of four letters or more that is no key as written ("NATO" is looked up as "Nato",
"DPRK" as itself), and a match may start only from a form that is capitalized and a key or
a key's first word, or holds a possessive or a hyphen to strip (see
:class:`~newsfacts_locations.matching.Matcher`). Both are pure functions of the word: each
word is asked once, and a sentence's words are looked up among the few that are *special*
(another form, or a match's start) in C loops, none asked one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from itertools import compress

from newsfacts.plugin import read_words

#: The words a memo of :class:`Leads` holds at most: past them, it starts anew.
WORDS_KEPT = 1 << 16


def letters(text: str) -> bool:
    """Letters only, or letters and a possessive's apostrophe: "CAMBRIDGE'S" (its form to
    look up is "Cambridge's", see :func:`title_form`), or an apostrophe after a name's first
    letter: "O'FALLON", "N'DJAMENA" ("O'Fallon", "N'Djamena")."""
    return text.isalpha() or (
        (text[-2:-1] in ("'", "’") and text[:-2].isalpha() and text[-1:].isalpha())
        or (text[1:2] in ("'", "’") and text[:1].isalpha() and text[2:].isalpha())
    )


def title_form(text: str) -> str:
    """A word in capitals in title case, its possessive's "s" in lower case: "ST. JOHN'S" is
    looked up as "St. John's", the city (not "John'S", whose stripped "St. John" is another)."""
    form = text.title()
    if form[-2:-1] in ("'", "’"):
        return form[:-1] + form[-1].lower()
    return form


def lower_case_form(word: str, keys: Container[str]) -> str:
    """The form to look up of a word in a sentence in lower case: title case for a word in
    capitals of four letters or more that is no key as written ("NATO": "Nato"; "DPRK")."""
    if len(word) > 3 and word.isupper() and letters(word) and word not in keys:
        return title_form(word)
    return word


#: Small words inside a hyphened name, in lower case in the gazetteer's keys
#: ("Port-au-Prince"), from ``data/hyphened_particles.txt``
HYPHENED_PARTICLES = read_words("newsfacts_locations", "hyphened_particles.txt")


def hyphened_title(text: str) -> str:
    """The title case of a hyphened name in capitals ("WILKES-BARRE": "Wilkes-Barre",
    "PORT-AU-PRINCE": "Port-au-Prince"), whose first part is a word of three letters or more;
    any other word as written ("US-CHINA": its parts are looked up as such)."""
    parts = text.split("-")
    if len(parts[0]) < 3 or not all(part.isalpha() for part in parts):
        return text
    return "-".join(
        part.lower() if index and part in HYPHENED_PARTICLES else part.title()
        for index, part in enumerate(parts)
    )


class Leads:
    """The forms to look up and the starts of matches of the words of sentences in lower
    case, by word (``keys``: the gazetteer's, which a word in capitals may be as written;
    ``opens``: whether a form may start a match). Made with the matcher: it serves every
    text."""

    __slots__ = ("_keys", "_met", "_opens", "_special")

    def __init__(self, keys: Container[str], opens: Callable[[str], bool]) -> None:
        self._keys = keys
        self._opens = opens
        #: the words met, and the special ones among them: word -> (form, opens a match)
        self._met: set[str] = set()
        self._special: dict[str, tuple[str, bool]] = {}

    def read(self, texts: list[str]) -> tuple[list[str], list[int]]:
        """The forms to look up of ``texts`` (a sentence's words, in lower case: not a
        dateline's), and the indices of those that may start a match, in order."""
        met, special = self._met, self._special
        if not met.issuperset(texts):  # (most sentences of a text read before: all met)
            if len(met) >= WORDS_KEPT:
                met.clear()
                special.clear()
            for word in set(texts) - met:
                self._learn(word)
        starts: list[int] = []
        indices = list(compress(range(len(texts)), map(special.__contains__, texts)))
        if not indices:
            return texts, starts
        words = texts.copy()
        for index in indices:
            form, opens = special[texts[index]]
            words[index] = form
            if opens:
                starts.append(index)
        return words, starts

    def _learn(self, word: str) -> None:
        form = lower_case_form(word, self._keys)
        opens = self._opens(form)
        if opens or form != word:
            self._special[word] = (form, opens)
        self._met.add(word)
