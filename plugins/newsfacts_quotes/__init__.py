"""The quotes plugin for newsfacts: quoted words, attributed to a resolved speaker."""

from __future__ import annotations

from typing import Any

from newsfacts.plugin import (
    ORGANIZATIONS,
    PEOPLE,
    QUOTES,
    Document,
    FactMap,
    Quote,
    Register,
    hookimpl,
)
from newsfacts_quotes.extract import extract_quotes

__all__ = ["extract_quotes"]


@hookimpl
def newsfacts_register_fields(register: Register) -> None:
    # Speakers are resolved to the people (or organizations) the article names.
    register(QUOTES, _extract, needs=[PEOPLE, ORGANIZATIONS])


def _extract(document: Document, needed: FactMap, options: Any = None) -> list[Quote]:
    return extract_quotes(document, needed[PEOPLE], needed[ORGANIZATIONS])
