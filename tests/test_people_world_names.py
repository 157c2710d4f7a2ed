"""A name holding "World" is a work's, an event's or a park's, never a person's
(``data/org_words.txt`` of the people field): "Mario Kart World had sold two million
copies", "Walt Disney World said" named people. A person named after a title of "World"
stays one ("World Bank President Ajay Banga", "World No. 1 Scottie Scheffler").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nintendo said Mario Kart World had sold more than two million copies.", []),
        ("Walt Disney World said attendance fell in the summer.", []),
        ("World Bank President Ajay Banga said growth would slow.", ["Ajay Banga"]),
        ("World champion Lewis Hamilton said he would race on.", ["Lewis Hamilton"]),
        (
            "Former world number one Rory McIlroy won, World No. 1 Scottie Scheffler said.",
            ["Rory McIlroy", "Scottie Scheffler"],
        ),
    ],
)
def test_a_world_name_is_no_person(text: str, names: list[str]) -> None:
    assert [person.name for person in people(text)] == names
