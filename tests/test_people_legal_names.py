"""The people field on a company's name written before its legal form ("Corp.", "Inc.",
"Co."): the same words alone later name the company, no person
(``newsfacts_people.legal_names``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfacts_people.legal_names import legal_names
from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares of Gareth Hollins Corp. rose 4%. Gareth Hollins said orders grew.",
            [],
        ),
        ("Vera Maltby Inc. cut its dividend, and Vera Maltby shares fell.", []),
        # a title or honorific goes with the name: a person of that name
        (
            "Gareth Hollins Corp. was founded in 1950. Mr. Gareth Hollins said so.",
            [("Gareth Hollins", "Mr", None)],
        ),
        # a person of another name stays one
        (
            "Orrin Tadley Co. said profit rose, Nadia Brecht, its chief executive, said.",
            [("Nadia Brecht", None, "its chief executive")],
        ),
    ],
)
def test_a_company_named_before_its_legal_form(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


def test_the_names_before_a_legal_form() -> None:
    # the name and its tails of two words or more; a name of one word is no company's alone
    assert legal_names("The Orrin Tadley Co. and Pell Inc. and Nadia Brecht, the lawyer.") == {
        "The Orrin Tadley",
        "Orrin Tadley",
    }


def test_every_legal_form_of_the_core_table() -> None:
    # the forms are the rows of the core's organization_heads.tsv marked "legal", with or
    # without their stop; "Group" is a word of kind, no legal form
    assert legal_names("Talvik Maschinen GmbH grew.") == {"Talvik Maschinen"}
    assert legal_names("Brenna Ostby AB and Corrado Vetri S.p.A. merged.") == {
        "Brenna Ostby",
        "Corrado Vetri",
    }
    assert legal_names("Halvard Lund Group grew.") == frozenset()
