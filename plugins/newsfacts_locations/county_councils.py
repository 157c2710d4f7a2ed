"""An English county's council names the county of England: "Norfolk County Council",
"Kent County Council", "Essex County Council" are the councils of Norfolk, Kent and Essex,
not of the US counties named alike ("Norfolk County", Massachusetts; "Kent County",
Michigan), whose governments are commissions, boards and courts. The gazetteer lists the
English county by its name alone ("Norfolk", ``data/places.tsv``) or after "County" ("County
Durham"), so the name "X County"
before "Council" finds only the US counties: their readings would carry the towns named
with them to the United States ("Chelmsford", "Ipswich", "Winchester")."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts_locations.gazetteer import Gazetteer, Place
from newsfacts_locations.matching import Candidate
from newsfacts_locations.readings import Mention

#: Where a council's county was reread, and its new places (see :func:`read_all`).
Reread = dict[int, tuple[Place, ...]]

_COUNTY = " County"


def read_as(
    candidate: Candidate,
    texts: Sequence[str],
    gazetteer: Gazetteer,
    found: Sequence[Candidate],
) -> Candidate:
    """``candidate`` with the English county's reading, where "X County" is followed by
    "Council" and X is the name of a county of England; not where a state of one of its US
    readings is named in the sentence (``found``: its names), as Delaware is in "Sussex County
    Council in Georgetown, Del., approved" (a council of Delaware's)."""
    after = candidate.last + 1
    if not candidate.key.endswith(_COUNTY) or after >= len(texts) or texts[after] != "Council":
        return candidate  # most names: a set test and a comparison
    name = candidate.key[: -len(_COUNTY)]
    # "Durham County Council" is the council of County Durham (Durham alone is the city)
    english = tuple(
        place
        for place in (*gazetteer.lookup(name), *gazetteer.lookup("County " + name))
        if place.kind == "admin" and place.country_code == "GB"
    )
    if not english or _state_named(candidate, found):
        return candidate
    return candidate._replace(places=english)


def read_all(
    found: Sequence[Candidate], texts: Sequence[str], gazetteer: Gazetteer
) -> tuple[list[Candidate], Reread]:
    """The sentence's names ``found``, each read by :func:`read_as`, and the places of those
    reread, by where they start."""
    read = [read_as(candidate, texts, gazetteer, found) for candidate in found]
    moved = {new.start: new.places for old, new in zip(found, read, strict=True) if new is not old}
    return read, moved


def requalify(mentions: list[Mention], mark: int, moved: Reread) -> None:
    """Give the qualifiers of the sentence's kept ``mentions`` (those from ``mark``) the
    county as reread: a qualifier is matched again from the text after the comma, so "In
    England, Essex County Council" would qualify England with the US counties named Essex
    (an unknown town in Essex County, Virginia); with England's county, England stays the
    country."""
    if not moved:
        return  # most sentences
    for index in range(mark, len(mentions)):
        qualifier = mentions[index].qualifier
        if qualifier is not None and qualifier.start in moved:
            places = moved[qualifier.start]
            mentions[index] = mentions[index]._replace(qualifier=qualifier._replace(places=places))


def _state_named(candidate: Candidate, found: Sequence[Candidate]) -> bool:
    """Whether a state of the name's US readings is among the sentence's names ``found``."""
    states = {place.admin1 for place in candidate.places if place.country_code == "US"}
    return any(
        place.kind == "admin"
        and place.country_code == "US"
        and not place.admin2
        and place.admin1 in states
        for other in found
        if other is not candidate
        for place in other.places
    )
