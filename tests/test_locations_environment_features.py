"""The locations field on the natural features and national parks that climate and
environment news names alone ("the Great Barrier Reef", "the Mekong Delta", "Yellowstone
National Park"): the gazetteer's own rows (``data/places.tsv``), with their country and
point. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["locations"])


@pytest.mark.parametrize(
    ("text", "written", "kind", "country"),
    [
        (
            "The Great Barrier Reef suffered its sixth mass bleaching.",
            "Great Barrier Reef",
            "feature",
            "AU",
        ),
        (
            "Drought in the Mekong Delta hit rice farmers this spring.",
            "Mekong Delta",
            "feature",
            "VN",
        ),
        (
            "Rangers closed trails in Yellowstone National Park on Monday.",
            "Yellowstone National Park",
            "feature",
            "US",
        ),
        ("Oil spills have fouled creeks across the Niger Delta.", "Niger Delta", "feature", "NG"),
        ("Wildfires burned for a week in the Pyrenees.", "Pyrenees", "feature", None),
    ],
)
def test_a_natural_feature_is_a_place_with_a_point(
    text: str, written: str, kind: str, country: str | None
) -> None:
    [fact] = EXTRACTOR.extract(text).locations
    assert (fact.text, fact.kind, fact.country_code) == (written, kind, country)
    assert fact.latitude is not None and fact.longitude is not None
