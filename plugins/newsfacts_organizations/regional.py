"""Acronyms that name another body in one country's news: "the ABC" of an Australian story is
the Australian Broadcasting Corporation, "the DA" of a South African one the Democratic
Alliance (``data/regional_acronyms.tsv``). A row's reading is taken when the article names
its region's words twice or more, and more often than any other row's region."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs
import regex

from newsfacts.plugin import compiled, read_table
from newsfacts_organizations.lexicon import PACKAGE, Entry

# An acronym's readings: a pattern of each region's words (compiled when first asked for:
# most articles name none of these acronyms) and the body it names there
_Readings = tuple[tuple[str, Entry], ...]

# How often an article names a region before its acronyms are read as the region's
_MENTIONS = 2


def _readings() -> Mapping[str, _Readings]:
    table: dict[str, list[tuple[str, Entry]]] = {}
    for acronym, words, name, kind in read_table(PACKAGE, "regional_acronyms.tsv", columns=4):
        # whole words, the longest first: "Australian" is one mention, not two
        longest_first = sorted(words.split("|"), key=len, reverse=True)
        pattern = r"\b(?:" + "|".join(map(regex.escape, longest_first)) + r")\b"
        table.setdefault(acronym, []).append((pattern, Entry(name, acronym, kind)))
    return MappingProxyType({acronym: tuple(rows) for acronym, rows in table.items()})


READINGS = _readings()


@attrs.define
class Regional:
    """The regional readings of one article's acronyms, each counted once when first asked."""

    text: str
    _chosen: dict[str, Entry | None] = attrs.field(factory=dict)

    def entry(self, key: tuple[str, ...], entry: Entry) -> Entry:
        """The region's reading of a one-word name ``key`` if the article is of that region,
        else ``entry``."""
        if len(key) != 1 or key[0] not in READINGS:
            return entry
        acronym = key[0]
        if acronym not in self._chosen:
            self._chosen[acronym] = self._region_of(READINGS[acronym])
        return self._chosen[acronym] or entry

    def _region_of(self, readings: _Readings) -> Entry | None:
        # (an acronym of this table is rare: its article's text is searched once for it)
        counts = [(len(compiled(words).findall(self.text)), entry) for words, entry in readings]
        mentions, best = max(counts, key=lambda count: count[0])
        return best if mentions >= _MENTIONS else None
