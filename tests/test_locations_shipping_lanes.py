"""The locations field on the capes, straits and canals of shipping news and the crossings
of Gaza's border named in news of aid (``data/places.tsv``): each is a place at its own
point ("diverted around the Cape of Good Hope", "the Bab el-Mandeb Strait", "the Kerem
Shalom crossing"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Container lines have diverted ships around the Cape of Good Hope, avoiding the"
            " Bab el-Mandeb Strait.",
            [("Cape of Good Hope", "feature", "ZA"), ("Bab el-Mandeb", "water", None)],
        ),
        (
            "Aid trucks were unable to enter through the Kerem Shalom crossing for a week.",
            [("Kerem Shalom", "feature", "IL")],
        ),
        (
            "The tanker sailed through the Skagerrak and the Kiel Canal on Monday.",
            [("Skagerrak", "water", None), ("Kiel Canal", "water", "DE")],
        ),
        ("The ferry crossed the Øresund at dawn.", [("Øresund", "water", None)]),
    ],
)
def test_a_shipping_lane_is_a_place(text: str, found: list[tuple[str, str, str | None]]) -> None:
    assert [(p.name, p.kind, p.country_code) for p in places(text)] == found
