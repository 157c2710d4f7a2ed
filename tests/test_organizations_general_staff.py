"""An army's command named by a rank's word and "Staff" ("Ukraine's General Staff said",
"the Joint Staff said") is a military body (``data/known.tsv`` of the organizations field),
not a general or a joint named Staff: "Staff" makes a run no person's
(``data/org_words.txt`` of the people field). A person with a rank or a staff office
before the name stays one.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from organization_checks import found
from people_checks import people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ukraine's General Staff said 41 drones were shot down overnight.", ["General Staff"]),
        (
            "The General Staff of the Armed Forces of Ukraine said fighting was heaviest"
            " near Pokrovsk.",
            ["General Staff", "Armed Forces of Ukraine"],
        ),
        ("Russia's General Staff said its forces had taken the village.", ["General Staff"]),
        ("The Joint Staff said the exercise would go ahead.", ["Joint Staff"]),
    ],
)
def test_a_general_staff_is_a_military_body(text: str, names: list[str]) -> None:
    bodies = found(text, fields=("organizations", "people"))
    assert [name for _, name, _ in bodies] == names
    assert {kind for _, _, kind in bodies} == {"military"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ukraine's General Staff said 41 drones were shot down overnight.", []),
        ("The Joint Staff said the exercise would go ahead, Adm. John Smith said.", ["John Smith"]),
        (
            "Chief of the General Staff Valery Gerasimov visited the troops.",
            ["Valery Gerasimov"],
        ),
        (
            "White House Chief of Staff Susie Wiles said the president would sign the bill.",
            ["Susie Wiles"],
        ),
        ("Staff Sgt. John Miller was killed in the attack, the Army said.", ["John Miller"]),
    ],
)
def test_a_general_staff_is_no_person(text: str, names: list[str]) -> None:
    assert [person.name for person in people(text)] == names
