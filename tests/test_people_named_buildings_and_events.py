"""The people field on buildings, studios, systems, movements, doctrines and tournaments
named after a person or a place (``data/org_words.txt``): a run ending in such a head is
no one, and a person named in it stays one elsewhere. Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The reception was held at the Ada Okafor Building downtown.", []),
        ("Effects came from the Tomas Brill Studio in Burbank.", []),
        ("The county's Teachers Retirement System lost money on the bonds.", []),
        ("Protesters recalled the Cedar Revolution of their youth.", []),
        ("She won the Lena Ortiz Classic by two strokes.", []),
        ("He was invited to the Marco Vell Invitational in May.", []),
        ("The Hal Brandt Tournament drew forty teams.", []),
        ("Critics of the Ruth Kemper Doctrine met on Monday.", []),
        # the person the building is named after, named alone, is a person still
        (
            "Ada Okafor, the mayor, opened the Ada Okafor Building on Friday.",
            ["Ada Okafor"],
        ),
    ],
)
def test_a_head_of_a_building_or_an_event_ends_no_name(text: str, names: list[str]) -> None:
    assert [person.name for person in people(text)] == names
