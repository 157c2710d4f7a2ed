"""The locations field on New England towns named like a person that are places elsewhere
too ("Weston", Connecticut, beside Weston, Florida): GeoNames lists New England's towns as
divisions, so the gazetteer's build takes them from the post offices, and no longer leaves
such a name out (tools/gazetteer_towns.py ``NEW_ENGLAND``). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # beside its neighbours, the Connecticut town (latitude 41.2), not Weston, Florida
        (
            "Volunteers from Wilton and Easton helped firefighters in Weston on Sunday.",
            [("Wilton", 41.2), ("Easton", 41.3), ("Weston", 41.2)],
        ),
        # qualified, at its own point, no longer at Connecticut's (41.5)
        (
            "A brush fire burned ten acres in Weston, Conn., on Sunday.",
            [("Weston", 41.2), ("Conn.", 41.5)],
        ),
        (
            "Voters in Monroe and Trumbull approved the school budget.",
            [("Monroe", 41.3), ("Trumbull", 41.2)],
        ),
        # elsewhere, the town the article names
        ("Firefighters in Weston, Florida, put out a fire.", [("Weston", 26.1), ("Florida", 28.1)]),
    ],
)
def test_a_new_england_town_named_like_a_person(text: str, towns: list[tuple[str, float]]) -> None:
    assert [(p.text, round(p.latitude or 0.0, 1)) for p in places(text)] == towns
