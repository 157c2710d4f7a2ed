"""The people field on the given names of the Arab world and Iran (``data/given_names.tsv``):
a name with no title and no speech verb is found by its given name, and the name's gender
read from it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        (
            "In the east, Khalifa Haftar's forces clashed with militias loyal to the government.",
            "Khalifa Haftar",
            "m",
        ),
        ("The talks were led by Kais Saied, who dissolved parliament in 2021.", "Kais Saied", "m"),
        ("Envoy Badr Jassim arrived in Amman on Monday.", "Badr Jassim", "m"),
        ("Ghada Mansour, a lawyer in Beirut, filed the case on Tuesday.", "Ghada Mansour", "f"),
        ("A photograph of Hisham Talal hung in the lobby of the ministry.", "Hisham Talal", "m"),
    ],
)
def test_arabic_given_names_open_a_name(text: str, name: str, gender: str) -> None:
    found = [(person.name, person.gender) for person in people(text)]
    assert found == [(name, gender)]
