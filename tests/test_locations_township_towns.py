"""The locations field on US townships that have a post office of their own ("Egg Harbor
Township", New Jersey; "Commerce Township", Michigan): the gazetteer's build keeps them as
post-office towns at their own points, though "Township" ends a street's name too
(tools/gazetteer_towns.py ``MUNICIPAL_ENDS``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # qualified: the township at its own point, not a feature with none
        (
            "A barn burned down in Egg Harbor Township, N.J., on Sunday night.",
            [("Egg Harbor Township", "city", 39.4, -74.6), ("N.J.", "admin", 40.1, -74.6)],
        ),
        (
            "Police in Commerce Township, Mich., arrested a man after a chase.",
            [("Commerce Township", "city", 42.6, -83.5), ("Mich.", "admin", 44.3, -85.6)],
        ),
        # beside a town of its state: its own point, not the town's (a street's reading)
        (
            "Officials in Egg Harbor Township said the road near Atlantic City would reopen.",
            [("Egg Harbor Township", "city", 39.4, -74.6), ("Atlantic City", "city", 39.4, -74.4)],
        ),
    ],
)
def test_a_township_with_a_post_office_is_a_town(
    text: str, towns: list[tuple[str, str, float, float]]
) -> None:
    found = [
        (p.text, p.kind, round(p.latitude or 0.0, 1), round(p.longitude or 0.0, 1))
        for p in places(text)
    ]
    assert found == towns
