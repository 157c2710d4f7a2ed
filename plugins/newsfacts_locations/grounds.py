"""A sports ground named like its town: "Twickenham" is the town and, in reports of rugby,
Twickenham Stadium. A sentence of a sports report reads the ground ("England beat Wales at
Twickenham"), any other the town ("the Twickenham by-election"). A ground is a
feature whose name ends in a venue's word (the core's ``VENUE_WORDS``: "Stadium", "Park",
"Arena"); other features keep their readings ("Guantanamo", "Kilauea")."""

from __future__ import annotations

from operator import attrgetter

from newsfacts.plugin import VENUE_WORDS
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate

_KIND = attrgetter("kind")


def _ground(place: Place) -> bool:
    return place.kind == "feature" and place.name.rpartition(" ")[2] in VENUE_WORDS


def read_as(candidate: Candidate, sporty: bool) -> Candidate:
    """``candidate`` with the ground or the town of its name, where its readings hold a
    ground and a town of one country (``sporty``: its sentence is a sports report's)."""
    places = candidate.places
    # nearly every name: no feature among its readings (their kinds asked in C, not a call
    # of _ground for each reading)
    if len(places) < 2 or "feature" not in map(_KIND, places) or not any(map(_ground, places)):
        return candidate
    grounds = {place.country_code for place in places if _ground(place)}
    towns = {place.country_code for place in places if place.kind == "city"}
    shared = grounds & towns
    if not shared:
        return candidate
    if sporty:
        kept = tuple(p for p in places if not (p.kind == "city" and p.country_code in shared))
    else:
        kept = tuple(p for p in places if not (_ground(p) and p.country_code in shared))
    return candidate._replace(places=kept)
