"""The quotes plugin for newsfacts: quoted words, attributed to a resolved speaker."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import newsfacts
from newsfacts_quotes.extract import extract_quotes
from newsfacts_quotes.quote import Quote

__all__ = ["FIELD", "Quote", "extract_quotes"]

FIELD = newsfacts.Field(
    "quotes",
    Quote,
    "Direct and partial quotations with their speaker, cue and channel.",
    needs=("people", "organizations"),
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
    return extract_quotes(document, facts.get("people", ()), facts.get("organizations", ()))
