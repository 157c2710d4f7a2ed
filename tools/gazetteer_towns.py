"""The US post-office towns GeoNames lacks, for ``build_gazetteer.py`` (a build input).

GeoNames lists New England's towns ("Brookfield", Connecticut) as divisions, not as places
people live in, and leaves out many other towns that have a post office; local news names
them as it names any town. The ``zipcodes`` package (MIT licence; its data: the USPS ZIP
Locale Detail, public domain; GeoNames postal codes, CC BY 4.0, for the points; and the free
ZIP code database of unitedstateszipcodes.org, for which the package states no licence, for
the city names and counties) lists the
town of each ZIP code: the towns the gazetteer does not already hold in their state, each at
the middle of its ZIP codes' points, in the county most of them name.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from gazetteer_counties import representative_point

# ZIP codes of an area's homes and post office boxes; not those of one firm or a military post
DELIVERY_TYPES = frozenset({"STANDARD", "PO BOX"})
# How USPS and GeoNames may spell the same first word differently ("Saint Johnsbury")
SHORT_FORMS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Upper"})
# A town's people, unknown: 1 (0 reads as "unknown" in the plugin, ranked like a large
# city), a village below every town of a known population
UNKNOWN_POPULATION = 1
# The states whose towns GeoNames lists as divisions, not as places people live in: the post
# offices are the gazetteer's only source of their towns, and a person's name does not keep
# one out where the name is a place elsewhere already ("Weston", Connecticut, a town of
# 10,000 people, beside Weston, Florida): the article decides between them
NEW_ENGLAND = frozenset({"CT", "MA", "ME", "NH", "RI", "VT"})
# A city this large is the name's well-known place, as the plugin reads it
WELL_KNOWN_CITY = 100_000
# Street words that end the name of a municipality, not of a landmark: the post office of
# "Egg Harbor Township" (New Jersey) is the township's own, its row the township at its own
# point, where the plugin's street reading would give it the point of the town named near it,
# or none ("Township" ends a street's name since it gets its town's point, street_words.txt)
MUNICIPAL_ENDS = frozenset({"Township"})


@attrs.frozen
class Town:
    """A post-office town: its name, state, county and point."""

    name: str
    state: str
    county: str  # as its ZIP codes name it ("Fairfield County"), or the gazetteer's code
    lat: float
    lon: float

    def row(self) -> dict[str, Any]:
        """The gazetteer's cells of the town (but its kind, country and keys)."""
        return {
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "population": UNKNOWN_POPULATION,
            "admin1": self.state,
            "admin2": self.county,
        }


def comparable(name: str) -> str:
    """A name's letters in lower case, without accents, spaces or points, with "saint",
    "mount" and "fort" short: the same for "Mc Lean" and "McLean", "Saint Albans" and
    "St. Albans"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z ]", " ", plain).split()
    return "".join(SHORT_FORMS.get(word, word) for word in words)


def spelled(city: str) -> str:
    """A ZIP city as news writes it: USPS writes "Mc Lean" for McLean."""
    return re.sub(r"\bMc ", "Mc", city)


def abbreviated(name: str) -> bool:
    """A USPS abbreviation in the name ("Dover AFB", "Joint Base Mdl", "Mary D"): not how
    news names a town."""
    words = name.replace("-", " ").split()
    return any(len(w) == 1 or w.isupper() or not re.search("[aeiouy]", w.lower()) for w in words)


def post_office_towns(states: Iterable[str]) -> list[Town]:
    """The town of every delivery ZIP code of the ``states``, sorted by state and name."""
    # untyped build input; its data is compiled into the package
    zipcodes = importlib.import_module("zipcodes")
    wanted = frozenset(states)
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    counties: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in zipcodes.list_all():
        if not row["active"] or row["zip_code_type"] not in DELIVERY_TYPES:
            continue
        if row["state"] not in wanted or not row["lat"] or not row["long"]:
            continue
        town = (row["state"], spelled(row["city"]))
        points[town].append((float(row["lat"]), float(row["long"])))
        counties[town][row["county"]] += 1
    return [
        Town(
            name, state, counties[(state, name)].most_common(1)[0][0], *representative_point(found)
        )
        for (state, name), found in sorted(points.items())
    ]


def well_known(row: dict[str, Any]) -> bool:
    """Not a town, or a city of at least :data:`WELL_KNOWN_CITY` people."""
    return row["kind"] != "city" or int(row["population"]) >= WELL_KNOWN_CITY


def abroad(rows: Sequence[dict[str, Any]]) -> set[str]:
    """The names whose most populous town lies outside the US: a US article reads a town of
    its own country before a larger one abroad ("Wimbledon", North Dakota, in a report of the
    U.S. Open), and one of no known population must not."""
    largest: dict[str, tuple[int, str]] = {}
    for row in (r for r in rows if r["kind"] == "city"):
        for name in {comparable(k) for k in row["keys"]}:
            largest[name] = max(largest.get(name, (0, "")), (int(row["population"]), row["cc"]))
    return {name for name, (_, country) in largest.items() if country != "US"}


def compass(name: str, known: set[str]) -> bool:
    """A compass word before a well-known name: "South China" (Maine) in "the South China
    coast", "East Texas"."""
    first, _, rest = name.partition(" ")
    return first in COMPASS_WORDS and comparable(rest) in known


@attrs.frozen
class Landmarks:
    """The words that open or end the name of a landmark, a street or a natural feature in
    the plugin's ``street_words.txt`` and ``feature_words.txt``: the plugin reads "Fort
    Benning" and "Yellowstone National Park" as such, which a village of the name would
    hide."""

    heads: frozenset[str]  # "Fort", "Lake"
    ends: frozenset[str]  # "Park", "Center"

    @classmethod
    def of(cls, streets: Iterable[str], features: Iterable[str]) -> Landmarks:
        """From the two lists as written, with their marks (">Fort": a head; "?Park": "Park";
        not "!" exceptions nor "+" plurals), but :data:`MUNICIPAL_ENDS`."""
        heads = {word.lstrip(">?").rstrip(".") for word in features if word[:1] == ">"}
        ends = {word.lstrip("?") for word in streets if word[:1] not in "!+"} - MUNICIPAL_ENDS
        return cls(frozenset(heads), frozenset(ends))

    def named(self, name: str) -> bool:
        """Whether a name of several words opens or ends like a landmark's."""
        words = name.split()
        return len(words) > 1 and (words[0] in self.heads or words[-1] in self.ends)


def nearest_county(town: Town, placed: Sequence[dict[str, Any]]) -> str:
    """The county of the nearest town of ``placed`` in the town's state: Connecticut's towns
    lie in planning regions, which no ZIP code names ("" if the state has no such town)."""
    near = [row for row in placed if row["admin1"] == town.state]
    if not near:
        return ""
    nearest = min(near, key=lambda r: (r["lat"] - town.lat) ** 2 + (r["lon"] - town.lon) ** 2)
    return str(nearest["admin2"])


def state(row: dict[str, Any]) -> bool:
    return row["kind"] == "admin" and row["cc"] == "US" and not row["admin2"]


def missing_towns(
    rows: Sequence[dict[str, Any]],
    no_names: frozenset[str],
    people: frozenset[str],
    landmarks: Landmarks,
) -> list[Town]:
    """The post-office towns of the US states among ``rows`` (the gazetteer's) that no US town
    of ``rows`` in their state is named like, with their county's code (if a county of
    ``rows``) in place of its name.

    Such a town has no known population and becomes the name's least prominent reading; but
    the plugin reads a town of a state the article names before a place elsewhere, so these
    are left out:

    * a well-known place's name (:func:`well_known`: "Scotland", Indiana; "Cleveland",
      North Dakota; "Cornwall", Connecticut, named like the English county), a name whose
      largest town lies abroad (:func:`abroad`), or one of them after a compass word
      (:func:`compass`): news means that place; with a qualifier ("Cornwall, Conn.") the
      plugin still reads a town the gazetteer lacks, at its state's point;
    * a common given name or surname (``people``: "Reagan", Texas; "Ford", Virginia): news
      names the person far more often; but not in New England (:data:`NEW_ENGLAND`) where
      the name is a place elsewhere already ("Weston", Connecticut): the plugin reads such a
      name as a place only with support, and the article decides between its readings;
    * a name of ``no_names`` words only (generic words, "Center", "Lake"; titles and roles,
      "Cardinal", Virginia), abbreviated (:func:`abbreviated`), or a landmark's
      (:class:`Landmarks`: "Fort Benning", "Yellowstone National Park", "Canton Center").
    """
    us = [row for row in rows if row["cc"] == "US"]
    held = {
        (row["admin1"], comparable(k)) for row in us if row["kind"] == "city" for k in row["keys"]
    }
    # the names of every place so far: a person's name that is one of them too
    placed_names = {comparable(k) for row in rows for k in row["keys"]}
    # the table writes "The Hague" under "Hague" too
    known = {comparable(k.removeprefix("The ")) for r in rows if well_known(r) for k in r["keys"]}
    known |= abroad(rows)
    county_code = {
        (r["admin1"], r["name"]): r["admin2"] for r in us if r["admin2"] and r["kind"] == "admin"
    }
    placed = [row for row in us if row["kind"] == "city" and row["admin2"] and row["lat"]]
    states = {row["admin1"] for row in us if state(row)}
    found = []
    for town in post_office_towns(states - {""}):
        name = comparable(town.name)
        if (town.state, name) in held or name in known or compass(town.name, known):
            continue
        if town.name in people and not (town.state in NEW_ENGLAND and name in placed_names):
            continue
        if set(town.name.split()) <= no_names or landmarks.named(town.name):
            continue
        if abbreviated(town.name):
            continue
        code = county_code.get((town.state, town.county)) or nearest_county(town, placed)
        found.append(attrs.evolve(town, county=code))
    return found
