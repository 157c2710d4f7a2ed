"""The locations plugin for newsfacts: place mentions resolved to a shipped gazetteer.

The hook implementations only; the rules live in :mod:`newsfacts_locations.extract`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import newsfacts
from newsfacts_locations.extract import extract
from newsfacts_locations.fact import Location

__all__ = ["FIELD", "Location", "extract"]

FIELD = newsfacts.Field(
    "locations",
    Location,
    "Places mentioned, resolved to a gazetteer entry with coordinates.",
    needs=("organizations", "people"),
)


@newsfacts.hookimpl
def newsfacts_fields() -> Sequence[newsfacts.Field]:
    return [FIELD]


@newsfacts.hookimpl
def newsfacts_extract(
    document: newsfacts.Document,
    field: newsfacts.Field,
    facts: Mapping[str, Sequence[newsfacts.Fact]],
) -> Sequence[newsfacts.Fact] | None:
    if field.name != FIELD.name:
        return None
    return extract(
        document,
        organizations=facts.get("organizations", ()),
        people=facts.get("people", ()),
    )
