"""The locations field on England's towns of one name in two counties, both towns of
10,000 people or more: the build keeps each (``tools/gazetteer_table.py``, GeoNames gives
them England's code only), and the county after the name picks it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from location_checks import by_text


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # were Ashford, Kent, and Newport, Isle of Wight, the larger namesakes
        ("Police said the crash happened in Ashford, Surrey, on Friday.", "Ashford", (51.4, -0.5)),
        ("A man from Newport, Shropshire, was arrested.", "Newport", (52.8, -2.4)),
        ("Police said the crash happened in Ashford, Kent, on Friday.", "Ashford", (51.1, 0.9)),
        # alone, the larger as before
        ("Shoppers in Ashford queued for the sales.", "Ashford", (51.1, 0.9)),
    ],
)
def test_a_county_picks_its_town(text: str, name: str, point: tuple[float, float]) -> None:
    place = by_text(text)[name]
    assert (round(place.latitude or 0, 1), round(place.longitude or 0, 1)) == point
