"""The locations field: a part of a town named with its town ("Houston's Montrose
neighborhood", "the Kensington neighborhood of Philadelphia") is the town's part, not a
namesake the gazetteer holds far from it (neighbourhoods.near_namesakes), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


def _read(text: str) -> list[tuple[str, str, float | None, float | None]]:
    return [(fact.text, fact.kind, fact.latitude, fact.longitude) for fact in places(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the town's possessive before the part: the part is placed in the town
        (
            "A pop-up clinic opened in Houston's Montrose neighborhood on Friday.",
            [
                ("Houston", "city", 29.7633, -95.3633),
                ("Montrose", "feature", 29.7633, -95.3633),
            ],
        ),
        (
            "Water mains burst in Pittsburgh's Homewood neighborhood overnight.",
            [
                ("Pittsburgh", "city", 40.4406, -79.9959),
                ("Homewood", "feature", 40.4406, -79.9959),
            ],
        ),
    ],
)
def test_a_part_named_with_its_town_lies_in_it(
    text: str, found: list[tuple[str, str, float, float]]
) -> None:
    assert _read(text) == found


def test_a_part_after_its_noun_and_of_lies_in_the_town_after() -> None:
    text = "The bakery stands in the Montrose neighborhood of Houston, near the park."
    assert _read(text) == [
        ("Montrose", "feature", 29.7633, -95.3633),
        ("Houston", "city", 29.7633, -95.3633),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the gazetteer holds the part near its town: its own point
        (
            "Two teenagers were hurt in Chicago's Englewood neighborhood.",
            [("Chicago", "city", 41.85, -87.65), ("Englewood", "city", 41.7798, -87.6459)],
        ),
        # a suburb's town comes first: "of" names the suburb, not the town it lies in
        (
            "The Dallas suburb of Plano approved the budget.",
            [("Dallas", "city", 32.7831, -96.8067), ("Plano", "city", 33.0198, -96.6989)],
        ),
    ],
)
def test_a_part_the_gazetteer_holds_near_its_town_keeps_its_point(
    text: str, found: list[tuple[str, str, float, float]]
) -> None:
    assert _read(text) == found
