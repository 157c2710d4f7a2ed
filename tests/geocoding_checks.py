"""What the tests of geocoding share (``tests/test_geocoding*.py``): a phrase's places and
the check of the place one mention resolves to."""

from __future__ import annotations

import newsfacts
from newsfacts.fields import Location

Expected = tuple[str, str, str | None, float, float]  # mention, name, country, lat, lon


def places(text: str) -> dict[str, Location]:
    """The places of ``text`` (the locations field alone) by the words they are written in."""
    found = newsfacts.extract(text, plugins=["locations"])[newsfacts.LOCATIONS]
    return {fact.text: fact for fact in found}


def check(text: str, expected: Expected) -> None:
    """The mention of ``expected`` in ``text`` resolves to its name, country and point."""
    mention, name, country, latitude, longitude = expected
    found = places(text)
    assert mention in found, sorted(found)
    fact = found[mention]
    assert fact.latitude is not None and fact.longitude is not None
    got = (fact.name, fact.country_code, round(fact.latitude, 2), round(fact.longitude, 2))
    assert got == (name, country, latitude, longitude)
