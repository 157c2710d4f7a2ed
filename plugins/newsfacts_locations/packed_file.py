"""The packed gazetteer file's layout: :func:`pack` writes it, :func:`read_index` reads the
index a process starts from (:mod:`newsfacts_locations.gazetteer` reads the rest when asked).

Kept apart from the table's reading so that the tools that write the file
(``tools/pack_gazetteer.py``) and the reader agree on one description of it.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts.plugin import NewsfactsError

KINDS = ("country", "admin", "city", "region", "continent", "water", "feature")
#: The packed file's first cell, then its format version.
PACKED_FORMAT = "newsfacts gazetteer\t2"


def key_spans(keys: Iterable[str], spans: dict[str, int] | None = None) -> dict[str, int]:
    """The longest key (in words) starting with each word that starts a key of several words,
    added to ``spans`` (a copy) when given.

    A word that starts only its own one-word key is left out (its span is 1): the matcher
    reads a missing word as 1, and the packed file holds six times fewer entries.
    """
    spans = dict(spans or {})
    for words in [key.split(" ") for key in keys if " " in key]:
        if len(words) > spans.get(words[0], 0):
            spans[words[0]] = len(words)
    return spans


def bucket_of(key: str) -> str:
    """The keys read together: those that start with the same two characters."""
    return key[:2]


def pack(lines: Iterable[str]) -> bytes:
    """The packed file of the rows of ``gazetteer.tsv`` (see ``build_gazetteer.py``).

    A header line (:data:`PACKED_FORMAT`, the number of keys, of first words and of buckets,
    the sizes of the index, of the list of buckets and of the blocks); the index: the first
    words and the longest key starting with each (:func:`key_spans`), where each bucket of keys
    is, and where each kind's rows are listed; the bucket of each key, one a line, in the
    order the rows first name the keys; the blocks: the buckets (:func:`bucket_of`), each
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
        buckets.setdefault(bucket_of(key), []).append(key)
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
    spans = key_spans(refs)
    index = _lines([*spans, *map(str, spans.values()), *where])
    order = _lines(map(bucket_of, refs))
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


# Where each named block of a packed file is: (start, end) in the file.
Located = dict[str, tuple[int, int]]
#: A packed file's index: the number of keys, the span of each first word, where the list of
#: the keys' buckets is, where each bucket and each kind's list of rows is, where rows start.
Index = tuple[int, dict[str, int], tuple[int, int], Located, Located, int]


def read_index(data: bytes) -> Index:
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


def _located(lines: list[str], blocks_start: int) -> Located:
    """Where each block is in the file, by name, from the index lines that say it
    ("name<tab>start<tab>end", from the start of the blocks)."""
    located = {}
    for line in lines:
        name, start, end = line.rsplit("\t", 2)
        located[name] = (blocks_start + int(start), blocks_start + int(end))
    return located
