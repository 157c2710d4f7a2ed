"""A town the gazetteer lacks is read after a point of the compass and "of" ("12 km west
of Dorvanka"), but not a road ("north of Highway 61", "east of Route 9") nor a longer name
that goes on ("south of Pellerin Shopping Center")."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels were seen about 12 km ( eight miles ) west of Dorvanka on Tuesday .",
            [("Dorvanka", "city", None, None)],
        ),
        (
            "The barn fire broke out at a farmhouse just north of Kellwick. No one was hurt.",
            [("Kellwick", "city", None, None)],
        ),
        # a known town after the same words is read as before: the gazetteer's
        (
            "The storm touched down ten miles southwest of Wichita on Monday.",
            [("Wichita", "city", "US", 37.6922)],
        ),
    ],
)
def test_a_town_off_a_point_of_the_compass(
    text: str, expected: list[tuple[str, str, str | None, float | None]]
) -> None:
    assert [
        (place.text, place.kind, place.country_code, place.latitude) for place in places(text)
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The truck overturned a mile north of Highway 61 and east of Route 9 on Sunday.",
        "Police found the car just south of Pellerin Shopping Center on Friday.",
    ],
)
def test_no_town_off_a_road_or_a_longer_name(text: str) -> None:
    assert all(place.name != "Pellerin Shopping" for place in places(text))
    assert all(place.kind != "city" for place in places(text))
