"""Choose one place for an ambiguous name: by kind, population and the article's other places.

"Paris" is the French capital unless the article qualifies it ("Paris, Texas") or talks about
Texas; "Georgia" is the country unless the article's other places are in the US state's
neighbourhood (its cities, other US places). Each reading gets a score:

* prominence: 1.5 × log10(population) plus a bonus by kind (countries, continents and regions
  are the usual referents of a bare name; a state named like a city of half a million yields
  to the city: "Washington", "New York"; not to a smaller one: "Wyoming", "Ontario");
* context: the country named elsewhere in the article (+1.5), other places of that country
  (+1 each, at most 3), a place in the same first-level division (+3; +5 for the division
  itself: "Atlanta" makes "Georgia" the state);
* a qualifier right after the name ("Paris, Texas", "Mobile, Ala.") decides outright.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from typing import TypeVar

import attrs

from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate

_K = TypeVar("_K", bound=Hashable)

KIND_BONUS = {
    "country": 3.0,
    "continent": 3.0,
    "region": 2.0,
    "water": 2.0,
    "feature": 0.0,
    "city": 0.0,
    "admin": -0.5,
}
# A city this large is the usual reading of a name it shares with a state ("Washington",
# "New York"); a smaller one is not ("Wyoming", Michigan; "Ontario", California).
BIG_CITY = 500_000
BIG_CITY_BONUS = 1.5
CONTEXT_CAP = 3  # other places of the country count up to this many
# Hand-listed places (regions, seas, English names of divisions) have no population; they
# are listed because news names them, so they rank like a large city.
UNKNOWN_POPULATION = 3_000_000
# A state's people are a sum over its towns; capped so that a big city named like its state
# ("New York", "Washington") stays the usual reading.
ADMIN_POPULATION_CAP = 5_000_000


@attrs.define
class Context:
    """What the article's unambiguous names say about where it is set.

    Each index holds the names (gazetteer keys) that support it, so that a name never
    supports its own reading ("New York" the city and the state share a division).
    """

    countries: dict[str, set[str]] = attrs.field(factory=dict)
    within: dict[str, set[str]] = attrs.field(factory=dict)
    divisions: dict[tuple[str, str], set[str]] = attrs.field(factory=dict)

    def add(self, key: str, places: tuple[Place, ...]) -> None:
        codes = {place.country_code for place in places}
        if len(codes) != 1:
            return
        place = places[0]
        code = place.country_code
        if code is None:
            return
        if all(p.kind == "country" for p in places):
            self.countries.setdefault(code, set()).add(key)
            return
        self.within.setdefault(code, set()).add(key)
        if place.admin1 and all(p.admin1 == place.admin1 for p in places):
            self.divisions.setdefault((code, place.admin1), set()).add(key)

    def local(self, candidate: Candidate) -> bool:
        """Whether another name of the article lies in the same state as a reading of this one:
        "Hinton" in an article about Alberta."""
        return any(
            _others(self.divisions, (p.country_code, p.admin1), candidate.key) > 0
            for p in candidate.places
            if p.country_code and p.admin1
        )


def _others(index: dict[_K, set[str]], entry: _K, key: str) -> int:
    names = index.get(entry)
    if not names:
        return 0
    return len(names) - (key in names)


def prominence(place: Place) -> float:
    population = place.population or UNKNOWN_POPULATION
    if place.kind == "admin":
        population = min(population, ADMIN_POPULATION_CAP)
    bonus = KIND_BONUS.get(place.kind, 0.0)
    if place.kind == "city" and population >= BIG_CITY:
        bonus += BIG_CITY_BONUS
    return 1.5 * math.log10(max(population, 1000)) + bonus


def score(place: Place, key: str, context: Context, qualifier: Iterable[Place]) -> float:
    value = prominence(place)
    code = place.country_code
    if any(_fits(place, other) for other in qualifier):
        value += 20.0
    if code is None:
        return value
    if _others(context.countries, code, key):
        value += 1.5
    value += min(_others(context.within, code, key), CONTEXT_CAP)
    if place.admin1 and _others(context.divisions, (code, place.admin1), key):
        value += 5.0 if place.kind == "admin" else 3.0
    return value


def best(
    key: str, places: tuple[Place, ...], context: Context, qualifier: Iterable[Place] = ()
) -> Place:
    """The most likely reading of the name ``key``, given the article's context.

    A qualifier that fits no reading ("Allendale, N.J." where the gazetteer knows only the
    Michigan town) names a town the gazetteer lacks: it gets the qualifier's point.
    """
    qualifiers = tuple(qualifier)
    towns = all(place.kind == "city" for place in places)
    if (
        towns
        and qualifiers
        and not any(_fits(place, other) for place in places for other in qualifiers)
    ):
        state = next((q for q in qualifiers if q.kind == "admin"), qualifiers[0])
        return state._replace(geonames_id=None, kind="city", name=places[0].name)
    if len(places) == 1:
        return places[0]
    return max(places, key=lambda place: score(place, key, context, qualifiers))


def _fits(place: Place, qualifier: Place) -> bool:
    return place.country_code == qualifier.country_code and (
        qualifier.kind == "country" or not qualifier.admin1 or qualifier.admin1 == place.admin1
    )
