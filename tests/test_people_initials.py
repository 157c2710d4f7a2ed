"""People the news names by their initials (``newsfacts_people/acronym_names.py``): the
article's person of the listed name, or the listed person where the initials name no one
else; never an organization."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Organization, Person

EXTRACTOR = newsfacts.Extractor(["people", "organizations"])


def facts(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    result = EXTRACTOR.extract(text)
    assert not result.errors
    people = [(fact.text, fact.name) for fact in result.people if isinstance(fact, Person)]
    organizations = [fact.text for fact in result.organizations if isinstance(fact, Organization)]
    return people, organizations


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the article names the person in full: the initials are that person, as written
        (
            "Crown Prince Mohammed bin Salman met the envoy. Critics say MBS has tightened his"
            " grip.",
            [("Mohammed bin Salman", "Mohammed bin Salman"), ("MBS", "Mohammed bin Salman")],
        ),
        (
            "Leftist candidate Andres Manuel Lopez Obrador (AMLO) spoke on Sunday.",
            [
                ("Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador"),
                ("AMLO", "Andres Manuel Lopez Obrador"),
            ],
        ),
        # initials that name one person alone
        ("AMLO said the reform would pass the Senate.", [("AMLO", "Andrés Manuel López Obrador")]),
        (
            "RFK Jr. said the department would review the schedule.",
            [("RFK Jr.", "Robert F. Kennedy Jr.")],
        ),
        # initials that name other things too, in an article that does not name the person
        ("Banks sold MBS worth billions as rates rose.", []),
        ("He flew into JFK on Monday.", []),
        ("AOC criticized the bill in a post on social media.", []),
        # before a capitalized word: a place's or a day's name
        (
            "Rep. Alexandria Ocasio-Cortez spoke on MLK Day at FDR Park.",
            [("Rep. Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez")],
        ),
        # a headline in capitals
        (
            "SAUDI MBS MEETS ENVOY\nMohammed bin Salman met the envoy.",
            [("Mohammed bin Salman", "Mohammed bin Salman")],
        ),
    ],
)
def test_initials_name_a_person_and_no_organization(
    text: str, people: list[tuple[str, str]]
) -> None:
    found, organizations = facts(text)
    assert found == people
    assert not {"MBS", "AMLO", "AOC", "JFK", "RFK", "FDR", "MLK"} & set(organizations)
