"""The organizations field on the sides listed with a team in a sports report ("promotion
rivals Kent , Durham and Surrey": ``sports_lists.py``): all teams, though the phrasing names
one; and a sentence of the report with no team lists none (sports.team_names reads its list
only when a team is in it). Sentences written for these tests."""

from __future__ import annotations

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])

REPORT = (
    "CRICKET - COUNTY CHAMPIONSHIP SCORES .\n"
    "At Hove : Sussex 363 ( Tom Ward 102 ) v Essex 41-2 .\n"
    "{sentence}\n"
    "The bowlers of Derbyshire beat Leicestershire by six wickets ."
)


def _sports(sentence: str) -> list[str]:
    facts = EXTRACTOR.extract(REPORT.format(sentence=sentence)).organizations
    return [fact.text for fact in facts if fact.kind == "sports"]


def test_the_sides_listed_with_a_team_are_teams() -> None:
    sentence = "Promotion rivals Kent , Durham and Surrey all slipped on the second day ."
    assert _sports(sentence) == [
        "Sussex",
        "Essex",
        "Kent",
        "Durham",
        "Surrey",
        "Derbyshire",
        "Leicestershire",
    ]


def test_a_list_with_no_team_in_it_names_no_team() -> None:
    sentence = "Rain fell on Hampshire , Dorset and Wiltshire all day ."
    assert _sports(sentence) == ["Sussex", "Essex", "Derbyshire", "Leicestershire"]
