"""A place's name before "Mayor" names a town, which has a mayor, not the state or province
named alike, which has none: "Wyoming Mayor Kent Vanderwood" is the mayor of Wyoming,
Michigan. The readings of the name that are towns of the country of its wider readings are
kept, where it has one ("New York Mayor" was New York City already, an alias's); not after a
comma, where the name is the province of a town before it ("SAN PABLO CITY, Laguna Mayor
Rosa Dimaano": Laguna, the Philippine province, not Laguna, California)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts_locations.matching import Candidate

#: The words after a name that make it a town's: its mayor, as news writes the title
MAYOR_WORDS = frozenset({"Mayor", "mayor"})


def read_as(candidate: Candidate, texts: Sequence[str]) -> Candidate:
    """``candidate`` with its towns' readings only, where "Mayor" follows it and it has
    both a town's and a wider reading."""
    after = candidate.last + 1
    if after >= len(texts) or texts[after] not in MAYOR_WORDS:
        return candidate
    if candidate.first > 0 and texts[candidate.first - 1] == ",":
        return candidate  # "CALAMBA CITY, Laguna Mayor ...": the province of the town before
    wider = {place.country_code for place in candidate.places if place.kind != "city"}
    towns = tuple(p for p in candidate.places if p.kind == "city" and p.country_code in wider)
    if not towns or not wider:
        return candidate  # a town of another country is no reading of the state's name
    return candidate._replace(places=towns)
