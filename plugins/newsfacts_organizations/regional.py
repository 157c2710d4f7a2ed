"""Names that name another body in one country's news: "the ABC" of an Australian story is
the Australian Broadcasting Corporation, "the DA" of a South African one the Democratic
Alliance (``data/regional_acronyms.tsv``); "the Times" is London's in a British story only
(``data/home_papers.tsv``). A row's reading is taken when the article names its region's words
twice or more, and more often than any other row's region (or, for a paper, opens with a
dateline of the region's: "LONDON (Reuters) -")."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs
import regex

from newsfacts.plugin import compiled, read_table
from newsfacts_organizations.lexicon import DATELINE_REACH, PACKAGE
from newsfacts_organizations.name_tables import KNOWN, Entry

# A name's readings: a pattern of each region's words (compiled when first asked for: most
# articles name none of these names) and the body it names there (None: none it can tell)
_Readings = tuple[tuple[str, Entry | None], ...]

# How often an article names a region before its names are read as the region's
_MENTIONS = 2


def _pattern(words: str) -> str:
    """Whole words, the longest first: "Australian" is one mention, not two."""
    longest_first = sorted(words.split("|"), key=len, reverse=True)
    return r"\b(?:" + "|".join(map(regex.escape, longest_first)) + r")(?!\w)"


def _readings() -> Mapping[str, _Readings]:
    table: dict[str, list[tuple[str, Entry | None]]] = {}
    for acronym, words, name, kind in read_table(PACKAGE, "regional_acronyms.tsv", columns=4):
        table.setdefault(acronym, []).append((_pattern(words), Entry(name, acronym, kind)))
    return MappingProxyType({acronym: tuple(rows) for acronym, rows in table.items()})


READINGS = _readings()


# A paper's readings: the patterns of each region's words and of its opening datelines, and
# the paper its title names there (None: none it can tell)
_PaperReadings = tuple[tuple[str, str, Entry | None], ...]


def _dateline(cities: str) -> str:
    """An opening dateline of one of ``cities``: "LONDON (Reuters) -", "LONDON 1996-08-30"."""
    places = "|".join(city.replace(" ", "[ ]") for city in sorted(cities.split("|")))
    return rf"(?:^|\n)[ \t]*(?:{places})(?=[ \t]*[,(—–-]|[ \t]+\d{{4}}-)"


def _papers() -> Mapping[Entry, tuple[str, _PaperReadings]]:
    """The listed papers of ``data/home_papers.tsv`` -> their title and its readings."""
    table: dict[str, list[tuple[str, str, Entry | None]]] = {}
    for title, words, cities, paper in read_table(PACKAGE, "home_papers.tsv", columns=4):
        entry = None if paper == "-" else KNOWN[("The", title)]
        table.setdefault(title, []).append((_pattern(words), _dateline(cities), entry))
    return MappingProxyType(
        {KNOWN[("The", title)]: (title, tuple(rows)) for title, rows in table.items()}
    )


#: A listed paper named by a title that other countries' papers end in -> the title and the
#: papers it names in each region
HOME_PAPERS = _papers()


@attrs.define(repr=False, eq=False)
class Regional:
    """The regional readings of one article's names, each counted once when first asked."""

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

    def paper(self, entry: Entry) -> Entry:
        """The paper a listed paper's title names in this article: the listed one in an
        article of its country, else none it can tell, named by the title alone ("told the
        Times" of an American story is no London paper). A paper the article names in full
        has given its title its own entry before (see resolve._lexicon)."""
        home = HOME_PAPERS.get(entry)
        if home is None:
            return entry
        title, readings = home
        if title not in self._chosen:
            self._chosen[title] = self._paper_of(readings)
        return self._chosen[title] or Entry(title, None, entry.kind)

    def _paper_of(self, readings: _PaperReadings) -> Entry | None:
        # the dateline's region, else the region the article names most
        for _, dateline, entry in readings:
            if compiled(dateline).search(self.text, 0, DATELINE_REACH):
                return entry
        return self._region_of(tuple((words, entry) for words, _, entry in readings))

    def _region_of(self, readings: _Readings) -> Entry | None:
        # (a name of these tables is rare: its article's text is searched once for it)
        counts = [(len(compiled(words).findall(self.text)), entry) for words, entry in readings]
        mentions, best = max(counts, key=lambda count: count[0])
        ties = sum(1 for count, _ in counts if count == mentions)
        return best if mentions >= _MENTIONS and ties == 1 else None
