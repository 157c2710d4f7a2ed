"""The scorers of a match report's results are people: a name with a goal's minute after it
in a line labelled "Scorers:"; and so are pitchers named with their record in brackets
(``newsfacts_people/scorers.py``)."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Person

EXTRACTOR = newsfacts.Extractor(["people", "organizations"])


def people(text: str) -> list[str]:
    result = EXTRACTOR.extract(text)
    assert not result.errors
    return [fact.text for fact in result.people if isinstance(fact, Person)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # surnames alone with the minute after them, a penalty marked
        (
            "Newcastle beat Liverpool 3-2 on Sunday.\n"
            "Scorers: Shearer 12, Ferdinand 44 pen, Asprilla 80; Fowler 67, Collymore 89.\n",
            ["Shearer", "Ferdinand", "Asprilla", "Fowler", "Collymore"],
        ),
        (
            "Bayern beat Dortmund 2-1 on Saturday.\nGoals: Tomasic 23, Virtanen 58 (pen); Rautio"
            " 90+2.\n",
            ["Tomasic", "Virtanen", "Rautio"],
        ),
        # full names with the minute in brackets, after the team and a dash
        (
            "Oldland beat Newland 2-1 in a World Cup qualifier on Tuesday.\n"
            "Scorer: Vidar Kolstrup (28th minute)\n",
            ["Vidar Kolstrup"],
        ),
        # the label alone on its line, each team's scorers on a line of their own
        (
            "Oldland beat Newland 2-1 in a World Cup qualifier on Tuesday.\nScorers :\n"
            "Oldland - Dorin Vasilache ( 31st ) , Tiberiu Mardare ( 75th )\n"
            "Newland - Aurimas Kalvaitis ( 13th )\nAttendance : 2,000\n",
            ["Dorin Vasilache", "Tiberiu Mardare", "Aurimas Kalvaitis"],
        ),
        # a number after a name outside a scorers' line
        ("Oldland beat Newland 2-1.\nTomasic 23 times led the attack.\n", []),
    ],
)
def test_a_scorer_with_a_minute_is_a_person(text: str, found: list[str]) -> None:
    assert people(text) == found


_GAME = (
    "The Portland Pioneers beat the Tacoma Tides 5-3 on Wednesday night to win the series"
    " and move within two games of first place in the league.\n"
)


# A pitcher's record in brackets after a name of two words, in a sports report, makes it a
# person's, the given name unknown or a town's; not after a team's name
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (_GAME + "Yorvit Salcedo (9-7) allowed three runs on six hits.", ["Yorvit Salcedo"]),
        (_GAME + "They start lefty Rennard Ocampo (13-6, 2.91 ERA) on Friday.", ["Rennard Ocampo"]),
        (_GAME + "Tacoma Tides (80-70) lost for the third time this week.", []),
        ("Yorvit Salcedo (9-7) wrote a book on gardening.", []),  # no sports report
    ],
)
def test_a_pitchers_record_after_a_name_makes_it_a_persons(text: str, found: list[str]) -> None:
    assert people(text) == found
