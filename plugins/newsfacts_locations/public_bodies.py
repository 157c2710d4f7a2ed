"""A place's name that opens a public body's name ("Torrington Fire Department", "Boulder City
Manager"): the place stands inside the name the organizations field claims.

A check of :mod:`newsfacts_locations.candidacy`, kept apart from
:mod:`newsfacts_locations.neighbours` with the table of the words after a name it reads.
"""

from __future__ import annotations

from collections.abc import Sequence

import newsfacts
from newsfacts_locations import nearby, words
from newsfacts_locations.gazetteer import Gazetteer, Place
from newsfacts_locations.matching import Candidate
from newsfacts_locations.openers import SentenceTokens

#: Words between "in" and the town a body lies in: "at Mercy Clinic in nearby Dalton"
_NEAR_WORDS = frozenset({"nearby", "neighboring", "neighbouring"})


def public_body(texts: Sequence[str], candidate: Candidate) -> bool:
    """A public body's word after the name ("Torrington Fire Department"), or "City" or
    "General" and one ("Boulder City Manager", "Woodstock General Hospital"); not a court's
    own name ("Superior Court"), nor a school named after a person ("Lincoln Elementary
    School": ``person_namesakes.txt``)."""
    after = candidate.last + 1
    following = texts[after] if after < len(texts) else ""
    if following not in BODY_OPENERS or candidate.key in words.PUBLIC_BODIES:
        return False  # most names: no word after them that a check below reads
    if following == "National" and _feature_within(texts, after + 1):
        return False  # "Jefferson National Forest", "Zion National Park": a feature's name
    if following in words.SCHOOL_WORDS and candidate.key in words.PERSON_NAMESAKES:
        return False
    if following == "City" and after + 1 < len(texts):
        following = texts[after + 1]
        return following in words.PUBLIC_BODIES or following in words.CITY_OFFICES
    if following == "General":  # "Woodstock General Hospital", "Ohio General Assembly"
        return after + 1 < len(texts) and texts[after + 1] in words.PUBLIC_BODIES
    if following == "Highway" and not _capitalized_at(texts, after + 1):
        return False  # "on Lee Highway": a road's name ("the Ohio Highway Patrol" is Ohio's)
    if following == "Fire" and _wildfire(texts, candidate.first, after + 1):
        return False  # "the Gifford Fire in ...": a wildfire's name ("Seattle Fire said" is
        # the city's fire department, "the Torrington Fire Department" too)
    if following == "Commission" and texts[after + 1 : after + 2] != ["on"]:
        # "the Venice Commission": a body that first met there, no town's own ("the Dodge City
        # Commission", "the Tulsa Commission on Aging"); a county's is its county's
        city = texts[candidate.last] == "City"
        return city or any(place.kind != "city" for place in candidate.places)
    return following in words.PUBLIC_BODIES


def lies_elsewhere(
    tokens: SentenceTokens, candidate: Candidate, claims: newsfacts.SpanSet, gazetteer: Gazetteer
) -> bool:
    """Whether the body a town's name opens is said to lie in another town, far from every
    town of the name: "St. Charles Medical Center in Bend", "Providence Medical Center in
    Portland". The body is named after a saint, an order or a namesake; the town's name is
    the body's (the organizations field names it), not a place. A town near one of the name
    may hold it ("Paoli Hospital in Malvern": a neighbour, or a village inside the town),
    and a county or a state after "in" holds its towns' bodies ("the Salem Police
    Department in Marion County")."""
    if not all(place.kind == "city" for place in candidate.places):
        return False
    after = _claim_end(tokens, candidate, claims) + 1
    if tokens.texts[after : after + 1] != ["in"]:
        return False
    at = after + 1
    if tokens.texts[at : at + 1] and tokens.texts[at] in _NEAR_WORDS:
        at += 1
    countries = {place.country_code for place in candidate.places}
    towns = _other_towns(tokens, at, candidate.key, gazetteer, countries)
    return bool(towns) and not _near_any(towns, candidate.places)


def _near_any(towns: Sequence[Place], places: Sequence[Place]) -> bool:
    """Whether a town lies near a place (:data:`~newsfacts_locations.nearby.NEAR_KM`)."""
    points = [_point(place) for place in places]
    return any(
        nearby.km(town_point, point) <= nearby.NEAR_KM
        for town_point in map(_point, towns)
        for point in points
        if town_point and point
    )


def _point(place: Place) -> tuple[float, float] | None:
    if place.latitude is None or place.longitude is None:
        return None
    return (place.latitude, place.longitude)


def _claim_end(tokens: SentenceTokens, candidate: Candidate, claims: newsfacts.SpanSet) -> int:
    """The last token of the longest claim that opens with the candidate."""
    last = candidate.last
    while last + 1 < len(tokens) and claims.contains(candidate.start, tokens.ends[last + 1]):
        last += 1
    return last


def _other_towns(
    tokens: SentenceTokens, at: int, key: str, gazetteer: Gazetteer, countries: set[str | None]
) -> list[Place]:
    """The towns named by one or two capitalized words at ``at``, not ``key``, if the name
    names no country, nor a county or a state of ``countries`` (the body's town's):
    "Portland" (a parish of Jamaica too), not "Oregon"."""
    for last in (at + 1, at):
        names = tokens.texts[at : last + 1]
        if len(names) != last - at + 1 or not all(word[:1].isupper() for word in names):
            continue
        if names[-1] in words.COUNTY_NAMES or " ".join(names) == key:
            return []
        places = gazetteer.lookup(" ".join(names))
        if any(
            place.kind == "country" or (place.kind == "admin" and place.country_code in countries)
            for place in places
        ):
            return []
        if places:
            return [place for place in places if place.kind == "city"]
    return []


#: The words after a name that :func:`public_body` reads (any other: no public body's name)
BODY_OPENERS = (
    words.PUBLIC_BODIES | words.SCHOOL_WORDS | {"National", "City", "Highway", "Fire", "General"}
)


def _capitalized_at(texts: Sequence[str], index: int) -> bool:
    return index < len(texts) and texts[index][:1].isupper()


def _wildfire(texts: Sequence[str], first: int, after_fire: int) -> bool:
    """ "the" before the name, and no capitalized word after "Fire"."""
    return (
        first > 0
        and texts[first - 1].lower() == "the"
        and not (after_fire < len(texts) and texts[after_fire][:1].isupper())
    )


def _feature_within(texts: Sequence[str], at: int) -> bool:
    """A street, landmark or feature word at ``at`` or the token after it."""
    return any(
        word in words.STREET_WORDS or word in words.FEATURE_WORDS for word in texts[at : at + 2]
    )
