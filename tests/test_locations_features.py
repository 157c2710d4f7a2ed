"""A feature word right after a place's name: the name is the feature's, not the place's."""

from __future__ import annotations

import pytest

import newsfacts

# (text, the places found: text, kind, country)
FEATURES = [
    (
        "Oil spilled into Mobile Bay on Friday, officials in Alabama said.",
        [("Mobile Bay", "feature", None), ("Alabama", "admin", "US")],
    ),
    (
        "Fishermen on Galveston Bay saw it.",
        [("Galveston Bay", "feature", None)],
    ),
    (
        "He swam in Monterey Bay near Salinas.",
        [("Monterey Bay", "feature", "US"), ("Salinas", "city", "US")],
    ),
    ("Trustees of Washington Township met.", [("Washington Township", "feature", None)]),
    # the gazetteer's own name of a feature stays the gazetteer's
    ("Barges on the Ohio River stalled.", [("Ohio River", "water", "US")]),
    # no feature word after it: the town
    (
        "Boats left Mobile, Alabama, on Friday.",
        [("Mobile", "city", "US"), ("Alabama", "admin", "US")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FEATURES)
def test_a_feature_word_after_a_place_makes_the_name_a_features(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    result = newsfacts.extract(text, plugins=["locations"])
    assert [(p.text, p.kind, p.country_code) for p in result.locations] == expected
