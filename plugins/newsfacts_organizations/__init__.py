"""The organizations plugin for newsfacts: organization names, acronyms and kinds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import newsfacts
from newsfacts_organizations.facts import Organization
from newsfacts_organizations.resolve import find_organizations

__all__ = ["FIELD", "Organization", "find_organizations"]

FIELD = newsfacts.Field(
    "organizations",
    Organization,
    "Organizations named in the article, with canonical name, acronym and kind.",
    needs=("people",),
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
    return find_organizations(document, facts.get("people", ()))
