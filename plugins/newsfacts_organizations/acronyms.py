"""An acronym the article uses without defining it, linked to a name it spells out: "IDOT"
to "Illinois Department of Transportation", "NTSB" to "National Transportation Safety Board".

The acronym's letters are the initials of the name's words, in order: each capitalized word
gives its initial, and a short function word (``FUNCTION_WORDS``) gives its initial or none
("IDOT" and "IDT" both spell "Illinois Department of Transportation"). An acronym that
spells two names of the article is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsfacts_organizations.lexicon import Entry

#: Words whose initial an acronym may take or leave out.
FUNCTION_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "&"])
# Two letters spell too many names ("DS": "Department of State" or Diplomatic Security).
_FEWEST_LETTERS = 3


def spells(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` is the initials of ``words``:

    >>> spells("IDOT", "Illinois Department of Transportation".split())
    True
    >>> spells("NTSB", "National Transportation Safety Board".split())
    True
    >>> spells("IDT", "Illinois Department of Transportation".split())
    True
    >>> spells("IDOT", "Illinois Department".split())
    False
    >>> spells("DS", "Department of State".split())  # too short to tell
    False
    """
    letters = acronym.replace(".", "").upper()
    if len(letters) < _FEWEST_LETTERS or not letters.isalpha():
        return False
    reached = {0}  # how many letters the words so far may have spelled
    for word in words:
        optional = word.lower() in FUNCTION_WORDS
        initial = word[:1].upper()
        reached = {
            spelled
            for done in reached
            for spelled in ((done,) if optional else ())
            + ((done + 1,) if letters[done : done + 1] == initial else ())
        }
        if not reached:
            return False
    return len(letters) in reached


def link(lexicon: dict[tuple[str, ...], Entry]) -> None:
    """Give each acronym of ``lexicon`` that names only itself (found as an unknown word in
    capitals) the one longer name of ``lexicon`` it spells, and that name the acronym."""
    long_names = {
        entry.name: entry
        for entry in lexicon.values()
        if entry.acronym is None and sum(map(_spelled_out, entry.name.split())) >= 2
    }
    if not long_names:
        return
    for key, entry in list(lexicon.items()):
        if len(key) != 1 or entry.name != key[0] or not key[0].isupper():
            continue
        fits = [named for named in long_names.values() if spells(key[0], named.name.split())]
        if len(fits) == 1:
            linked = attrs.evolve(fits[0], acronym=key[0])
            for other, named in list(lexicon.items()):
                if named == fits[0]:
                    lexicon[other] = linked
            lexicon[key] = linked


def _spelled_out(word: str) -> bool:
    """A capitalized word written out ("Illinois"), not itself in capitals ("AT" of "AT and T")."""
    return word[:1].isupper() and not word.isupper()
