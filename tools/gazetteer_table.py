"""The place table ``build_gazetteer.py`` fills, one row per place, and writes as
``data/gazetteer.tsv.gz`` (its columns are described there); and the point it gives a place
known by its towns (a country, a state)."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

from gazetteer_names import key


def representative_point(points: list[tuple[float, float]], trim: int = 10) -> tuple[float, float]:
    """The middle of the central part of the points' extent (``trim`` % left out at each end):
    robust to a few outliers."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) * trim // 100
    low, high = cut, len(points) - 1 - cut
    return round((lats[low] + lats[high]) / 2, 4), round((lons[low] + lons[high]) / 2, 4)


#: Countries whose first-level divisions are nations, not states (GeoNames gives England's,
#: Scotland's and Wales's towns the nation's code): a town of one of them at least
#: :data:`COUNTY_TOWN` large is told apart from its namesakes by its county.
NATION_COUNTRIES = frozenset({"GB"})
COUNTY_TOWN = 10_000


def _county_town(row: dict[str, Any]) -> bool:
    """Whether a row is a town of a nation's county, told apart from its namesakes."""
    return (
        row["kind"] == "city"
        and row["cc"] in NATION_COUNTRIES
        and bool(row.get("admin2"))
        and int(row.get("population") or 0) >= COUNTY_TOWN
    )


class Table:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.by_name: dict[tuple[str, str, str, str], dict[str, Any]] = {}
        self.first: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(self, **row: Any) -> dict[str, Any]:
        # one town or county per name and state: "Alexandria" is a town in Louisiana,
        # Virginia and Minnesota, and the article decides which; other entries of one name
        # merge ("Hawaii" the state from GeoNames and from places.tsv)
        local = row["kind"] == "city" or row.get("admin2")
        ident = (row["kind"], row["name"], row["cc"], row.get("admin1", "") if local else "")
        nation = ident
        if _county_town(row):
            # a nation holds many towns of one name: one a county, "Ashford" in Kent and in
            # Surrey; a village joins the largest of its name in the nation, as before
            ident = (*ident[:3], f"{ident[3]}.{row['admin2']}")
        # a hand-listed town without a state joins the largest of its name ("Hebron")
        existing = self.by_name.get(ident)
        if existing is None and not ident[3]:
            existing = self.first.get(ident[:3])
        if existing is not None:
            existing["keys"].update(row["keys"])
            # a hand-listed state keeps its point and takes the code of its towns
            existing["admin1"] = existing.get("admin1") or row.get("admin1", "")
            return existing
        self.first.setdefault(ident[:3], row)
        row.setdefault("admin1", "")
        row.setdefault("admin2", "")
        row.setdefault("population", 0)
        row.setdefault("geonames_id", 0)
        self.rows.append(row)
        self.by_name[ident] = row
        self.by_name.setdefault(nation, row)
        return row

    def write(self, path: Path) -> None:
        lines = []
        for row in self.rows:
            # "The Netherlands": the article is matched (or not) by the plugin, not by the key
            names = {k.removeprefix("The ") for k in row["keys"] if k.strip()}
            keys = sorted({key(k) for k in names})
            lat = "" if row["lat"] is None else f"{row['lat']:.4f}"
            lon = "" if row["lon"] is None else f"{row['lon']:.4f}"
            cells = [
                str(row["geonames_id"]),
                row["kind"],
                row["name"],
                row["cc"],
                lat,
                lon,
                str(row["population"]),
                row["admin1"],
                row["admin2"],
                "|".join(keys),
            ]
            lines.append("\t".join(cells))
        # no timestamp nor file name in the header: the same inputs give the same bytes
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
