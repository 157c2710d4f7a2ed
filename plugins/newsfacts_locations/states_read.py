"""The names read as a state vote for it alone, and every name is read again.

The locality (:mod:`newsfacts_locations.locality`) is counted before any name is read, so a
name of many readings splits its vote between them: "Georgia" gives the country most of it
and the US state a little, and "Columbus" beside Phenix City, Alabama, and "Georgia" stays
Columbus, Ohio, though "Georgia" is then read as the state (it is listed with Alabama). Once
the names are read (:mod:`newsfacts_locations.choices`), a name read as the same state or
province at every mention it stands at, whose readings lay elsewhere too, votes for that
state alone, and the names are read again with the locality so counted: "Columbus" is then
Columbus, Georgia. Only a name whose vote went mostly elsewhere (:data:`MOSTLY_ELSEWHERE`).

Only states: a town read as one of its namesakes says no more of where the story is than
its own reading did, and would vote for its own state again ("Columbus" for Ohio).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts_locations.gazetteer import Place
from newsfacts_locations.locality import Locality, ballot, division_of
from newsfacts_locations.readings import Mention, locality, voter

#: A name is recounted when the state it was read as had less than this share of its vote:
#: "Georgia" (the country's name first: 0.07 of its vote for the state), "Washington" (the
#: capital's first: 0.26). A state that had most of it already ("Delaware": 0.61, the rest
#: for the Ohio town) moves only crumbs of votes, which would decide close calls by chance.
MOSTLY_ELSEWHERE = 0.5


def _state(place: Place) -> bool:
    """A first-level division: a US state, a province ("Georgia", "Ontario")."""
    return place.kind == "admin" and bool(place.admin1) and not place.admin2


def states_read(kept: Sequence[Mention], places: Sequence[Place]) -> dict[str, tuple[Place]]:
    """The names read as one state at every mention, whose vote at one of them went mostly
    elsewhere (see :data:`MOSTLY_ELSEWHERE`), by voting name."""
    read: dict[str, Place | None] = {}
    split: set[str] = set()
    for m, place in zip(kept, places, strict=True):
        key = voter(m.candidate.key)
        if read.setdefault(key, place) is not place or not _state(place):
            read[key] = None  # read otherwise at another mention
            continue
        division = division_of(place)  # (none for England: its towns vote by county)
        if division and dict(ballot(m.readings).divisions).get(division, 0.0) < MOSTLY_ELSEWHERE:
            split.add(key)
    return {key: (place,) for key, place in read.items() if place is not None and key in split}


def recounted(
    setting: Locality,
    mentions: Sequence[Mention],
    bodies: Sequence[tuple[str, tuple[Place, ...]]],
    read: dict[str, tuple[Place]],
) -> Locality:
    """The locality counted again with the names of ``read`` voting for their state alone;
    the points laid and the rivals of ``setting`` kept."""
    fresh = locality(mentions, bodies, read, addressed=setting.addressed)
    fresh.neighbours = setting.neighbours
    fresh.rivals = setting.rivals
    fresh.rival_names = setting.rival_names
    return fresh
