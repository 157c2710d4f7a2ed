"""An acronym the article uses without defining it, linked to a name it spells out: "IDOT"
to "Illinois Department of Transportation", "NTSB" to "National Transportation Safety Board".

The acronym's letters are the initials of the name's words, in order: each capitalized word
gives its initial, and a short function word (``FUNCTION_WORDS``) gives its initial or none
("IDOT" and "IDT" both spell "Illinois Department of Transportation"). An acronym that
spells two names of the article is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsfacts.plugin import COUNTRY_NAMES
from newsfacts_organizations.name_tables import Entry

#: Words whose initial an acronym may take or leave out.
FUNCTION_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "&"])
# Two letters spell too many names ("DS": "Department of State" or Diplomatic Security),
# but those of a name of two words, no more ("DA": the Democratic Alliance).
_FEWEST_LETTERS = 3
# A name with many function words spells too many acronyms to tell which it has.
_MOST_SPELLINGS = 32


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
    >>> spells("DA", "Democratic Alliance".split())  # but a pair's initials
    True
    """
    return acronym.replace(".", "").upper() in spellings(words)


def spellings(words: Sequence[str]) -> frozenset[str]:
    """Every acronym of at least three letters that ``words`` spell (two for a name of two
    words without a function word), none for a name with so many function words that it
    spells more than ``_MOST_SPELLINGS``."""
    found = {""}
    for word in words:
        if word == ",":
            continue  # a series' comma: "Parks, Recreation and Youth Office (PRYO)"
        initial = word[:1].upper()
        if word.lower() in FUNCTION_WORDS:
            found |= {spelled + initial for spelled in found} if initial.isalpha() else set()
        elif initial.isalpha():
            found = {spelled + initial for spelled in found}
        else:
            return frozenset()  # "3M Co.": no acronym of letters spells it
        if len(found) > _MOST_SPELLINGS:
            return frozenset()
    fewest = len(words) if len(words) == 2 and len(found) == 1 else _FEWEST_LETTERS
    return frozenset(spelled for spelled in found if len(spelled) >= fewest)


def link(lexicon: dict[tuple[str, ...], Entry], in_capitals: Iterable[str] = ()) -> None:
    """Give each acronym of ``lexicon`` that names only itself (found as an unknown word in
    capitals) the one longer name of ``lexicon`` it spells, and that name the acronym; and so
    for each word of ``in_capitals`` (words of a headline in capitals that may be acronyms,
    see unknown_acronyms.in_capitals) that spells a name with no acronym yet, added to
    ``lexicon`` only then: "POLISH NBP LEAVES RATES UNCHANGED" above "The National Bank of
    Poland left its rates unchanged" names the bank twice. Looked up by spelling: linear in
    the names of the article, however many."""
    unlinked = [
        key
        for key, entry in lexicon.items()
        if len(key) == 1 and entry.name == key[0] and key[0].isupper()
    ]
    # (A word in capitals the lexicon holds is linked or named already.)
    headline = [(word,) for word in in_capitals if (word,) not in lexicon]
    if not unlinked and not headline:
        return  # most articles: no acronym to link, no name's spellings to make
    by_spelling: dict[str, set[Entry]] = {}
    keys_of: dict[Entry, list[tuple[str, ...]]] = {}
    for key, entry in lexicon.items():
        keys_of.setdefault(entry, []).append(key)
    for entry in keys_of:
        if entry.acronym is None and sum(map(_spelled_out, entry.name.split())) >= 2:
            for spelled in _name_spellings(entry.name.split()):
                by_spelling.setdefault(spelled, set()).add(entry)
    for key in unlinked:
        _link_one(lexicon, keys_of, key, by_spelling.get(key[0].replace(".", ""), set()))
    for key in headline:
        fits = by_spelling.get(key[0], set())
        if all(lexicon[keys_of[named][0]].acronym is None for named in fits):
            _link_one(lexicon, keys_of, key, fits)  # not a name the body linked already


def _name_spellings(words: Sequence[str]) -> frozenset[str]:
    """The acronyms ``words`` spell (see spellings), and those of its words before its
    country after "of", which a body's acronym may leave out: "TSB" for "Transportation Safety
    Board of Canada" (three letters at least: not "RB" for "Reserve Bank of India")."""
    spelled = spellings(words)
    if "of" not in words:
        return spelled
    last_of = len(words) - 1 - words[::-1].index("of")
    country = " ".join(words[last_of + 1 :]).removeprefix("the ")
    if last_of < 2 or country not in COUNTRY_NAMES:
        return spelled
    shorter = spellings(words[:last_of])
    return spelled | frozenset(acronym for acronym in shorter if len(acronym) >= _FEWEST_LETTERS)


def _link_one(
    lexicon: dict[tuple[str, ...], Entry],
    keys_of: dict[Entry, list[tuple[str, ...]]],
    key: tuple[str, ...],
    fits: set[Entry],
) -> None:
    """Link the acronym ``key`` to the name it spells if it spells one (``fits``)."""
    if len(fits) == 1:
        named = next(iter(fits))
        linked = named._replace(acronym=key[0])
        for other in keys_of[named]:
            lexicon[other] = linked
        lexicon[key] = linked


def _spelled_out(word: str) -> bool:
    """A capitalized word written out ("Illinois"), not itself in capitals ("AT" of "AT and T")."""
    return word[:1].isupper() and not word.isupper()
