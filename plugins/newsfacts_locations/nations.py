"""The place a country adjective names: its country's, or a nation of the United Kingdom's.

"The English city of Salisbury" is in England, "Scottish islands" in Scotland, "Welsh towns"
in Wales: the adjective names the nation, as the geoparsing corpora mark it (England's point,
not the United Kingdom's), though the core's COUNTRIES gives it the United Kingdom's code
(``nation_adjectives.tsv``)."""

from __future__ import annotations

from newsfacts.plugin import read_table
from newsfacts_locations.gazetteer import Gazetteer, Place

NATION_ADJECTIVES = {
    adjective: (name, code)
    for adjective, name, code in read_table(
        "newsfacts_locations", "nation_adjectives.tsv", columns=3
    )
}


def adjective_place(gazetteer: Gazetteer, adjective: str, code: str) -> Place | None:
    """The place of a country adjective whose country has ISO code ``code``."""
    nation = NATION_ADJECTIVES.get(adjective)
    if nation is not None:
        name, country = nation
        for place in gazetteer.lookup(name):
            if place.kind == "admin" and place.country_code == country and not place.admin2:
                return place
    return gazetteer.country(code)
