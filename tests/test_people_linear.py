"""The people field keys a long article's people once per name, not once per mention: its
cost grows with the length of the article, not faster (issue 15). Each shortcut gives the
answer of the reading it replaces."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Person
from newsfacts_people.acronym_names import _INITIALS, _key, _matches, _named


def _person(name: str, start: int, role: str | None = None) -> Person:
    return Person(text=name, start=start, end=start + len(name), name=name, title=None, role=role)


def _named_per_mention(people: list[Person]) -> dict[tuple[str, str], Person]:
    """The reading _named replaces: every mention keyed."""
    named: dict[tuple[str, str], Person] = {}
    for person in people:
        if person.name and " " in person.name:
            named.setdefault(_key(person.name), person)
    return named


def test_the_people_by_initials_key_are_the_first_mentions_of_each() -> None:
    people = [
        _person("Mohammed", 0),
        _person("Andres Obrador", 10, "candidate"),
        _person("Mohammed bin Salman", 30, "crown prince"),
        _person("Andrés Manuel López Obrador", 60, "president"),
        _person("Andres Obrador", 90),
        _person("Mohammed bin Salman", 110),
        _person("Martin Luther King Jr", 140),
        _person("Martin King", 170),
    ]
    named = _named(people)
    assert named == _named_per_mention(people)
    assert named[("Andres", "Obrador")].start == 10
    assert named[("Mohammed", "Salman")].role == "crown prince"
    assert named[("Martin", "King")].start == 140


def test_initials_name_the_person_named_many_paragraphs_before() -> None:
    paragraph = "Mohammed bin Salman met the envoy in Riyadh, and Mr. Faisal Al-Otaibi said so.\n\n"
    text = paragraph * 60 + "Critics say MBS has tightened his grip."
    people = newsfacts.Extractor(["people"]).extract(text).people
    assert isinstance(people[-1], Person)
    assert (people[-1].text, people[-1].name) == ("MBS", "Mohammed bin Salman")


@pytest.mark.parametrize(
    "text",
    [
        "AMLO said so.",
        "Critics say MBS and MBZ met; RFK Jr. and RFK spoke, as MLK Jr. had.",
        "The AMLOS and xAMLO and AMLO-era rules; (AMLO) and “AOC”.",
        "He flew into JFK Airport; MLK Day parades; FDR Drive closed.",
        "MBSMBS, MBS.MBS, MBS MBS, RFK Jr.Jr., LBJ's aides",
        "No initials here at all.",
    ],
)
def test_initials_are_matched_where_written_as_the_search_finds_them(text: str) -> None:
    spans = [match.span() for match in _matches(text)]
    assert spans == [match.span() for match in _INITIALS.finditer(text)]
