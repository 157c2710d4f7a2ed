"""The people plugin for newsfacts: person mentions, linked to the person's fullest name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import newsfacts
from newsfacts_people.mentions import find_mentions
from newsfacts_people.person import Person
from newsfacts_people.resolve import gender, resolve

__all__ = ["FIELD", "Person", "extract_people", "gender"]

FIELD = newsfacts.Field(
    "people",
    Person,
    "People mentioned, each mention with the person's fullest name, title and role.",
)


def extract_people(document: newsfacts.Document) -> list[Person]:
    """The person mentions of ``document``."""
    return resolve(document.text, find_mentions(document.text))


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
    return extract_people(document)
