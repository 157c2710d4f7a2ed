"""The place table: loaded once, on first use, from ``data/gazetteer.tsv.gz``.

See ``build_gazetteer.py`` for what it holds and how it is made. Lookups go by *key*: a name's
tokens (as the core tokenizer splits them) joined by one space.
"""

from __future__ import annotations

import functools
import gc
import gzip
from collections.abc import Iterable
from importlib import resources
from itertools import repeat
from typing import NamedTuple

import attrs

from newsfacts.plugin import tokenize

KINDS = ("country", "admin", "city", "region", "continent", "water", "feature")


class Place(NamedTuple):
    """One gazetteer entry (a named tuple: tens of thousands load in well under a second)."""

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


@attrs.frozen
class Gazetteer:
    """Places by lookup key, and the longest key (in tokens) starting with each word."""

    places: dict[str, tuple[Place, ...]]
    span_by_first_word: dict[str, int]
    _by_kind: dict[str, tuple[Place, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    _countries: dict[str | None, Place] = attrs.field(factory=dict, eq=False, repr=False)

    def lookup(self, key: str) -> tuple[Place, ...]:
        return self.places.get(key, ())

    def by_kind(self, kind: str) -> tuple[Place, ...]:
        """Every place of one kind (computed once per kind)."""
        cached = self._by_kind.get(kind)
        if cached is None:
            unique = {id(p): p for group in self.places.values() for p in group if p.kind == kind}
            cached = self._by_kind[kind] = tuple(unique.values())
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
        places = dict(self.places)
        spans = dict(self.span_by_first_word)
        for name, place in entries:
            key = " ".join(token.text for token in tokenize(name))
            places[key] = (*places.get(key, ()), place)
            words = key.split(" ")
            if len(words) > spans.get(words[0], 0):
                spans[words[0]] = len(words)
        return Gazetteer(places, spans)


def parse(lines: Iterable[str]) -> Gazetteer:
    """Read gazetteer rows (see ``build_gazetteer.py`` for the columns)."""
    # Tens of thousands of small objects: the cyclic collector would rescan them repeatedly.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse(lines)
    finally:
        if enabled:
            gc.enable()


def _parse(lines: Iterable[str]) -> Gazetteer:
    places: dict[str, tuple[Place, ...]] = {}
    get = places.get
    make = tuple.__new__  # Place(...) without the keyword machinery: the hot loop of the load
    rows = map(str.split, map(str.rstrip, lines, repeat("\n")), repeat("\t"))
    for ident, kind, name, cc, lat, lon, population, admin1, admin2, keys in rows:
        place: Place = make(
            Place,
            (
                int(ident) or None,
                kind,
                name,
                cc or None,
                float(lat) if lat else None,
                float(lon) if lon else None,
                int(population),
                admin1,
                admin2,
            ),
        )
        if "|" in keys:
            for key in keys.split("|"):
                bucket = get(key)
                places[key] = (place,) if bucket is None else (*bucket, place)
        else:  # most names are one place's: a tuple is built once, grown on a collision
            bucket = get(keys)
            places[keys] = (place,) if bucket is None else (*bucket, place)
    spans = dict.fromkeys([key for key in places if " " not in key], 1)
    for words in [key.split(" ") for key in places if " " in key]:
        if len(words) > spans.get(words[0], 0):
            spans[words[0]] = len(words)
    return Gazetteer(places, spans)


@functools.cache
def load() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    source = resources.files("newsfacts_locations").joinpath("data").joinpath("gazetteer.tsv.gz")
    with source.open("rb") as raw:  # one read and one split: no line-by-line decoding
        lines = gzip.decompress(raw.read()).decode("utf-8").split("\n")
    return parse(lines[:-1] if lines and not lines[-1] else lines)
