"""The place table: read once, on first use, from ``data/gazetteer.packed``.

The source table is ``data/gazetteer.tsv.gz``, one row per place (``tools/build_gazetteer.py``
says what it holds and how it is made); :func:`pack` turns it into the packed file the plugin
reads (``python tools/pack_gazetteer.py``), laid out so that a process reads it in a few
milliseconds and builds a place only when a name of it is looked up: a short article meets a
few dozen of its 72,000 places. Lookups go by *key*: a name's tokens (as the core tokenizer
splits them) joined by one space.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import NamedTuple, TypeVar, overload

import attrs

from newsfacts.plugin import NewsfactsError, tokenize

KINDS = ("country", "admin", "city", "region", "continent", "water", "feature")
#: The packed file's first cell, then its format version.
PACKED_FORMAT = "newsfacts gazetteer\t1"

_T = TypeVar("_T")


class Place(NamedTuple):
    """One gazetteer entry."""

    geonames_id: int | None
    kind: str
    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    population: int
    admin1: str
    #: A US county's own code, or the county a US town lies in ("" elsewhere).
    admin2: str = ""


def _place(cells: list[str]) -> Place:
    """A place from the cells of a row, its lookup keys left out."""
    ident, kind, name, cc, lat, lon, population, admin1, admin2 = cells
    return Place(
        int(ident) or None,
        kind,
        name,
        cc or None,
        float(lat) if lat else None,
        float(lon) if lon else None,
        int(population),
        admin1,
        admin2,
    )


def _spans(keys: Iterable[str]) -> dict[str, int]:
    """The longest key (in words) starting with each word that starts a key of several words.

    A word that starts only its own one-word key is left out (its span is 1): the matcher
    reads a missing word as 1, and the packed file holds six times fewer entries.
    """
    spans: dict[str, int] = {}
    for words in [key.split(" ") for key in keys if " " in key]:
        if len(words) > spans.get(words[0], 0):
            spans[words[0]] = len(words)
    return spans


class PackedPlaces(Mapping[str, tuple[Place, ...]]):
    """The shipped places by key, each built from its row of the packed file when first read.

    A place named by several keys is one object under all of them, as in a table read whole.
    ``added``: buckets that replace (or follow) the shipped ones, from :meth:`with_added`.
    """

    __slots__ = (
        "_added",
        "_built",
        "_data",
        "_found",
        "_kinds",
        "_new_keys",
        "_refs",
        "_rows_start",
    )

    def __init__(
        self,
        refs: dict[str, str],
        kinds: dict[str, str],
        data: bytes,
        rows_start: int,
        added: dict[str, tuple[Place, ...]] | None = None,
        built: dict[int, Place] | None = None,
    ) -> None:
        self._refs = refs  # key -> the offsets of its places' rows, "|"-separated
        self._kinds = kinds  # kind -> the offsets of its rows, in the order of the keys
        self._data = data
        self._rows_start = rows_start
        self._added = added or {}
        self._new_keys = tuple(key for key in self._added if key not in refs)
        # Caches: they only ever hold what the file (or ``added``) already says.
        self._found = dict(self._added)
        self._built = {} if built is None else built

    def __getitem__(self, key: str) -> tuple[Place, ...]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    @overload
    def get(self, key: str, /) -> tuple[Place, ...] | None: ...
    @overload
    def get(self, key: str, default: tuple[Place, ...] | _T, /) -> tuple[Place, ...] | _T: ...
    def get(self, key: str, default: object = None, /) -> object:
        # The matcher's hot path: one dict read once a key has been looked up.
        found = self._found.get(key)
        if found is None:
            refs = self._refs.get(key)
            if refs is None:
                return default
            found = self._found[key] = tuple(map(self._place, map(int, refs.split("|"))))
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._refs or key in self._found

    def __iter__(self) -> Iterator[str]:
        yield from self._refs
        yield from self._new_keys

    def __len__(self) -> int:
        return len(self._refs) + len(self._new_keys)

    def _place(self, offset: int) -> Place:
        place = self._built.get(offset)
        if place is None:
            start = self._rows_start + offset
            row = self._data[start : self._data.index(b"\n", start)].decode("utf-8")
            place = self._built[offset] = _place(row.split("\t"))
        return place

    def _kind(self, offset: int) -> bytes:
        """The kind cell of a row, read without building its place."""
        start = self._data.index(b"\t", self._rows_start + offset) + 1
        return self._data[start : self._data.index(b"\t", start)]

    def of_kind(self, kind: str) -> tuple[Place, ...]:
        """Every place of one kind, in the order of the keys (building only those)."""
        if not self._added:  # the order the packed file holds
            offsets = self._kinds.get(kind, "")
            return tuple(map(self._place, map(int, offsets.split("|")))) if offsets else ()
        unique: dict[int, Place] = {}
        wanted = kind.encode("ascii")
        for key in self:
            bucket = self._found.get(key)
            if bucket is not None:
                unique.update((id(place), place) for place in bucket if place.kind == kind)
                continue
            for offset in map(int, self._refs[key].split("|")):
                if self._kind(offset) == wanted:
                    place = self._place(offset)
                    unique[id(place)] = place
        return tuple(unique.values())

    def with_added(self, added: dict[str, tuple[Place, ...]]) -> PackedPlaces:
        """These places with the buckets of ``added`` in place of (or after) their own."""
        buckets = {**self._added, **added}
        return PackedPlaces(
            self._refs, self._kinds, self._data, self._rows_start, buckets, self._built
        )


@attrs.frozen
class Gazetteer:
    """Places by lookup key, and the longest key (in tokens) starting with each word."""

    places: Mapping[str, tuple[Place, ...]]
    span_by_first_word: dict[str, int]
    _by_kind: dict[str, tuple[Place, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    _countries: dict[str | None, Place] = attrs.field(factory=dict, eq=False, repr=False)

    def lookup(self, key: str) -> tuple[Place, ...]:
        return self.places.get(key, ())

    def by_kind(self, kind: str) -> tuple[Place, ...]:
        """Every place of one kind (computed once per kind)."""
        cached = self._by_kind.get(kind)
        if cached is None:
            if isinstance(self.places, PackedPlaces):
                cached = self.places.of_kind(kind)
            else:
                groups = self.places.values()
                cached = tuple({id(p): p for g in groups for p in g if p.kind == kind}.values())
            self._by_kind[kind] = cached
        return cached

    def country(self, code: str) -> Place | None:
        """The country of ISO code ``code`` (the first of :meth:`by_kind` with it)."""
        if not self._countries:
            for place in reversed(self.by_kind("country")):
                self._countries[place.country_code] = place
        return self._countries.get(code)

    def extended(self, entries: Iterable[tuple[str, Place]]) -> Gazetteer:
        """A new gazetteer with places added under extra names (as written in text).

        ``gazetteer.load().extended([("Maidan", Place(...))])``; the shipped gazetteer is
        left as it is. The locations option ``places`` reads such names from a file.
        """
        added: dict[str, tuple[Place, ...]] = {}
        spans = dict(self.span_by_first_word)
        for name, place in entries:
            key = " ".join(token.text for token in tokenize(name))
            added[key] = (*added.get(key, self.places.get(key, ())), place)
            words = key.split(" ")
            if len(words) > spans.get(words[0], 0):
                spans[words[0]] = len(words)
        if isinstance(self.places, PackedPlaces):
            return Gazetteer(self.places.with_added(added), spans)
        return Gazetteer({**self.places, **added}, spans)


def pack(lines: Iterable[str]) -> bytes:
    """The packed file of the rows of ``gazetteer.tsv`` (see ``build_gazetteer.py``).

    A header line (:data:`PACKED_FORMAT`, the number of keys, of first words and the size
    of the text part), then the text part: the keys one a line, in the order the rows first
    name them; for each key the offsets of its places' rows, ``|``-separated; the first words
    and the longest key starting with each (:func:`_spans`); for each kind, its rows' offsets
    in the order the keys first name them; then the rows, without their keys. A process
    splits the text part and reads a row only when one of its keys is looked up.
    """
    refs: dict[str, list[str]] = {}
    rows = bytearray()
    for line in lines:
        *cells, keys = line.rstrip("\n").split("\t")
        offset = str(len(rows))
        rows += ("\t".join(cells) + "\n").encode("utf-8")
        for key in keys.split("|"):
            refs.setdefault(key, []).append(offset)
    table = bytes(rows)
    spans = _spans(refs)
    kinds = _kind_lines(refs, table)
    sections = [*refs, *map("|".join, refs.values()), *spans, *map(str, spans.values()), *kinds]
    text = ("\n".join(sections) + "\n").encode("utf-8")
    head = f"{PACKED_FORMAT}\t{len(refs)}\t{len(spans)}\t{len(text)}\n".encode()
    return head + text + table


def _kind_lines(refs: dict[str, list[str]], rows: bytes) -> list[str]:
    """For each kind, the offsets of its rows in the order the keys first name them."""
    by_kind: dict[str, dict[str, None]] = {kind: {} for kind in KINDS}
    for offsets in refs.values():
        for offset in offsets:
            start = rows.index(b"\t", int(offset)) + 1
            kind = rows[start : rows.index(b"\t", start)].decode("ascii")
            by_kind.setdefault(kind, {})[offset] = None
    return [f"{kind}\t{'|'.join(offsets)}" for kind, offsets in by_kind.items()]


def unpack(data: bytes) -> Gazetteer:
    """The gazetteer of a packed file (see :func:`pack`): keys and first words read now,
    places when looked up."""
    head_end = data.find(b"\n") + 1
    head = data[:head_end].decode("utf-8", "replace").rstrip("\n").rsplit("\t", 3)
    if len(head) != 4 or head[0] != PACKED_FORMAT or not all(map(str.isdigit, head[1:])):
        raise NewsfactsError(
            f"not a packed gazetteer of format {PACKED_FORMAT!r}: "
            "write it anew with python tools/pack_gazetteer.py"
        )
    keys, words, size = map(int, head[1:])
    rows_start = head_end + size
    lines = data[head_end:rows_start].decode("utf-8").split("\n")
    refs = dict(zip(lines[:keys], lines[keys : 2 * keys], strict=True))
    firsts = lines[2 * keys : 2 * keys + words]
    spans = dict(zip(firsts, map(int, lines[2 * keys + words : 2 * keys + 2 * words]), strict=True))
    kinds = dict(line.split("\t") for line in lines[2 * keys + 2 * words : -1])
    return Gazetteer(PackedPlaces(refs, kinds, data, rows_start), spans)


@functools.cache
def load() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    data = resources.files("newsfacts_locations").joinpath("data").joinpath("gazetteer.packed")
    return unpack(data.read_bytes())
