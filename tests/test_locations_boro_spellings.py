"""The locations field on US towns whose name ends in "-borough", which local news writes
"-boro" as well ("Hillsboro" for Hillsborough, New Hampshire; "Southboro" for Southborough,
Massachusetts): the gazetteer's build adds the short form as a key of the town, even where
another town bears it (tools/gazetteer_names.py ``american_short_form``), and the article
decides between them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # beside a neighbour, the New Hampshire town (latitude 43.1), not the larger
        # Hillsboro of Oregon (45.5)
        (
            "Firefighters from Henniker and Hillsboro fought the barn fire on Sunday.",
            [("Henniker", "Henniker", 43.2), ("Hillsboro", "Hillsborough", 43.1)],
        ),
        (
            "A fire destroyed a barn in Southboro, Mass., on Sunday.",
            [("Southboro", "Southborough", 42.3), ("Mass.", "Massachusetts", 42.1)],
        ),
        # alone, the name's largest town, as before; Britain's towns keep their spelling
        ("Hillsboro police arrested a man on Friday.", [("Hillsboro", "Hillsboro", 45.5)]),
        ("Traffic in Peterborough was slow.", [("Peterborough", "Peterborough", 52.6)]),
    ],
)
def test_a_boro_spelling_names_the_borough_town(
    text: str, towns: list[tuple[str, str, float]]
) -> None:
    assert [(p.text, p.name, round(p.latitude or 0.0, 1)) for p in places(text)] == towns
