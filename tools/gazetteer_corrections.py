"""The last step of the gazetteer build: corrections to GeoNames' rows, listed in
``tools/gazetteer_corrections.tsv`` (a city's name that news uses for its state, a town's
missing population, a division's code).

Kept as a table, not as edits to ``gazetteer.tsv.gz``, so that a rebuild from GeoNames
gives the same gazetteer: the build applies each row and stops at one that matches no place
(GeoNames renamed it, or the table has a typo)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

TABLE = Path(__file__).with_name("gazetteer_corrections.tsv")

Row = dict[str, Any]


def _drop_key(place: Row, value: str, key: Callable[[str], str]) -> None:
    matching = {name for name in place["keys"] if key(name) == key(value)}
    if not matching:
        raise SystemExit(f"{TABLE.name}: {place['name']!r} has no name {value!r} to drop")
    place["keys"] -= matching


def _population(place: Row, value: str, key: Callable[[str], str]) -> None:
    place["population"] = int(value)


def _admin1(place: Row, value: str, key: Callable[[str], str]) -> None:
    place["admin1"] = value


def _point(place: Row, value: str, key: Callable[[str], str]) -> None:
    """``value``: "latitude,longitude"."""
    latitude, longitude = value.split(",")
    place["lat"], place["lon"] = float(latitude), float(longitude)


CORRECTIONS: dict[str, Callable[[Row, str, Callable[[str], str]], None]] = {
    "drop-key": _drop_key,
    "population": _population,
    "admin1": _admin1,
    "point": _point,
}


def read(path: Path = TABLE) -> list[tuple[str, str, str, str, str]]:
    """The table's rows: kind, name, country code, correction, value."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, name, cc, correction, value = line.split("\t")
            if correction not in CORRECTIONS:
                raise SystemExit(f"{path.name}: no correction {correction!r}: {line!r}")
            rows.append((kind, name, cc, correction, value))
    return rows


def apply(rows: Iterable[Row], key: Callable[[str], str], path: Path = TABLE) -> int:
    """Apply the table's corrections to the build's ``rows`` (``key`` spells a name as the
    table's keys do); how many were applied."""
    places: dict[tuple[str, str, str], list[Row]] = {}
    for row in rows:
        places.setdefault((row["kind"], row["name"], row["cc"]), []).append(row)
    corrections = read(path)
    for kind, name, cc, correction, value in corrections:
        found = places.get((kind, name, cc))
        if not found:
            raise SystemExit(f"{path.name}: no {kind} {name!r} in {cc}")
        # a name held by several towns of one country: the largest, as aliases.tsv does
        place = max(found, key=lambda row: int(row["population"]))
        CORRECTIONS[correction](place, value, key)
    return len(corrections)
