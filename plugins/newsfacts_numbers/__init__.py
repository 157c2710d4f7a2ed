"""The numbers plugin for newsfacts: counts, money, percentages, measures, ordinals and
fractions, normalized, with what they count (see ``docs/fields/numbers.rst``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import newsfacts
from newsfacts_numbers.extract import extract
from newsfacts_numbers.quantity import Quantity

__all__ = ["FIELD", "Quantity", "extract"]

FIELD = newsfacts.Field(
    "numbers",
    Quantity,
    "Counts, amounts of money, percentages, measures, ordinals and fractions, normalized.",
    needs=("dates",),
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
    return extract(document, facts.get("dates", ()))
