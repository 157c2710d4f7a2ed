"""The organizations field in sports reports: the club a player left, named after "from" and
the club he joined ("joined Genoa from Torino"), is a team (side ``transfer`` of
``data/sports_verbs.tsv``, ``sports_phrasing.transferred_from``); a town after "moved to" and "from"
is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import organizations

HEADLINE = "SOCCER - TRANSFER NEWS .\nLONDON 1996-08-30\n"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Rossi , 25 , has joined Genoa from Torino for $ 7 million .",
            ["Genoa", "Torino"],
        ),
        (
            "Winger Tiago has signed for Betis of Seville from Lens on a two-year deal .",
            ["Betis", "Lens"],
        ),
        ("The striker signed for Everton from Ajax last summer .", ["Everton", "Ajax"]),
        # a town a player moved to and from is no team
        ("He moved to Madrid from Barcelona in 2009 .", []),
    ],
)
def test_the_club_a_player_left(sentence: str, found: list[str]) -> None:
    assert [fact.text for fact in organizations(HEADLINE + sentence)] == found
