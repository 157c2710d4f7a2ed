"""How likely each reading of a name is before the article says anything: population and kind.

A bare name usually means its best-known place: countries, continents and regions before
towns, a large city before a small one. :func:`prominence` is 1.5 × log10(population) plus a
bonus by kind; :func:`shares` turns the prominences of a name's readings into the shares of
one vote, so that "Berlin" votes for Germany, hardly for the small Berlins of New Hampshire
and Wisconsin, while "Gainesville" (Florida, Georgia, Texas) splits its vote.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from newsfacts_locations.gazetteer import Place, load

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
# Hand-listed places (regions, seas, English names of divisions) have no population; they
# are listed because news names them, so they rank like a large city.
UNKNOWN_POPULATION = 3_000_000
# A state's people are a sum over its towns; capped so that a big city named like its state
# ("New York", "Washington") stays the usual reading.
ADMIN_POPULATION_CAP = 5_000_000
# A reading's share of its name's vote grows with the square root of its population (and
# its kind): a village is not ignored, but a city counts for more.
SHARE_SCALE = 3.0


# Counties of one name ("Madison County", in twenty states) are told apart by the article
# much more than by their size: their population weighs half as much.
POPULATION_WEIGHT = 1.5
COUNTY_POPULATION_WEIGHT = 0.75

# How far below a name's most prominent reading another reading still counts as near it, for
# the nearby and sentence setting terms: 3 is a population about a hundred times smaller. A
# neighbour is a weaker clue than a state's votes: national news names a big city among the
# small towns of its namesake's county ("Philadelphia", "Cleveland", "Dallas" in campaign
# stories stay the big cities)
NEARBY_REACH = 3.0


@functools.cache  # a pure function of an immutable place: computed once per place
def prominence(place: Place) -> float:
    population = place.population or UNKNOWN_POPULATION
    if place.kind == "admin":
        population = min(population, ADMIN_POPULATION_CAP)
    bonus = KIND_BONUS.get(place.kind, 0.0)
    if place.kind == "city" and population >= BIG_CITY:
        bonus += BIG_CITY_BONUS
    county = place.kind == "admin" and bool(place.admin2)
    weight = COUNTY_POPULATION_WEIGHT if county else POPULATION_WEIGHT
    return weight * math.log10(max(population, 1000)) + bonus


@functools.lru_cache(maxsize=4096)  # a few names repeat in every article
def big_city_lead(key: str) -> float:
    """:data:`BIG_CITY_BONUS` when the name's most prominent reading is a city of
    :data:`BIG_CITY` people or more ("Manhattan", "Columbus"), else 0: the part of its lead
    over the name's other readings that is no matter of people. The bonus makes a big city
    the usual reading of a name it shares with a state ("New York", "Washington"); it does
    not make a town of its name any less likely beside that town's neighbours
    (:func:`~newsfacts_locations.resolve.within_reach`)."""
    readings = load().lookup(key)
    if not readings:
        return 0.0
    top = max(readings, key=prominence)
    return BIG_CITY_BONUS if top.kind == "city" and top.population >= BIG_CITY else 0.0


def shares(places: Sequence[Place]) -> list[float]:
    """Each reading's share of one vote, by prominence (the shares add up to 1)."""
    scores = [prominence(place) for place in places]
    top = max(scores, default=0.0)
    weights = [10 ** ((score - top) / SHARE_SCALE) for score in scores]
    total = sum(weights)
    return [weight / total for weight in weights]
