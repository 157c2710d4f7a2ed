"""Landmarks named with the town they stand in: "Queen's Park in Toronto", "Union Square in
San Francisco", "Hyde Park in Sydney".

The gazetteer holds places of these names elsewhere (a district of London, a village in
Massachusetts, a town in New York). A name of two words or more that ends in a street or
landmark word (``street_words.txt``: "Park", "Square"), right before "in" and a town none of
its readings lies near, is that town's landmark: it is read as a street is, and
:mod:`newsfacts_locations.streets` gives it the town's point and country, not the
gazetteer's. A reading near the town keeps the name a gazetteer place ("Hyde Park in
London"), and so does a state or a country after "in" ("Rocky Mountain National Park in
Colorado"): it may hold the reading.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsfacts.plugin import Segment
from newsfacts_locations import words
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate, Matcher

#: How near the town a reading must lie to be the place named: about 100 km, in degrees of
#: latitude (and of longitude, scaled by the latitude's cosine).
NEAR_DEGREES = 1.0
#: How many words the town's name after "in" may have: "San Francisco", "Salt Lake City".
_TOWN_WORDS = 3


def landmarks_in_towns(
    matcher: Matcher, tokens: Sequence[Segment], found: Sequence[Candidate], caps: bool
) -> list[Candidate]:
    """The names of ``found`` that are landmarks of the town named right after them."""
    return [candidate for candidate in found if _of_town_after(matcher, tokens, candidate, caps)]


def _of_town_after(
    matcher: Matcher, tokens: Sequence[Segment], candidate: Candidate, caps: bool
) -> bool:
    after = candidate.last + 1
    if (
        candidate.first == candidate.last
        or after + 1 >= len(tokens)
        or tokens[after].text != "in"
        or tokens[candidate.last].text not in words.STREET_WORDS
    ):
        return False
    town = matcher.first(tokens[after + 1 : after + 1 + _TOWN_WORDS], caps)
    # only a town: a state or a country ("National Park in Colorado") may hold the reading
    if town is None or any(place.kind != "city" for place in town.places):
        return False
    return not any(_near(place, city) for place in candidate.places for city in town.places)


def _near(place: Place, town: Place) -> bool:
    if None in (place.latitude, place.longitude, town.latitude, town.longitude):
        return True  # no point to tell: the gazetteer's place stands
    assert place.latitude is not None and place.longitude is not None
    assert town.latitude is not None and town.longitude is not None
    across = abs(place.longitude - town.longitude) * math.cos(math.radians(town.latitude))
    return abs(place.latitude - town.latitude) <= NEAR_DEGREES and across <= NEAR_DEGREES
