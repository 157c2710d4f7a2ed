"""The locations field on a saint's possessive that stands for the saint's school or church,
its building's word left out ("send their girls to St. Michael's, for the program") or a
parish's or a school's people after it ("St. Michael's pupils"): no town of the saint's name
(Saint Michael, Minnesota), where a town's possessive owns what follows ("St. Cloud's
mayor"). Check ``saints-building`` (:func:`newsfacts_locations.names_around.saints_building`).
Sentences from a local paper's story of school buses, and written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If the family sent its girls to St. Michael's, where a French immersion "
            "program runs, the drive would take an hour.",
            [],
        ),
        (
            "The bus stops first for St. Mary's students in Woodstock, then for Holy Family "
            "students and last for St. Michael's pupils.",
            [("Woodstock", "CA")],
        ),
        ("He graduated from St. Joseph's in 1998.", []),
        ("Mass was said at St. Joseph's, the family said.", []),
        # a town's possessive owns what follows; a name with its possessive, a qualified one
        ("St. Cloud's mayor said the city would grow.", [("St. Cloud", "US")]),
        ("St. Petersburg's main street was closed.", [("St. Petersburg", "RU")]),
        ("She moved back to St. John's in May.", [("St. John's", "CA")]),
    ],
)
def test_a_saints_possessive_standing_for_a_building_is_no_town(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(fact.text, fact.country_code) for fact in places(text)] == expected
