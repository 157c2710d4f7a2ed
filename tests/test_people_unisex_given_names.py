"""The people field on given names that French news gives men and women alike
(``data/given_names.tsv``, an empty gender): the name says no gender. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Former prime minister Dominique Lemaire told a radio station the budget was late.",
            "Dominique Lemaire",
        ),
        ("Dominique Arnaud, a teacher in Lyon, said classes would resume.", "Dominique Arnaud"),
    ],
)
def test_a_given_name_of_both_says_no_gender(text: str, name: str) -> None:
    assert [(person.name, person.gender) for person in people(text)] == [(name, None)]
