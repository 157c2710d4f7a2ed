"""A place's name that opens a public body's name ("Torrington Fire Department", "Boulder City
Manager"): the place stands inside the name the organizations field claims.

A check of :mod:`newsfacts_locations.candidacy`, kept apart from
:mod:`newsfacts_locations.neighbours` with the table of the words after a name it reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts_locations import words
from newsfacts_locations.matching import Candidate


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
