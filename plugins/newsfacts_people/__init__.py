"""The people plugin for newsfacts: person mentions, linked to the person's fullest name."""

from __future__ import annotations

from typing import Any

from newsfacts.plugin import PEOPLE, Document, FactMap, Person, Register, hookimpl
from newsfacts_people.acronym_names import initials_people
from newsfacts_people.mentions import find_mentions
from newsfacts_people.resolve import resolve

__all__ = ["extract_people"]


@hookimpl
def newsfacts_register_fields(register: Register) -> None:
    register(PEOPLE, extract_people)


def extract_people(document: Document, needed: FactMap, options: Any = None) -> list[Person]:
    """The person mentions of ``document``."""
    mentions = find_mentions(document)
    # (the article's lower-case words and its genre are read only when a rule asks: most
    # texts never need the genre, a read of the opening's words)
    people = (
        resolve(
            document.text,
            mentions,
            lambda: document.lower_case_words,
            lambda: document.sports_report,
        )
        if mentions
        else []
    )
    return initials_people(document.text, people)
