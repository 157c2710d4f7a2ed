"""The organizations plugin for newsfacts: organization names with acronyms and kinds."""

from __future__ import annotations

from typing import Any

from newsfacts.plugin import (
    ORGANIZATIONS,
    PEOPLE,
    Document,
    FactMap,
    Organization,
    Register,
    hookimpl,
)
from newsfacts_organizations.resolve import find_organizations
from newsfacts_organizations.stations import with_stations
from newsfacts_organizations.stock_indexes import without_index_acronyms, without_indexes

__all__ = ["find_organizations"]


@hookimpl
def newsfacts_register_fields(register: Register) -> None:
    # A person's name is not an organization.
    register(ORGANIZATIONS, _extract, needs=[PEOPLE])


def _extract(document: Document, needed: FactMap, options: Any = None) -> list[Organization]:
    # "the S&P/ASX 200 fell": an index, not its exchange; "told Radio 4": a station
    text = document.text
    found = without_indexes(text, find_organizations(document, needed[PEOPLE]))
    return with_stations(text, without_index_acronyms(text, found))
