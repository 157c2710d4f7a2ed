"""What the tests of the organizations field share (``tests/test_organizations*.py``)."""

from __future__ import annotations

import newsfacts
from newsfacts import Organization
from newsfacts_organizations import find_organizations


def found(
    text: str,
    source: str | None = None,
    fields: tuple[str, ...] = ("organizations", "locations"),
) -> list[tuple[str, str, str | None]]:
    """(text, name, kind) of each organization the extractor finds in an article of
    ``source`` (its site's name), running ``fields`` (and the fields they read)."""
    article = newsfacts.Article(text=text, source=source)
    result = newsfacts.Extractor(list(fields)).extract(article)
    return [(fact.text, fact.name, fact.kind) for fact in result.organizations]


def organizations(text: str) -> list[Organization]:
    """The organizations field's facts of ``text``, the plugin run alone."""
    return find_organizations(newsfacts.Document.from_article(newsfacts.Article(text=text)))


#: A table row: sentence, mention text, canonical name, acronym, kind
Phrase = tuple[str, str, str, str | None, str | None]


def check_phrase(
    sentence: str, text: str, name: str, acronym: str | None, kind: str | None
) -> None:
    """``sentence`` has an organization written ``text`` with this name, acronym and kind."""
    found = {fact.text: fact for fact in organizations(sentence)}
    assert text in found, found
    fact = found[text]
    assert (fact.name, fact.acronym, fact.kind) == (name, acronym, kind)
