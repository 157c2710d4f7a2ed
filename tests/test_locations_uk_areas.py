"""The locations field on the areas of Britain its news names that GeoNames lacks: England's
metropolitan counties ("West Yorkshire", "South Yorkshire", "Tyne and Wear"), not Yorkshire
with a compass word before it, and the parts of Wales ("North Wales", "South Wales", "Mid
Wales", "West Wales"), not Wales nor the town of North Wales, Pennsylvania
(``data/places.tsv``)."""

from __future__ import annotations

import pytest

from location_checks import places

# (text, each place found: text, name, kind, country code)
AREAS: list[tuple[str, list[tuple[str, str, str, str | None]]]] = [
    (
        "Police in West Yorkshire arrested two men on Friday.",
        [("West Yorkshire", "West Yorkshire", "admin", "GB")],
    ),
    (
        "The mayor of South Yorkshire said the trams would run again.",
        [("South Yorkshire", "South Yorkshire", "admin", "GB")],
    ),
    (
        "A man from Tyne and Wear was jailed for six years.",
        [("Tyne and Wear", "Tyne and Wear", "admin", "GB")],
    ),
    (
        "Flooding closed roads across North Wales on Monday.",
        [("North Wales", "North Wales", "region", "GB")],
    ),
    (
        "Heavy rain hit South Wales and Mid Wales overnight.",
        [
            ("South Wales", "South Wales", "region", "GB"),
            ("Mid Wales", "Mid Wales", "region", "GB"),
        ],
    ),
    # the town of Pennsylvania with its state after it
    (
        "She grew up in North Wales, Pennsylvania, near Philadelphia.",
        [
            ("North Wales", "North Wales", "city", "US"),
            ("Pennsylvania", "Pennsylvania", "admin", "US"),
            ("Philadelphia", "Philadelphia", "city", "US"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_areas_of_britain(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [(p.text, p.name, p.kind, p.country_code) for p in places(text)] == expected
