"""The people field on the nouns for a country's people (the core's NATIONALITY_NOUNS:
"Spaniard", "Briton", "Frenchman"), as sports news writes them before a name and alone: no
word of a person's name ("Spaniard Carlos Alcaraz beat ..." names Carlos Alcaraz; "The
Spaniard, 22," names nobody); but a given name among them stays one ("Finn Russell")."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
NOUNS: list[tuple[str, Expected]] = [
    (
        "Spaniard Carlos Alcaraz beat Jannik Sinner in four sets.",
        [("Carlos Alcaraz", None, None), ("Jannik Sinner", None, None)],
    ),
    ("Frenchman Antoine Dupont scored twice.", [("Antoine Dupont", None, None)]),
    ("Briton Keely Hodgkinson won the 800 metres.", [("Keely Hodgkinson", None, None)]),
    ("The Spaniard, 22, won in Madrid on Sunday.", []),
    ("The Northern Irishman, 35, had lost a four-shot lead.", []),
    # given names that are nouns of a people too
    ("Finn Russell kicked the winning penalty.", [("Finn Russell", None, None)]),
    ("Dane Coles scored a try.", [("Dane Coles", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), NOUNS)
def test_nationality_nouns_are_no_names(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


# a party's members named by its plural after a place: no one's name ("not_names.txt")
PARTY_PLURALS: list[tuple[str, Expected]] = [
    ("The Ontario Liberals said the hospital had been promised twice before.", []),
    ("The Scottish Socialists and the Ulster Unionists voted against it.", []),
    (
        "Liberals Anna Dorsey and Mark Tull spoke first.",
        [("Anna Dorsey", None, None), ("Mark Tull", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_PLURALS)
def test_a_party_plural_is_no_surname(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
