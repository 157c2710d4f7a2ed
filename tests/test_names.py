"""The words around people's names that the core shares (``newsfacts/names.py``): its
examples run, and the fields that read a list read it alike."""

from __future__ import annotations

import datetime
import doctest

import pytest

import newsfacts
from field_lists import PLUGINS, listed
from newsfacts import names
from newsfacts.plugin import (
    KIN_NOUNS,
    LOCATIONS,
    NAME_PARTICLES,
    ORGANIZATIONS,
    PEOPLE,
    PERSON_INITIALS,
    QUOTES,
    SPEECH_VERBS,
)


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


def test_name_particles_are_lower_case_words() -> None:
    assert all(particle.isalpha() and particle.islower() for particle in NAME_PARTICLES)


# The fields that read the core's particles list none of their own, but for the patronymics
# of the people field ("bin", "ibn": a particle that says "son of", which the field reads so).
FIELD_FOLDERS = ["newsfacts_people/data", "newsfacts_locations/data"]
OWN_READINGS = {"patronymics.txt"}


@pytest.mark.parametrize("folder", FIELD_FOLDERS)
def test_no_field_list_repeats_a_name_particle(folder: str) -> None:
    for path in sorted((PLUGINS / folder).glob("*.txt")):
        if path.name not in OWN_READINGS:
            assert sorted(listed(path) & NAME_PARTICLES) == [], path.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mourners gathered for Ricardo dos Santos in Lisbon on Monday.", "Ricardo dos Santos"),
        ("Guests of Jan ter Horst arrived in Utrecht on Monday.", "Jan ter Horst"),
        ("The essays of Ana Ortega y Gasset were read in Madrid.", "Ana Ortega y Gasset"),
    ],
)
def test_a_particle_is_part_of_a_persons_name(text: str, name: str) -> None:
    result = newsfacts.Extractor(["people", "locations"]).extract(text)
    assert name in [fact.text for fact in result.facts[PEOPLE]]


# The quotes field's cues keep the field's own only: "according to", "saying", "joked".
CUE_LISTS = ["newsfacts_quotes/data/cues.txt"]


@pytest.mark.parametrize("path", CUE_LISTS)
def test_no_field_list_repeats_a_speech_verb(path: str) -> None:
    assert sorted(listed(path) & SPEECH_VERBS) == []


def test_a_speech_verb_is_a_cue_and_its_subject_a_person() -> None:
    text = "“We will win,” Ana Ruiz tweeted. Tymur Tkachenko tweeted on Monday."
    result = newsfacts.Extractor(["people", "quotes"]).extract(text)
    [quote] = result.facts[QUOTES]
    assert (quote.speaker, quote.cue) == ("Ana Ruiz", "tweeted")
    assert [fact.text for fact in result.facts[PEOPLE]] == ["Ana Ruiz", "Tymur Tkachenko"]


# The fields' lists of role and relational nouns keep their own only: "spokesman", "friend".
KIN_LISTS = [
    "newsfacts_people/data/roles.txt",
    "newsfacts_people/data/relations.txt",
    "newsfacts_quotes/data/relational_nouns.txt",
]


@pytest.mark.parametrize("path", KIN_LISTS)
def test_no_field_list_repeats_a_kin_noun(path: str) -> None:
    assert sorted(listed(path) & KIN_NOUNS) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The senator and his stepson, Austin, flew home.", "Austin"),
        ("The senator and her grandmother, Florence, flew home.", "Florence"),
    ],
)
def test_a_name_after_a_kin_noun_is_a_persons_and_no_place(text: str, person: str) -> None:
    result = newsfacts.Extractor(["people", "locations"]).extract(text)
    assert [fact.text for fact in result.facts[PEOPLE]] == [person]
    assert [fact.text for fact in result.facts[LOCATIONS]] == []
