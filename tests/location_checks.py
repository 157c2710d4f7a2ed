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
