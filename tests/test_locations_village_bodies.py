"""The locations field on a village named with a body only a town has right after it
("Sarita Volunteer Fire Department", "Grapeland Police Department"): it is the place,
though no other name of the article points to its state (a village without a qualifier is
otherwise kept only then)."""

from __future__ import annotations

import pytest

from location_checks import by_text, places

# (text, the name, its place: name, country code, latitude, longitude); each was not found
NAMED_WITH_A_BODY: list[tuple[str, str, tuple[str, str, float, float]]] = [
    (
        "Crews of the Sarita Volunteer Fire Department put out a barn blaze on Sunday.",
        "Sarita",
        ("Sarita", "US", 27.2217, -97.7892),
    ),
    (
        "According to Sarita Fire Chief Tom Baker, the auction raised $3,000 last year.",
        "Sarita",
        ("Sarita", "US", 27.2217, -97.7892),
    ),
    (
        "The Grapeland Police Department arrested two men after a chase on Friday.",
        "Grapeland",
        ("Grapeland", "US", 31.4918, -95.4786),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), NAMED_WITH_A_BODY)
def test_a_village_with_a_body_of_its_own_is_the_place(
    text: str, name: str, expected: tuple[str, str, float, float]
) -> None:
    found = by_text(text)[name]
    assert (found.name, found.country_code, found.latitude, found.longitude) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one word of a body is not enough: a band, a headline in capitals
        "Arcade Fire headlined the festival on Saturday night.",
        "Sarita residents packed the meeting on Tuesday.",
    ],
)
def test_without_a_body_the_village_still_waits_for_its_state(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a court's circuit or building, a county's court of common pleas, a town's officers
        ("The trial was held in the Marion County Judicial Center on Monday.", "Marion County"),
        ("Filings at the Marion County Common Pleas Court rose last year.", "Marion County"),
        ("The blaze drew four Beaumont Policemen and a fire crew.", "Beaumont"),
    ],
)
def test_a_court_or_a_towns_officers_name_their_place(text: str, name: str) -> None:
    assert name in by_text(text)
