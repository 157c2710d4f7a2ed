"""The organizations field in sports reports: results lines and tables, line-ups and scorers,
the venues and labels of a report (its prose: test_organizations_sports_phrasing.py)."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import organizations


def test_sports_results_lines_and_match_phrasing() -> None:
    text = (
        "SOCCER - ENGLISH CUP RESULTS .\n"
        "Results of English cup ties on Saturday :\n"
        "Leicester 2 Chelsea 1\n"
        "Stoke 4 3 1 0 7 4 10\n"
        "Austria at Croatia\n"
        "Earlier , Leicester beat Arsenal in the cup ."
    )
    found = [(fact.text, fact.kind) for fact in organizations(text)]
    assert found == [
        ("Leicester", "sports"),
        ("Chelsea", "sports"),
        ("Stoke", "sports"),
        ("Austria", "sports"),
        ("Croatia", "sports"),
        ("Leicester", "sports"),
        ("Arsenal", "sports"),
    ]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # a bracket of a fixture's terms after a side, in lower case
        ("June 28-30 v Oldshire ( three days )", ["Oldshire"]),
        ("May 15 v Newshire XI ( at Arundel )", ["Newshire XI"]),
        # a player's country in a bracket
        ("Lena Koch ( Germany ) beat Mia Brandt ( Germany ) 6-4 7-5", []),
    ],
)
def test_a_bracket_of_a_fixtures_terms_is_no_players_country(line: str, found: list[str]) -> None:
    text = "CRICKET - TOUR ITINERARY .\nLONDON 1996-08-30\nThe visitors will play seven games .\n"
    assert [fact.text for fact in organizations(text + line)] == found


def test_a_substitute_and_his_minute_are_no_team_and_score() -> None:
    text = (
        "SOCCER - CUP FINAL LINE-UPS .\n"
        "Results of the cup final on Sunday :\n"
        "Rovers 2 Albion 1\n"
        "Rovers : Tom Baker , Sam Jones ( Lee Hart 71st ) , Dan Moss ( Ray Cole 88th ) .\n"
    )
    found = [(fact.text, fact.kind) for fact in organizations(text)]
    assert found == [("Rovers", "sports"), ("Albion", "sports"), ("Rovers", "sports")]


def test_the_team_after_a_riders_country_in_a_results_line() -> None:
    text = (
        "CYCLING - TOUR STAGE RESULTS .\n"
        "Leading results of the third stage of the tour on Sunday :\n"
        "1. Ivo Brandt ( Germany ) Lindenbank 4 hours 12 mins 5 seconds\n"
        "2. Paolo Verdi ( Italy ) Ferroni same time\n"
    )
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.organizations] == ["Lindenbank", "Ferroni"]


def test_the_venue_opening_a_results_line_is_no_team() -> None:
    text = (
        "CRICKET - COUNTY CHAMPIONSHIP RESULTS .\n"
        "Scores of county championship games on Friday :\n"
        "At Ashford : Oldshire 310 and 42-1 , Newshire 205 .\n"
    )
    found = [fact.text for fact in organizations(text)]
    assert found == ["Oldshire", "Newshire"]


def test_the_scorers_in_the_bracket_after_a_teams_score_are_no_teams() -> None:
    text = (
        "SOCCER - LEAGUE RESULTS .\n"
        "Oldland 3 ( Harrower 12 pen , Tolland 44 , Brisk 77 )\n"
        "Newland 1 ( Wend 80 )\n"
    )
    assert [fact.text for fact in organizations(text)] == ["Oldland", "Newland"]


def test_a_word_of_the_report_opening_a_results_line_is_no_team() -> None:
    text = "SOCCER - OLDLAND CUP RESULTS .\nOldland 2 Newland 1\nHalftime 1-0 .\n"
    assert [fact.text for fact in organizations(text)] == ["Oldland", "Newland"]


@pytest.mark.parametrize(
    "text",
    [
        "CRICKET - TOUR ITINERARY .\nMay 13 Arrive in Oldland\nMay 14 Practice at Oldland Oval\n",
        "SOCCER - OLDLAND CUP .\nOldland 2 Newland 1\nAttendance 12,400 .\n",
        "RUGBY - TOUR .\nJune 3 Training at Oldland Park\nJune 4 Rest day\n",
    ],
)
def test_a_label_of_a_table_or_itinerary_is_no_team(text: str) -> None:
    found = [fact.text for fact in organizations(text)]
    assert not {"Practice", "Attendance", "Training", "Arrive", "Rest"} & set(found)


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        # a team's scorers after a dash, each with a minute in brackets
        (
            "SOCCER - FRIENDLY RESULT .\nThe hosts won 2-1 on Saturday .\nScorers :\n"
            "Varnia - Dorin Vasilache ( 31st ) , Tiberiu Mardare ( 75th )\n"
            "Kestria - Aurimas Kalvaitis ( 13th )\n",
            ["Varnia", "Kestria"],
        ),
        # a line-up: a shirt number and a dash before each player
        (
            "RUGBY UNION - TEST RESULT .\nThe hosts won 32-22 on Saturday .\nTeams :\n"
            "Varnia - 15 - Pieter Malan , 14 - Jaco Botha\n",
            ["Varnia"],
        ),
    ],
)
def test_a_team_before_a_dash_and_its_players(text: str, teams: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == teams


def test_possessive_of_a_known_or_earlier_name() -> None:
    found = organizations("The NRA's refusal angered many. The Washington Post's editors agreed.")
    assert [(fact.text, fact.name) for fact in found] == [
        ("NRA", "National Rifle Association"),
        ("The Washington Post", "The Washington Post"),
    ]
    found = organizations("Globex Corp. said so. Globex's chief executive agreed.")
    assert [fact.text for fact in found] == ["Globex Corp.", "Globex"]


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        # the team after a driver's bracketed country and a comma, not another driver
        (
            "MOTOR RACING - INDYCAR QUALIFYING RESULTS .\n"
            "Leading qualifiers for Sunday 's race ( time in seconds ) :\n"
            "1. Ivo Brandt ( Germany ) , Falcon Motors , 53.980\n"
            "2. Paolo Verdi ( Italy ) , Rossa Corse , 54.483\n"
            "Earlier , Anna Berg ( Sweden ) , Kim Lund ( Norway ) and Ivo Brandt raced .\n",
            ["Falcon Motors", "Rossa Corse"],
        ),
        # a chassis and engine named like a person, or holding a listed maker's name: the
        # whole field is the car, no person and no company
        (
            "MOTOR RACING - INDYCAR QUALIFYING RESULTS .\n"
            "Leading qualifiers for Sunday 's race ( time in seconds ) :\n"
            "1. Ivo Brandt ( Germany ) , Lola Ford , 53.980\n"
            "2. Paolo Verdi ( Italy ) , Falcon Honda , 54.483\n"
            "3. Anna Berg ( Sweden ) , Eagle Mercedes-Benz , 55.218\n",
            ["Lola Ford", "Falcon Honda", "Eagle Mercedes-Benz"],
        ),
        # the initial of a club's town after its name, not a player's country
        (
            "SOCCER - LEAGUE RESULTS .\n"
            "Results of league games on Saturday :\n"
            "Oldgrad 2 Mladost ( L ) 0 Radnik ( BN ) 1 Zorka 1\n"
            "Ivo Brandt ( SA ) 68 70 65\n",
            ["Oldgrad", "Mladost ( L )", "Radnik ( BN )", "Zorka"],
        ),
        # a club's one word before its country and a score or "beat"; not a player's
        # two names, nor a town's initials
        (
            "BASKETBALL - TOURNAMENT RESULTS .\n"
            "Results of a basketball invitation event on Thursday :\n"
            "Lindenbank ( Zorland ) 92 Ferroni ( Italy ) 83 ( halftime 47-39 )\n"
            "Ferroni ( Italy ) beat Oldgrad ( Norway ) 92-90\n"
            "Ivo Brandt ( Germany ) beat Paolo Verdi ( Italy ) 6-2 6-3\n",
            ["Lindenbank", "Ferroni", "Ferroni", "Oldgrad"],
        ),
        # a club's two words there too, outside a report of a sport of players
        (
            "BASKETBALL - TOURNAMENT RESULT .\n"
            "Result of a basketball tournament game on Sunday :\n"
            "Red Star ( Serbia ) beat Dinamo ( Georgia ) 81-74 ( halftime 40-36 )\n",
            ["Red Star", "Dinamo"],
        ),
        (
            "BASKETBALL - TOURNAMENT RESULTS .\n"
            "Third place :\n"
            "Alba ( Germany ) 86 Red Star ( Serbia ) 79 ( 44-38 )\n",
            ["Alba", "Red Star"],
        ),
        # not a player's two names: in tennis, nor where no club of one word is named so
        (
            "TENNIS - TOURNAMENT RESULTS .\n"
            "Results of an international tennis tournament on Friday :\n"
            "Ivo Brandt ( Germany ) beat Paolo Verdi ( Italy ) 6-2 6-3\n",
            [],
        ),
        (
            "CYCLING - WORLD TRACK CUP RESULTS .\n"
            "Women 's sprint quarter-finals :\n"
            "Anna Berger ( Germany ) beat Marta Rossi ( Italy ) 2-0\n",
            [],
        ),
        # a club's name holding a possessive and one word after it, in a results line
        (
            "RUGBY UNION - LEAGUE RESULTS .\n"
            "Results of league matches on Saturday :\n"
            "Oldgrad 45 Heriot 's F.P. 5\n"
            "Oldtown 's Rovers 3 1 1 1 6 8 4\n",
            ["Oldgrad", "Heriot 's F.P.", "Oldtown 's Rovers"],
        ),
        # a royal title opening such a name, no title there
        (
            "SOCCER - SCOTTISH LOWER LEAGUE RESULTS .\n"
            "Results of Scottish lower division games on Saturday :\n"
            "Oldgrad 1 Alloa 0 Ross County 1 Queen 's Park 2 Forfar 3\n"
            "Alloa 3 1 1 1 3 3 4\nQueen 's Park 3 1 1 1 5 7 4\nMontrose 3 1 0 2 3 4 3\n",
            [
                "Oldgrad",
                "Alloa",
                "Ross County",
                "Queen 's Park",
                "Forfar",
                "Alloa",
                "Queen 's Park",
                "Montrose",
            ],
        ),
        # a note in the bracket closing a results line is no prose
        (
            "SOCCER - CUP RESULTS .\n"
            "Results of cup matches on Saturday :\n"
            "Oldgrad 1 Newgrad 0 ( after extra time )\n",
            ["Oldgrad", "Newgrad"],
        ),
    ],
)
def test_teams_in_results_lines(text: str, teams: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == teams


_NFL_LEDE = "The quarterback threw three touchdown passes and ran for 40 yards in the game.\n"


@pytest.mark.parametrize(
    ("sentence", "teams"),
    [
        # a town's name before its win-loss record, a tie third too
        (
            "Kansas City (4-0) overcame a 10-point deficit to beat Cincinnati (1-3) 27-24.",
            ["Kansas City", "Cincinnati"],
        ),
        ("Denver (2-1-1) hosts Green Bay (3-1) next week.", ["Denver", "Green Bay"]),
        # a pitcher named in full with his record, or before his pitching, is no team
        ("Andy Reed (12-5) allowed two runs in seven innings.", []),
        ("Ortiz (3-6) struck out seven and walked one.", []),
        # a year's span in brackets is no record
        ("Denver (1990-95) was a different club.", []),
    ],
)
def test_a_towns_win_loss_record_names_its_team(sentence: str, teams: list[str]) -> None:
    assert [fact.text for fact in organizations(_NFL_LEDE + sentence)] == teams


_CAUCUSES = (
    "Sanders takes Colorado Democratic caucuses. Bernie Sanders took the caucuses on Tuesday, "
    "a result his campaign called a big win in the race"
)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            _CAUCUSES + ", while Texas went to Ted Cruz and Virginia to Hillary Clinton, who "
            "said the game was far from over after a night of defeats and wins.",
            ["Colorado", "Texas", "Virginia"],
        ),
        (
            _CAUCUSES + ". Republicans beat back a challenge in Texas, and Clinton said the game "
            "was far from over after a night of defeats and wins.",
            ["Colorado", "Texas"],
        ),
    ],
)
def test_an_election_told_in_words_of_sport_has_no_teams(text: str, places: list[str]) -> None:
    # "caucuses" at the top (newsfacts/data/contests.txt): a race of candidates, no report
    result = newsfacts.Extractor(["organizations", "locations"]).extract(
        newsfacts.Article(text=text)
    )
    assert [fact.text for fact in result.organizations] == []
    assert [fact.text for fact in result.locations] == places
