"""The point of a US state the locations field gives: the middle of its towns' extent, but
Alaska's, whose Aleutian towns pulled that middle 200 km south, is GeoNames' own point of the
state (a ``point`` row of ``tools/gazetteer_corrections.tsv``). Sentences written for these
tests."""

from __future__ import annotations

from location_checks import by_text


def test_alaska_lies_in_the_middle_of_the_state() -> None:
    place = by_text("Wildfires burned across Alaska on Monday, officials said.")["Alaska"]
    assert (place.name, place.latitude, place.longitude) == ("Alaska", 64.0003, -150.0003)
