"""The place table: read once, on first use, from ``data/gazetteer.packed``.

The source table is ``data/gazetteer.tsv.gz``, one row per place (``tools/build_gazetteer.py``
says what it holds and how it is made); :func:`.packed_file.pack` turns it into the packed
file the plugin reads (``python tools/pack_gazetteer.py``), laid out so that a process reads
the keys that start with the same two characters only when one of them is looked up, and
builds a place only when a name of it is: a short article meets a few dozen of its 82,000
places under a few of its 93,000 keys. Lookups go by *key*: a name's tokens (as the core
tokenizer splits them) joined by one space.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import NamedTuple, TypeVar, overload

import attrs

from newsfacts.plugin import built, read_bytes, tokenize

# (KINDS, the kinds of places, is the gazetteer's too: the packed file lists each kind's rows)
from newsfacts_locations.packed_file import KINDS as KINDS
from newsfacts_locations.packed_file import Index, bucket_of, key_spans, read_index

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


@attrs.frozen(repr=False, eq=False)
class Packed:
    """The parts of a packed file that :class:`PackedPlaces` reads when asked (see
    :func:`~newsfacts_locations.packed_file.pack`)."""

    #: The whole file (7.3 MB: left out of the repr).
    data: bytes = attrs.field(repr=False)
    #: How many keys it holds.
    keys: int
    #: Where the bucket of each key is listed, in the order of the keys: (start, end) in
    #: ``data``.
    order: tuple[int, int]
    #: Where the keys of each bucket and their rows' offsets are: (start, end) in ``data``.
    buckets: dict[str, tuple[int, int]]
    #: Where the offsets of each kind's rows are, "|"-separated, in the order of the keys:
    #: (start, end) in ``data``.
    kinds: dict[str, tuple[int, int]]
    #: Where the rows start in ``data``.
    rows_start: int
    #: The package's data file it was read from (:func:`load`), None for other bytes.
    file: str | None = None


_NO_KEYS: Mapping[str, str] = MappingProxyType({})


class PackedPlaces(Mapping[str, tuple[Place, ...]]):
    """The shipped places by key, each built from its row of the packed file when first read.

    A place named by several keys is one object under all of them, as in a table read whole.
    The keys are read a bucket at a time (:func:`bucket_of`), when one of the bucket is
    first looked up. ``added``: buckets that replace (or follow) the shipped ones, from
    :meth:`with_added`.
    """

    __slots__ = ("_added", "_buckets", "_built", "_found", "_new_keys", "_packed")

    def __init__(
        self,
        packed: Packed,
        added: dict[str, tuple[Place, ...]] | None = None,
        buckets: dict[str, Mapping[str, str] | None] | None = None,
        built: dict[int, Place] | None = None,
    ) -> None:
        self._packed = packed
        # Caches: they only ever hold what the file (or ``added``) already says. The buckets
        # (key -> the offsets of its places' rows, "|"-separated), one entry for each bucket
        # the file holds, None until read: a word whose bucket the file lacks (most words of
        # a text: "said", "the") is answered by one dict read, without a call.
        self._buckets = dict.fromkeys(packed.buckets) if buckets is None else buckets
        self._built = {} if built is None else built
        self._added = added or {}
        self._new_keys = tuple(key for key in self._added if key not in self._bucket(key))
        self._found = dict(self._added)

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
            bucket = self._buckets.get(key[:2], _NO_KEYS)  # (_bucket, without its calls)
            refs = (bucket if bucket is not None else self._bucket(key)).get(key)
            if refs is None:
                return default
            found = self._found[key] = tuple(map(self.place_at, map(int, refs.split("|"))))
        return found

    def __contains__(self, key: object) -> bool:
        if key in self._found:
            return True
        if not isinstance(key, str):
            return False
        bucket = self._buckets.get(key[:2], _NO_KEYS)  # (_bucket, without its calls)
        return key in (bucket if bucket is not None else self._bucket(key))

    def among(self, words: Iterable[str]) -> set[str]:
        """The keys among ``words``: ``{word for word in words if word in self}``, read in one
        loop without a call per word (a text's words are asked once each, most of them in no
        bucket of the file)."""
        found, buckets = self._found, self._buckets
        held = set()
        for word in words:
            bucket = buckets.get(word[:2], _NO_KEYS)  # (_bucket, without its calls)
            if word in found or word in (bucket if bucket is not None else self._bucket(word)):
                held.add(word)
        return held

    def __iter__(self) -> Iterator[str]:
        # In the file's order: each bucket holds its keys in that order, and the file lists
        # the bucket of each key in turn.
        start, end = self._packed.order
        keys = {name: iter(self._read(name)) for name in self._packed.buckets}
        for name in self._packed.data[start:end].decode("utf-8").split("\n")[:-1]:
            yield next(keys[name])
        yield from self._new_keys

    def __len__(self) -> int:
        return self._packed.keys + len(self._new_keys)

    def _bucket(self, key: str) -> Mapping[str, str]:
        """The keys of the bucket ``key`` falls in, with their rows' offsets."""
        name = bucket_of(key)
        # (the lookups of a text's words read ``_buckets`` themselves, and call this only for
        # a bucket of the file not yet read)
        return self._buckets.get(name, _NO_KEYS) or self._read(name)

    def _read(self, name: str) -> Mapping[str, str]:
        """The keys of the bucket ``name``, with their rows' offsets, read once."""
        bucket = self._buckets.get(name)
        if bucket is None:
            where = self._packed.buckets.get(name)
            if where is None:
                return _NO_KEYS
            lines = self._packed.data[where[0] : where[1]].decode("utf-8").split("\n")
            half = len(lines) // 2  # the keys, then their offsets, then "" after the last
            bucket = self._buckets[name] = dict(zip(lines[:half], lines[half:-1], strict=True))
        return bucket

    @property
    def shipped(self) -> str | None:
        """The package's data file these places are read from, nothing added (None for other
        bytes, or with places added): what a table made of its rows may be kept under."""
        return None if self._added else self._packed.file

    def place_at(self, offset: int) -> Place:
        """The place of the row at ``offset`` (built once)."""
        place = self._built.get(offset)
        if place is None:
            data = self._packed.data
            start = self._packed.rows_start + offset
            row = data[start : data.index(b"\n", start)].decode("utf-8")
            place = self._built[offset] = _place(row.split("\t"))
        return place

    def _kind(self, offset: int) -> bytes:
        """The kind cell of a row, read without building its place."""
        data = self._packed.data
        start = data.index(b"\t", self._packed.rows_start + offset) + 1
        return data[start : data.index(b"\t", start)]

    def offsets(self, kind: str) -> list[int]:
        """The offsets of the rows of one kind in the packed file, in the order of the keys
        (places added left out)."""
        start, end = self._packed.kinds.get(kind, (0, 0))
        offsets = self._packed.data[start:end].decode("ascii")
        return list(map(int, offsets.split("|"))) if offsets else []

    def of_kind(self, kind: str) -> tuple[Place, ...]:
        """Every place of one kind, in the order of the keys (building only those)."""
        if not self._added:  # the order the packed file holds
            return tuple(map(self.place_at, self.offsets(kind)))
        unique: dict[int, Place] = {}
        wanted = kind.encode("ascii")
        for key in self:
            bucket = self._found.get(key)
            if bucket is not None:
                unique.update((id(place), place) for place in bucket if place.kind == kind)
                continue
            for offset in map(int, self._bucket(key)[key].split("|")):
                if self._kind(offset) == wanted:
                    place = self.place_at(offset)
                    unique[id(place)] = place
        return tuple(unique.values())

    def with_added(self, added: dict[str, tuple[Place, ...]]) -> PackedPlaces:
        """These places with the buckets of ``added`` in place of (or after) their own."""
        buckets = {**self._added, **added}
        return PackedPlaces(self._packed, buckets, self._buckets, self._built)


@attrs.frozen(repr=False, eq=False)
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

        ``gazetteer.load().extended([("Khreshchatyk", Place(...))])``; the shipped gazetteer is
        left as it is. The locations option ``places`` reads such names from a file.
        """
        added: dict[str, tuple[Place, ...]] = {}
        for name, place in entries:
            key = " ".join(token.text for token in tokenize(name))
            added[key] = (*added.get(key, self.places.get(key, ())), place)
        spans = key_spans(added, self.span_by_first_word)
        if isinstance(self.places, PackedPlaces):
            return Gazetteer(self.places.with_added(added), spans)
        return Gazetteer({**self.places, **added}, spans)


def unpack(data: bytes, file: str | None = None) -> Gazetteer:
    """The gazetteer of a packed file (see :func:`.packed_file.pack`): the index read now, keys
    a bucket at a time and places when looked up. ``file``: the package's data file ``data`` is (see
    :attr:`PackedPlaces.shipped`), whose index is kept on disk (:func:`_kept_index`)."""
    keys, spans, order, where, kinds, rows_start = (
        read_index(data) if file is None else _kept_index(file)
    )
    packed = Packed(data, keys, order, where, kinds, rows_start, file)
    return Gazetteer(PackedPlaces(packed), spans)


@built
def _kept_index(file: str) -> Index:
    """The index of the package's packed ``file``, kept on disk: read from the file (11,248
    first words with their spans, 1,051 buckets: words, numbers and lines made one by one),
    it was a thirtieth of a process's cold start; loaded with :mod:`marshal`, half as much."""
    return read_index(read_bytes("newsfacts_locations", file))


@functools.cache
def load() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    # (read_bytes, not importlib.resources: importing it and what it imports, tempfile and
    # zipfile among them, was a seventieth of a cold start)
    return unpack(read_bytes("newsfacts_locations", "gazetteer.packed"), "gazetteer.packed")
