"""The words around people's names that the core shares (``newsfacts/names.py``): its
examples run, and the fields that read a list read it alike."""

from __future__ import annotations

import datetime
import doctest

import pytest

import newsfacts
from newsfacts import names
from newsfacts.plugin import ORGANIZATIONS, PEOPLE, PERSON_INITIALS


def test_the_module_examples_run() -> None:
    assert doctest.testmod(names).failed == 0


def test_each_person_named_by_initials_has_a_full_name() -> None:
    for initials, (name, _alone) in PERSON_INITIALS.items():
        assert initials.split()[0].isupper()
        assert len(name.split()) >= 2, initials


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mexican voters still back AMLO, a poll found.", "Andrés Manuel López Obrador"),
        (
            "Crown Prince Mohammed bin Salman met the envoy. MBS later flew to Jeddah.",
            "Mohammed bin Salman",
        ),
    ],
)
def test_initials_name_a_person_and_no_organization(text: str, person: str) -> None:
    result = newsfacts.Extractor(["people", "organizations"]).extract(
        newsfacts.Article(text=text, published=datetime.date(2025, 3, 4))
    )
    people = {fact.text: fact.name for fact in result.facts[PEOPLE]}
    organizations = [fact.text for fact in result.facts[ORGANIZATIONS]]
    initials = next(word for word in PERSON_INITIALS if word in text)
    assert people[initials] == person
    assert initials not in organizations
