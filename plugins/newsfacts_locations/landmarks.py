"""Landmarks named with the town they stand in: "Queen's Park in Toronto", "Union Square in
San Francisco", "Hyde Park in Sydney".

The gazetteer holds places of these names elsewhere (a district of London, a village in
Massachusetts, a town in New York). A name of two words or more that ends in a street or
landmark word (``street_words.txt``: "Park", "Square"), right before "in" and a town, is
decided by :data:`LANDMARK_CHECKS` (shown by the explain trace): when none of its readings
lies near the town, it is that town's landmark, read as a street is, and
:mod:`newsfacts_locations.streets` gives it the town's point and country, not the
gazetteer's. A reading near the town keeps the name a gazetteer place ("Hyde Park in
London"), and so does a state or a country after "in" ("Rocky Mountain National Park in
Colorado"): it may hold the reading.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from newsfacts.plugin import Check, decide
from newsfacts_locations import words
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate, Columns, Matcher

#: How near the town a reading must lie to be the place named: about 100 km, in degrees of
#: latitude (and of longitude, scaled by the latitude's cosine).
NEAR_DEGREES = 1.0
#: How many words the town's name after "in" may have: "San Francisco", "Salt Lake City".
_TOWN_WORDS = 3


class _Named(NamedTuple):
    """A gazetteer name before "in" and the name right after "in" (None: no place)."""

    candidate: Candidate
    town: Candidate | None


def _no_town(named: _Named) -> bool | str:
    return named.town is None and "no place after it"


def _not_only_towns(named: _Named) -> bool | str:
    if named.town is None:
        return False
    kinds = {place.kind for place in named.town.places} - {"city"}
    return bool(kinds) and ", ".join(sorted(kinds))


def _reading_near(named: _Named) -> bool | str:
    assert named.town is not None
    for place in named.candidate.places:
        for town in named.town.places:
            if _near(place, town):
                return f"{place.name}, {place.country_code}"
    return False


#: Is a name ending in a street or landmark word, before "in" and a name, the landmark of
#: the town named after it? The first check that holds keeps the gazetteer's reading.
LANDMARK_CHECKS: tuple[Check[_Named], ...] = (
    Check("no-town-after", _no_town, "gazetteer", 'no place right after "in"'),
    Check(
        "not-only-a-town-after",
        _not_only_towns,
        "gazetteer",
        'a state or a country may be named after "in": "National Park in Colorado"',
    ),
    Check(
        "reading-near-town",
        _reading_near,
        "gazetteer",
        'one of its readings lies near the town: "Hyde Park in London"',
    ),
)


def landmarks_in_towns(
    matcher: Matcher, tokens: Columns, found: Sequence[Candidate], caps: bool
) -> list[Candidate]:
    """The names of ``found`` that are landmarks of the town named right after them."""
    landmarks = []
    for candidate in found:
        after = candidate.last + 1
        if (
            candidate.first == candidate.last
            or after + 1 >= len(tokens.texts)
            or tokens.texts[after] != "in"
            or tokens.texts[candidate.last] not in words.STREET_WORDS
        ):
            continue  # nearly every name: no decision to make
        town = matcher.first(tokens.part(after + 1, after + 1 + _TOWN_WORDS), caps)
        named = _Named(candidate, town)
        outcome = decide(
            LANDMARK_CHECKS, named, default="landmark", start=candidate.start, end=candidate.end
        )
        if outcome == "landmark":
            landmarks.append(candidate)
    return landmarks


def _near(place: Place, town: Place) -> bool:
    if None in (place.latitude, place.longitude, town.latitude, town.longitude):
        return True  # no point to tell: the gazetteer's place stands
    assert place.latitude is not None and place.longitude is not None
    assert town.latitude is not None and town.longitude is not None
    across = abs(place.longitude - town.longitude) * math.cos(math.radians(town.latitude))
    return abs(place.latitude - town.latitude) <= NEAR_DEGREES and across <= NEAR_DEGREES
