"""A single word names a person when it speaks as only a person does, and no full name of the
article holds it (``newsfacts_people/evidence.py``: :func:`lone_names`)."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Person

EXTRACTOR = newsfacts.Extractor(["people", "quotes"])


def people(text: str) -> list[tuple[str, str]]:
    result = EXTRACTOR.extract(text)
    assert not result.errors
    return [(fact.text, fact.name) for fact in result.people if isinstance(fact, Person)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a relative "who" after it
        ("Smith, who has coached the team since 2019, resigned.", [("Smith", "Smith")]),
        ("“We lost,” said Okafor, who scored twice.", [("Okafor", "Okafor")]),
        # ... in a sports report too, next to a speech verb
        (
            "Leeds beat Hull 3-1 in the Premier League on Sunday. “We earned it,” said Okafor,"
            " who scored twice.",
            [("Okafor", "Okafor")],
        ),
        # a speech verb after it, then a personal pronoun
        ("Later, Vance told reporters he would vote no.", [("Vance", "Vance")]),
        ("Later, Okafor commented that he would vote no.", [("Okafor", "Okafor")]),
        # ... or a quote "he" or "she" says in its paragraph
        ("Musk responded on X. “This is false,” he wrote.", [("Musk", "Musk")]),
        # ... or one a sentence opening with "He" or "She" and a verb introduces
        (
            "Okafor said the summit had been useful. He added: “Europe must stand together.”",
            [("Okafor", "Okafor")],
        ),
        (
            "Okafor said: “Europe must wake up.” She added that “time is running out.”",
            [("Okafor", "Okafor")],
        ),
        # ... each mention of the word is the person's
        (
            "Brennan, who chairs the panel, spoke first. Brennan later left.",
            [("Brennan", "Brennan"), ("Brennan", "Brennan")],
        ),
    ],
)
def test_a_lone_word_that_speaks_as_a_person_is_one(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert people(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # no evidence: a company says "said" too
        "Vance said the plan would work.",
        # plurals, places and groups
        "Turnout rose among Democrats, who had stayed home in 2022.",
        "Voters in Vermont, who backed the measure, were pleased.",
        "The Lakers, who won on Sunday, face Denver next.",
        # a team in a sports report: British papers write "who" of teams
        "Arsenal beat Everton 2-1 in the Premier League on Sunday, their fourth win in a row."
        " Arsenal, who finished two points behind City, scored late.",
        # the object of a verb, not its subject
        "The mayor told Politico that he would run again.",
        # a word of a longer name, or of an address
        "Tom Reyes of the Foundation for Middle East Peace, who chairs it, spoke.",
        "Ana Ruiz, 23, of 17 Elm Close, Kilkenny, who denies the burglary, appeared.",
        # a short name of a hyphenated compound
        "Hewlett-Packard Co. grew. Hewlett said it was “a good year,” he added.",
        # shaped as no name
        "Executives told HuffPost, who asked them, that he was right.",
        "“If they ask, I’ll say no,” she said. Whenever asked, he shrugged.",
    ],
)
def test_a_lone_word_without_a_persons_evidence_is_no_one(text: str) -> None:
    assert [name for _, name in people(text) if " " not in name] == []


def test_a_pronoun_after_a_lone_name_resolves_to_it() -> None:
    text = (
        "Smith, who has coached the team since 2019, said he was “disappointed but not "
        "surprised.” “We’ll regroup,” he added."
    )
    result = EXTRACTOR.extract(text)
    assert [quote.to_dict()["speaker"] for quote in result["quotes"]] == ["Smith", "Smith"]
