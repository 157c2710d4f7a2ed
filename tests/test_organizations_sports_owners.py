"""The organizations field in sports reports: a country before its possessive and the noun of
a governing body ("Mauritania's soccer federation") is the place that owns the body, not its
team (check ``country-owning-body``, ``sports_owners.py``, ``data/owned_body_nouns.txt``); so is
a country before a noun of the state or of a nationality ("a proud Peru citizen", check
``country-as-state``, ``data/state_nouns.txt``). The same country as a side stays a team.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

HEADLINE = "SOCCER - FEDERATION DISBANDS NATIONAL SIDE .\nNOUAKCHOTT 1997-05-17\n"


def _fields(text: str) -> tuple[list[str], list[str]]:
    result = newsfacts.extract(newsfacts.Article(text=text))
    return (
        [fact.text for fact in result["organizations"]],
        [fact.text for fact in result["locations"]],
    )


@pytest.mark.parametrize(
    ("sentence", "teams", "places"),
    [
        (
            "Mauritania 's football federation disbanded the national side after Mauritania "
            "lost 3-0 to Benin .",
            ["Mauritania", "Benin"],
            ["NOUAKCHOTT", "Mauritania"],
        ),
        (
            "Nigeria’s football federation sacked the coach after Nigeria lost 2-0 to Ghana.",
            ["Nigeria", "Ghana"],
            ["NOUAKCHOTT", "Nigeria"],
        ),
        (
            "Ghana 's football association fined two players after Ghana beat Togo 3-1 .",
            ["Ghana", "Togo"],
            ["NOUAKCHOTT", "Ghana"],
        ),
    ],
)
def test_a_country_owning_a_sports_body_is_the_place(
    sentence: str, teams: list[str], places: list[str]
) -> None:
    assert _fields(HEADLINE + sentence) == (teams, places)


def test_a_country_before_its_team_is_still_read_as_the_side() -> None:
    text = HEADLINE + "Mauritania 's back four held out as Mauritania drew 1-1 with Benin ."
    assert _fields(text)[0] == ["Mauritania", "Mauritania", "Benin"]


TENNIS = "TENNIS - PERU TEAM NAMED FOR CUP TIE .\nLIMA 1996-08-30\n"


@pytest.mark.parametrize(
    ("sentence", "teams"),
    [
        (
            "Peru beat Chile 3-2 . Ana Ruiz , who has been a Peru citizen since 2011 , "
            "won both her matches .",
            ["PERU", "Peru", "Chile"],
        ),
        (
            "Peru beat Chile 3-2 , and Peru officials said the team would stay in Lima .",
            ["PERU", "Peru", "Chile"],
        ),
        # the side before "team" or "captain" stays a team
        (
            "Peru beat Chile 3-2 . The Peru team flies home , Peru captain Ana Ruiz said .",
            ["PERU", "Peru", "Chile", "Peru", "Peru"],
        ),
    ],
)
def test_a_country_before_a_noun_of_the_state_is_no_team(sentence: str, teams: list[str]) -> None:
    assert _fields(TENNIS + sentence)[0] == teams
