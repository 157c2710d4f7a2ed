"""The people field on given names of Nigeria, Kenya, South Africa, Turkey, India, Japan and
other countries whose news the lists missed (``data/given_names.tsv``): a name with no title
and no speech verb is found by its given name, and its gender read from it where it says one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("The title went to Idris Oyelowo, beating two rivals.", "Idris Oyelowo", "m"),
        ("A cheque signed by Babatunde Akinola was found in the car.", "Babatunde Akinola", "m"),
        ("Kagiso Mokoena took five wickets in the second innings.", "Kagiso Mokoena", None),
        ("The novel by Haruki Tanabe sold out in a week.", "Haruki Tanabe", "m"),
        ("A photograph of Meera Raghavan hung in the hall.", "Meera Raghavan", "f"),
    ],
)
def test_given_names_of_more_countries_open_a_name(
    text: str, name: str, gender: str | None
) -> None:
    found = [(person.name, person.gender) for person in people(text)]
    assert found == [(name, gender)]
