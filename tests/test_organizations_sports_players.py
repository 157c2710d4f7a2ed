"""The organizations field in reports of sports of one player against another: a lone
surname before "beat", "won" or "lost to" is a player, no team."""

from __future__ import annotations

import pytest

from newsfacts_organizations.sports_individual import set_scores
from organization_checks import organizations


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        # a result in sets: both sides are players
        ("Moretti beat Castell 6-4 6-2 in the final on Sunday.", []),
        (
            "TENNIS - MORETTI WINS TITLE .\nMoretti beat Castell 7-6 ( 7-3 ) 6-4 on Sunday."
            "\nCastell lost to Moretti for the third time this year.",
            [],
        ),
        # a sport of players named at the top: a runner's surname before "won"
        (
            "ATHLETICS - ODHIAMBO WINS AGAIN .\nOdhiambo won in Berlin on Sunday, finishing"
            " the marathon in 2:03:10 to lead the race from the start.",
            [],
        ),
        # a country's side in a sport of players stays a team
        (
            "TENNIS - SPAIN LEAD FRANCE .\nSpain beat France 3-0 in the Davis Cup tie on"
            " Friday as Castell won his singles match 6-3 6-4.",
            ["SPAIN", "FRANCE", "Spain", "France"],
        ),
        # a sport of teams: a club's name alone stays a team
        (
            "SOCCER - ARSENAL BEAT CHELSEA .\nArsenal beat Chelsea 2-1 in the league on"
            " Sunday, with the winner coming in the second half.",
            ["ARSENAL", "CHELSEA", "Arsenal", "Chelsea"],
        ),
    ],
)
def test_a_lone_surname_in_a_sport_of_players_is_no_team(text: str, teams: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == teams


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("beat Castell 6-4 6-2", True),
        ("beat Castell 6-7 ( 1-7 ) 6-3 6-4", True),
        ("beat Khan 15-10 15-6 15-7", True),  # squash
        ("won 21-18 21-19", True),  # badminton
        ("Italy beat Poland 25-20 25-18 25-22", False),  # volleyball: a team's sets
        ("Fall of wickets : 1-8 2-15 3-40", False),  # a cricket side's wickets
        ("Arsenal beat Chelsea 2-1", False),
    ],
)
def test_a_result_in_sets(text: str, sets: bool) -> None:
    assert set_scores(text) is sets


# A club's possessive written on its name before a player's: the club is the team, the
# player is none of its name (a participle opening the sentence is no part of the club).
@pytest.mark.parametrize(
    ("text", "teams"),
    [
        (
            "The Portland Pioneers beat the Tacoma Tides 5-3 on Wednesday night. Tacoma's"
            " Yurem Calvo went 2 for 4 with a solo homer.",
            ["Portland Pioneers", "Tacoma Tides", "Tacoma"],
        ),
        (
            "The Portland Pioneers beat the Tacoma Tides 5-3 on Wednesday night. Trailing"
            " Tacoma's Yurem Calvo by two sets, she rallied to win.",
            ["Portland Pioneers", "Tacoma Tides", "Tacoma"],
        ),
    ],
)
def test_a_clubs_possessive_on_its_name_before_a_player(text: str, teams: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == teams
