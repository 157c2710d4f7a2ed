"""Tables of organization names keyed by units (see :mod:`newsfacts_organizations.lexicon`):
what a list or the article says of a name (:class:`Entry`), a table that finds its names in a
run of words (:class:`NameTable`), and the names the field knows, loaded once from
``data/known.tsv`` and ``data/metonyms.tsv`` (:data:`KNOWN`, :data:`KNOWN_TABLE`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress
from typing import NamedTuple

from newsfacts.plugin import built, read_table
from newsfacts_organizations.lexicon import (
    AMBIGUOUS,
    APOSTROPHES,
    PACKAGE,
    POSSESSIVES,
    Key,
    fold,
    key_of,
)

_AFTER_S = (*POSSESSIVES, *APOSTROPHES)  # "Breitbart News’"


class Entry(NamedTuple):
    """What a list (or the article itself) says about a name (a named tuple: made and hashed
    in C, for every name a rule proposes, where a frozen attrs class did both in Python)."""

    name: str
    acronym: str | None
    kind: str | None


class NameTable:
    """Names keyed by unit texts, with the lengths of the names starting with each word.

    Matching a run tries only the lengths of names that start with the word at hand, so a
    long list or a long name costs nothing where it cannot match. A name's possessive is the
    same name ("the NRA's refusal", "Breitbart News’ editor", see units): it is found by
    looking its name up (:meth:`entry`), not kept in the table beside it (thousands of keys,
    which were most of the known names' loading); a possessive of one word opens a name, so
    it is among the first words of :attr:`lengths`.
    """

    def __init__(self, names: dict[Key, Entry], lengths: dict[str, list[int]] | None = None):
        """The table of ``names``, whose :func:`name_lengths` are ``lengths`` when given
        (kept on disk: see _known_names)."""
        self.names = names
        self.lengths = name_lengths(names) if lengths is None else lengths

    def entry(self, key: Key) -> Entry | None:
        """The entry of the name ``key`` or of the name it is the possessive of."""
        found = self.names.get(key)
        if found is not None:
            return found
        owner = _possessive_of(key[-1])
        return None if owner is None else self.names.get((*key[:-1], owner))

    def possessive(self, key: Key) -> bool:
        """Whether ``key`` is found (see :meth:`entry`) as the possessive of a name."""
        return key not in self.names

    def starts_name(self, words: Sequence[str], index: int, end: int) -> bool:
        """Whether a name of the table starts at ``index`` of ``words`` and ends by ``end``."""
        return index < end and any(
            self.entry(tuple(words[index : index + length])) is not None
            for length in self.lengths.get(words[index], ())
            if index + length <= end
        )

    def matches(self, words: Sequence[str]) -> Iterator[tuple[int, int, Entry]]:
        """Longest names found left to right in ``words``: (start, end, entry). Only the
        words that open a name are looked at (found in C: most words of a run open none)."""
        lengths = self.lengths
        count = len(words)
        after = 0  # the first word not yet inside a name found
        for index in compress(range(count), map(lengths.__contains__, words)):
            if index < after:
                continue
            for length in lengths[words[index]]:
                if index + length <= count:
                    entry = self.entry(tuple(words[index : index + length]))
                    if entry is not None:
                        yield index, index + length, entry
                        after = index + length
                        break


def _possessive_of(word: str) -> str | None:
    """The word ``word`` is the possessive of, as the last word of a name: "NRA" of "NRA's",
    "News" of "News’" (after an "s", the apostrophe alone); None when it is no possessive, or
    of a word ending in a possessive ("McDonald's" has none of its own)."""
    if word.endswith(POSSESSIVES):
        owner = word[:-2]
    elif word.endswith(APOSTROPHES) and word[-2:-1] == "s":
        owner = word[:-1]
    else:
        return None
    return None if owner.endswith(POSSESSIVES) else owner


def _possessives(word: str) -> tuple[str, ...]:
    """The possessives of ``word`` as the last word of a name (see _possessive_of)."""
    if word.endswith(POSSESSIVES):
        return ()
    return tuple(word + ending for ending in (_AFTER_S if word.endswith("s") else POSSESSIVES))


def name_lengths(names: Iterable[Key]) -> dict[str, list[int]]:
    """The lengths of the names starting with each word, longest first, the possessives of a
    name of one word among the words (each starts a name of one word): a :class:`NameTable`'s."""
    lengths: defaultdict[str, set[int]] = defaultdict(set)
    for key in names:
        lengths[key[0]].add(len(key))
        if len(key) == 1:
            for possessive in _possessives(key[0]):
                lengths[possessive].add(1)
    return {word: sorted(sizes, reverse=True) for word, sizes in lengths.items()}


#: An :class:`Entry` as kept on disk: (name, acronym, kind)
_Row = tuple[str, str | None, str | None]
#: The lengths of a :class:`NameTable` as kept on disk (name_lengths)
_Lengths = dict[str, list[int]]


@built  # two fifths of the plugin's import: kept on disk between processes
def _known_names() -> tuple[list[_Row], dict[Key, int], dict[Key, int], _Lengths, _Lengths]:
    """The known names of data/known.tsv and data/metonyms.tsv as plain values: the entries'
    rows, and each name's row, as written and folded, and the lengths of both's tables."""
    rows: list[_Row] = []
    exact: dict[Key, int] = {}
    folded: dict[Key, int] = {}
    for name, acronym, kind, aliases in read_table(PACKAGE, "known.tsv", columns=4):
        entry = len(rows)
        rows.append((name, acronym or None, kind or None))
        spellings = [name, *(alias for alias in aliases.split("|") if alias)]
        if acronym:
            spellings.append(acronym)
        for spelling in spellings:
            key = key_of(spelling)
            exact.setdefault(key, entry)
            if spelling not in AMBIGUOUS and not (len(key) == 1 and len(spelling) <= 3):
                folded.setdefault(fold(key), entry)
    for name, reading, canonical, kind in read_table(PACKAGE, "metonyms.tsv", columns=4):
        key = key_of(name)
        if reading == "organization":
            entry = len(rows)
            rows.append((canonical, None, kind or None))
            exact[key] = entry
            folded[fold(key)] = entry
        else:
            exact.pop(key, None)
            folded.pop(fold(key), None)
    return rows, exact, folded, name_lengths(exact), name_lengths(folded)


def _known() -> tuple[dict[Key, Entry], dict[Key, Entry], NameTable, NameTable]:
    """The known names, as written and folded, and their tables, of _known_names."""
    rows, exact, folded, exact_lengths, folded_lengths = _known_names()
    entries = [Entry(*row) for row in rows]

    def named(numbers: dict[Key, int]) -> dict[Key, Entry]:
        return {key: entries[number] for key, number in numbers.items()}

    known, known_folded = named(exact), named(folded)
    return (
        known,
        known_folded,
        NameTable(known, exact_lengths),
        NameTable(known_folded, folded_lengths),
    )


KNOWN, KNOWN_FOLDED, KNOWN_TABLE, KNOWN_FOLDED_TABLE = _known()
PLACE_METONYMS = frozenset(
    key_of(name)
    for name, reading, _, _ in read_table(PACKAGE, "metonyms.tsv", columns=4)
    if reading == "place"
)
