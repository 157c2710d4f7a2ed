"""The fact type of the ``locations`` field."""

from __future__ import annotations

import attrs

import newsfacts


@attrs.frozen(kw_only=True)
class Location(newsfacts.Fact):
    """A place mentioned in the article, resolved to a gazetteer entry.

    ``name`` is the canonical English name ("Kyiv" also for "Kiev", "United States" for
    "the U.S."); ``kind`` is one of country, admin (state, province, oblast), city, region
    ("Middle East", "Donbas"), continent, water or feature; ``country_code`` is the ISO 3166-1
    alpha-2 code (None for places spanning countries); ``latitude``/``longitude`` in degrees
    (a country's is a representative central point); ``geonames_id`` where the place comes
    from GeoNames. ``adjectival`` is True for a country adjective used of a place ("Ukrainian
    cities"); those are reported only before a place noun, never for "French president".
    """

    name: str
    kind: str
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    adjectival: bool = False
