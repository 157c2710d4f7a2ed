"""The locations field on a village after a person's name, an age and a comma, as a police
blotter lists the arrested ("Tom Ray Wilkes, 37, Grapeland, date of
arrest"): where the person lives, as after "of" ("Ann Tuttle, 44, of Platte City")."""

from __future__ import annotations

import pytest

from location_checks import by_text, places


@pytest.mark.parametrize(
    "text",
    [
        # each was not found (a village with no other place of its state named)
        "Tom Ray Wilkes, 37, Grapeland, date of arrest, May 9, 2011.",
        "Maria Lopez, 29, Grapeland, was charged with theft on Friday.",
    ],
)
def test_a_village_after_a_name_and_an_age(text: str) -> None:
    found = by_text(text)["Grapeland"]
    assert (found.name, found.country_code, found.latitude, found.longitude) == (
        "Grapeland",
        "US",
        31.4918,
        -95.4786,
    )


def test_numbers_alone_are_no_age_of_a_person() -> None:
    assert places("The crews met in rooms 40, 41, Grapeland Hall and the gym.") == []
