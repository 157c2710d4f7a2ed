"""The locations plugin for newsfacts: place mentions resolved to a shipped gazetteer.

The hook implementation only; the rules live in :mod:`newsfacts_locations.extract`, the
options in :mod:`newsfacts_locations.options`.
"""

from __future__ import annotations

from newsfacts.plugin import (
    LOCATIONS,
    ORGANIZATIONS,
    PEOPLE,
    Document,
    FactMap,
    Location,
    Register,
    hookimpl,
)
from newsfacts_locations.extract import extract
from newsfacts_locations.options import LocationOptions

__all__ = ["LocationOptions", "extract"]


@hookimpl
def newsfacts_register_fields(register: Register) -> None:
    # A place inside an organization's name ("Kyiv Regional Administration") or a person's
    # ("Lindsey Graham") is not a mention of the place.
    register(LOCATIONS, _extract, needs=[ORGANIZATIONS, PEOPLE], options=LocationOptions)


def _extract(document: Document, needed: FactMap, options: LocationOptions) -> list[Location]:
    return extract(
        document,
        organizations=needed[ORGANIZATIONS],
        people=needed[PEOPLE],
        adjectival=options.adjectival,
        inside_organizations=options.inside_organizations,
        matcher=options.matcher,
    )
