"""Which readings of a name can win, and the one that does (the terms of a reading's score:
:mod:`newsfacts_locations.resolve`).

A name of twenty readings ("Clinton") is scored among the few whose terms could lift them
above their country's most prominent reading (:func:`contenders`), and each of them by the
terms that can give it anything (:data:`NEEDS`): most names have no qualifier, and most
articles name no county of the UK.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from newsfacts_locations import priors
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.locality import Locality
from newsfacts_locations.qualifiers import unknown_town
from newsfacts_locations.resolve import (
    NAMED_COUNTY_BONUS,
    NEARBY_BONUS,
    SAME_COUNTY_BONUS,
    STATE_BONUS,
    TERMS,
    Clues,
    area_bonus,
    score,
)
from newsfacts_locations.sentence_settings import setting

#: What each term but the first needs to give any reading anything: a clue of the name (its
#: qualifier, its dateline) or of the article (votes for a country or a state, a town's point
#: laid). A name without it is scored without that term: most names have no qualifier, and
#: most articles name no county of the UK (``same region``), each term a call per reading.
NEEDS: dict[str, Callable[[Clues], object]] = {
    "qualified": lambda clues: clues.qualifier,
    "qualifying": lambda clues: clues.qualified or clues.qualifies_unknown_town,
    "listed with states": lambda clues: clues.listed_with_states,
    "division noun": lambda clues: clues.division,
    "residents": lambda clues: clues.residents,
    "dateline town": lambda clues: clues.dateline,
    "country named": lambda clues: clues.locality.countries.totals,
    "same country": lambda clues: clues.locality.within.totals,
    "sentence setting": lambda clues: clues.setting,
    "home state": lambda clues: clues.locality.within.totals or clues.locality.countries.totals,
    "same state": lambda clues: clues.locality.divisions.totals,
    "same region": lambda clues: clues.locality.regions.totals,
    "same county": lambda clues: (
        clues.locality.counties.totals
        or clues.locality.named_counties
        or clues.locality.town_counties
    ),
    "nearby": lambda clues: clues.locality.neighbours.reached,
    "paired": lambda clues: clues.key in clues.locality.rival_names,
}
_GATED = tuple((term, NEEDS.get(name)) for name, term in TERMS)
#: The terms that read the points the names were read as (``paired`` gives nothing where
#: ``nearby`` gives): the last of :data:`~newsfacts_locations.resolve.TERMS`, so that the sum
#: of the others, kept from one reading of the names to the next (:class:`Kept`), is the
#: score's own to the last bit
POINT_TERMS = ("nearby", "paired")
_POINT_TERMS = frozenset(term for name, term in TERMS if name in POINT_TERMS)


@attrs.define(repr=False)
class Kept:
    """What scoring one name's readings keeps for its next reading against the same count
    of votes (the names are read two or three times: see :mod:`newsfacts_locations.choices`),
    by the reading's identity (the mentions hold the readings): its :func:`_local_bound` but
    the nearby part, and its score but the :data:`POINT_TERMS`, with the one answer those
    other terms read that may change from one reading of the names to the next (how the
    names of counties were read: :meth:`~newsfacts_locations.locality.Locality.county_pair`),
    the sum made anew when it does. A long article's names lie near many points and are
    read again in full: kept, a reading again costs its point terms alone."""

    scores: dict[int, tuple[bool, float]] = attrs.field(factory=dict)
    bounds: dict[int, float] = attrs.field(factory=dict)


def best(places: tuple[Place, ...], clues: Clues, kept: Kept | None = None) -> Place:
    """The most likely reading of a name, given the article's clues (``kept``: what an
    earlier reading of the name kept, see :class:`Kept`).

    A qualifier that fits no reading ("Allendale, N.J." where the gazetteer knows only the
    Michigan town) names a town the gazetteer lacks: it gets the qualifier's point.
    """
    if unknown_town(places, clues.qualifier):
        state = next((q for q in clues.qualifier if q.kind == "admin"), clues.qualifier[0])
        return state._replace(geonames_id=None, kind="city", name=places[0].name, admin2="")
    if len(places) == 1:
        return places[0]
    clues = topped(places, clues)
    return pick(contenders(places, clues, kept), clues, kept)


def pick(readings: Sequence[Place], clues: Clues, kept: Kept | None = None) -> Place:
    """The reading that scores highest among a name's :func:`contenders` (``clues``: as
    :func:`topped` gives them; ``kept``: see :class:`Kept`)."""
    terms = [term for term, need in _GATED if need is None or need(clues)]
    if kept is None:
        return max(readings, key=lambda place: score(place, clues, terms))
    head = [term for term in terms if term not in _POINT_TERMS]
    tail = [term for term in terms if term in _POINT_TERMS]
    scores, county_pair = kept.scores, clues.locality.county_pair

    def scored(place: Place) -> float:
        # (summed in the order of the terms, as score sums them: the same float)
        pair = county_pair(place, clues.key)
        known = scores.get(id(place))
        if known is not None and known[0] == pair:
            total = known[1]
        else:
            total = 0.0
            for term in head:
                total += term(place, clues)
            scores[id(place)] = (pair, total)
        for term in tail:
            total += term(place, clues)
        return total

    return max(readings, key=scored)


def topped(places: tuple[Place, ...], clues: Clues) -> Clues:
    """``clues`` with the prominence of the most prominent of the name's ``places``, as
    :func:`contenders` and the terms read it."""
    return _topped(clues, max(map(priors.prominence, places)))


def _topped(clues: Clues, top: float) -> Clues:
    """``clues`` with the prominence of the name's most prominent reading (made positionally,
    the other fields sliced in C: ``_replace`` reads every field by name)."""
    return Clues(*clues[:-1], top)


def contenders(places: tuple[Place, ...], clues: Clues, kept: Kept | None = None) -> list[Place]:
    """The readings that can win. Readings of one country share the country terms, so a
    reading whose prominence and largest possible state and county terms stay below the
    prominence of its country's most prominent reading cannot win: the twenty small Clintons
    of an article about nowhere in particular are not scored."""
    if clues.qualifier or clues.qualified or clues.division:
        return list(places)
    states = {
        (p.country_code, p.admin1)
        for p in places
        if p.kind == "admin" and p.admin1 and not p.admin2
    }
    if states:
        # "Nevada", "Indiana", "California" standing alone are the states, never the towns
        # of their names in other states (Nevada, Iowa; Indiana, Pennsylvania): those need
        # a qualifier ("Nevada, Iowa"). A big city keeps its chance ("New York"), and so
        # does a town in the division of its name ("Zurich", "Groningen": the cities).
        places = tuple(p for p in places if not _namesake_town(p, states))
    top: dict[str | None, float] = {}
    for place in places:
        value = priors.prominence(place)
        if value > top.get(place.country_code, -1.0):
            top[place.country_code] = value
    # (the bound is never negative: a country's most prominent reading needs none)
    return [
        place
        for place in places
        if (value := priors.prominence(place)) >= (its_top := top[place.country_code])
        or value + _local_bound(place, clues, kept) >= its_top
    ]


def _namesake_town(place: Place, states: set[tuple[str | None, str]]) -> bool:
    """A town smaller than a big city, named like another state of its own country."""
    if place.kind != "city" or (place.population or 0) >= priors.BIG_CITY:
        return False
    return any(code == place.country_code and division != place.admin1 for code, division in states)


def _local_bound(place: Place, clues: Clues, kept: Kept | None = None) -> float:
    """The most the state, county and nearby terms can give this reading. Each part is
    asked only if the article holds anything it reads (a part left out adds 0.0, so the sum
    is the same): most articles name no UK or Irish county (no region votes), and no
    town's point is laid before the names are read. (``kept``: the state and county parts
    kept, see :class:`Kept`.)"""
    area = kept.bounds.get(id(place)) if kept is not None else None
    if area is None:
        area = _area_bound(place, clues.locality)
        if kept is not None:
            kept.bounds[id(place)] = area
    neighbours = clues.locality.neighbours
    near = NEARBY_BONUS if neighbours.reached and neighbours.near(place, clues.key) else 0.0
    sentence = setting(place, clues) if clues.setting else 0.0
    return area + near + sentence


def _area_bound(place: Place, locality: Locality) -> float:
    """The state and county parts of :func:`_local_bound`, summed."""
    state = 0.0
    if locality.divisions.totals or locality.regions.totals:
        votes = locality.division_total(place)
        if locality.regions.totals:
            votes = max(votes, locality.region_total(place))
        state = area_bonus(votes, STATE_BONUS)
    county = (
        NAMED_COUNTY_BONUS
        if (locality.named_counties or locality.town_counties) and locality.may_pair(place)
        else 0.0
    )
    if locality.counties.totals:
        county += SAME_COUNTY_BONUS * min(locality.county_total(place), 1.0)
    return state + county
