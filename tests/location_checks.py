"""What the tests of the locations field share (``tests/test_locations*.py``)."""

from __future__ import annotations

import newsfacts
from newsfacts import Location
from newsfacts_locations import extract


def places(text: str, *, adjectival: bool = True) -> list[Location]:
    """The locations field's facts of ``text`` in text order, the plugin run alone."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    return sorted(extract(document, adjectival=adjectival), key=lambda fact: fact.start)


def by_text(text: str) -> dict[str, Location]:
    """The places of ``text`` by the words they are written in."""
    return {fact.text: fact for fact in places(text)}


#: A sentence of sport that opens a story: what follows is read as a sports report's.
SPORTS_OPENER = "The striker scored twice in the match. "


def sports_places(text: str) -> list[tuple[str, str | None]]:
    """(text, country code) of the locations field's facts of ``text`` told after
    :data:`SPORTS_OPENER`, the extractor run on the field (and the fields it reads)."""
    result = newsfacts.Extractor(["locations"]).extract({"text": SPORTS_OPENER + text})
    found = [fact for fact in result.locations if isinstance(fact, Location)]
    return [(fact.text, fact.country_code) for fact in found]
