"""The place table: read once, on first use, from ``data/gazetteer.packed``.

The source table is ``data/gazetteer.tsv.gz``, one row per place (``tools/build_gazetteer.py``
says what it holds and how it is made); :func:`pack` turns it into the packed file the plugin
reads (``python tools/pack_gazetteer.py``), laid out so that a process reads the keys that
start with the same two characters only when one of them is looked up, and builds a place
only when a name of it is: a short article meets a few dozen of its 82,000 places under a few
of its 93,000 keys. Lookups go by *key*: a name's tokens (as the core tokenizer splits them)
joined by one space.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import NamedTuple, TypeVar, overload

import attrs

from newsfacts.plugin import NewsfactsError, built, read_bytes, tokenize

KINDS = ("country", "admin", "city", "region", "continent", "water", "feature")
#: The packed file's first cell, then its format version.
PACKED_FORMAT = "newsfacts gazetteer\t2"

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


def _bucket_of(key: str) -> str:
    """The keys read together: those that start with the same two characters."""
    return key[:2]


@attrs.frozen(repr=False, eq=False)
class Packed:
    """The parts of a packed file that :class:`PackedPlaces` reads when asked (see
    :func:`pack`)."""

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
    The keys are read a bucket at a time (:func:`_bucket_of`), when one of the bucket is
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
        name = _bucket_of(key)
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

    A header line (:data:`PACKED_FORMAT`, the number of keys, of first words and of buckets,
    the sizes of the index, of the list of buckets and of the blocks); the index: the first
    words and the longest key starting with each (:func:`_spans`), where each bucket of keys
    is, and where each kind's rows are listed; the bucket of each key, one a line, in the
    order the rows first name the keys; the blocks: the buckets (:func:`_bucket_of`), each
    its keys one a line in that order, then for each key the offsets of its places' rows,
    ``|``-separated, and for each kind its rows' offsets, ``|``-separated, in the order the
    keys first name them; then the rows, without their keys. A process reads the index, a
    bucket when one of its keys is looked up, a kind's rows when asked for, and a row when
    one of its keys is looked up.
    """
    refs: dict[str, list[str]] = {}
    rows = bytearray()
    for line in lines:
        *cells, keys = line.rstrip("\n").split("\t")
        offset = str(len(rows))
        rows += ("\t".join(cells) + "\n").encode("utf-8")
        for key in keys.split("|"):
            refs.setdefault(key, []).append(offset)
    buckets: dict[str, list[str]] = {}
    for key in refs:
        buckets.setdefault(_bucket_of(key), []).append(key)
    blocks = bytearray()
    where = []
    for name, names in buckets.items():
        start = len(blocks)
        blocks += _lines([*names, *("|".join(refs[key]) for key in names)])
        where.append(f"{name}\t{start}\t{len(blocks)}")
    for kind, offsets in _kind_offsets(refs, bytes(rows)).items():
        start = len(blocks)
        blocks += offsets.encode("ascii")
        where.append(f"{kind}\t{start}\t{len(blocks)}")
    spans = _spans(refs)
    index = _lines([*spans, *map(str, spans.values()), *where])
    order = _lines(map(_bucket_of, refs))
    sizes = f"{len(refs)}\t{len(spans)}\t{len(buckets)}\t{len(index)}\t{len(order)}\t{len(blocks)}"
    return f"{PACKED_FORMAT}\t{sizes}\n".encode() + index + order + blocks + rows


def _lines(texts: Iterable[str]) -> bytes:
    return "".join(f"{text}\n" for text in texts).encode("utf-8")


def _kind_offsets(refs: dict[str, list[str]], rows: bytes) -> dict[str, str]:
    """For each kind, the offsets of its rows in the order the keys first name them."""
    by_kind: dict[str, dict[str, None]] = {kind: {} for kind in KINDS}
    for offsets in refs.values():
        for offset in offsets:
            start = rows.index(b"\t", int(offset)) + 1
            kind = rows[start : rows.index(b"\t", start)].decode("ascii")
            by_kind.setdefault(kind, {})[offset] = None
    return {kind: "|".join(offsets) for kind, offsets in by_kind.items()}


def unpack(data: bytes, file: str | None = None) -> Gazetteer:
    """The gazetteer of a packed file (see :func:`pack`): the index read now, keys a bucket at
    a time and places when looked up. ``file``: the package's data file ``data`` is (see
    :attr:`PackedPlaces.shipped`), whose index is kept on disk (:func:`_kept_index`)."""
    keys, spans, order, where, kinds, rows_start = (
        _index(data) if file is None else _kept_index(file)
    )
    packed = Packed(data, keys, order, where, kinds, rows_start, file)
    return Gazetteer(PackedPlaces(packed), spans)


# Where each named block of a packed file is: (start, end) in the file.
_Located = dict[str, tuple[int, int]]
#: A packed file's index: the number of keys, the span of each first word, where the list of
#: the keys' buckets is, where each bucket and each kind's list of rows is, where rows start.
_Index = tuple[int, dict[str, int], tuple[int, int], _Located, _Located, int]


@built
def _kept_index(file: str) -> _Index:
    """The index of the package's packed ``file``, kept on disk: read from the file (11,248
    first words with their spans, 1,051 buckets: words, numbers and lines made one by one),
    it was a thirtieth of a process's cold start; loaded with :mod:`marshal`, half as much."""
    return _index(read_bytes("newsfacts_locations", file))


def _index(data: bytes) -> _Index:
    """The index of the packed file ``data`` (see :func:`pack`)."""
    head_end = data.find(b"\n") + 1
    head = data[:head_end].decode("utf-8", "replace").rstrip("\n").rsplit("\t", 6)
    if len(head) != 7 or head[0] != PACKED_FORMAT or not all(map(str.isdigit, head[1:])):
        raise NewsfactsError(
            f"not a packed gazetteer of format {PACKED_FORMAT!r}: "
            "write it anew with python tools/pack_gazetteer.py"
        )
    keys, words, buckets, index, order, blocks = map(int, head[1:])
    order_start = head_end + index
    blocks_start = order_start + order
    lines = data[head_end:order_start].decode("utf-8").split("\n")
    spans = dict(zip(lines[:words], map(int, lines[words : 2 * words]), strict=True))
    where = _located(lines[2 * words : 2 * words + buckets], blocks_start)
    kinds = _located(lines[2 * words + buckets : -1], blocks_start)
    return keys, spans, (order_start, blocks_start), where, kinds, blocks_start + blocks


def _located(lines: list[str], blocks_start: int) -> _Located:
    """Where each block is in the file, by name, from the index lines that say it
    ("name<tab>start<tab>end", from the start of the blocks)."""
    located = {}
    for line in lines:
        name, start, end = line.rsplit("\t", 2)
        located[name] = (blocks_start + int(start), blocks_start + int(end))
    return located


@functools.cache
def load() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    # (read_bytes, not importlib.resources: importing it and what it imports, tempfile and
    # zipfile among them, was a seventieth of a cold start)
    return unpack(read_bytes("newsfacts_locations", "gazetteer.packed"), "gazetteer.packed")
