"""The organizations field in sports reports: teams, venues, results lines."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import organizations


def test_sports_results_lines_and_match_phrasing() -> None:
    text = (
        "SOCCER - ENGLISH LEAGUE RESULTS .\n"
        "Results of English soccer matches on Saturday :\n"
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


def test_a_headline_in_capitals_is_split_at_its_sports_verb() -> None:
    text = "SOCCER - ROVERS BEAT ALBION 2-1 IN CUP FINAL .\nLONDON 1996-08-30\nRovers won ."
    assert [fact.text for fact in organizations(text)] == ["ROVERS", "Rovers"]


def test_a_player_named_with_his_countrys_possessive_is_no_team() -> None:
    text = (
        "TENNIS - OPEN RESULTS .\nNEW YORK 1996-08-30\nPete Sampras won 18 of the last 19"
        " games against India 's Leander Paes in the third round ."
    )
    assert [fact.text for fact in organizations(text) if "Paes" in fact.text] == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # a bracket of a fixture's terms after a side, in lower case
        ("June 28-30 v Oldshire ( three days )", ["Oldshire"]),
        ("May 15 v Newshire XI ( at Arundel )", ["Newshire XI"]),
        # a player's country in a bracket
        ("Steffi Graf ( Germany ) beat Anke Huber ( Germany ) 6-2 6-3", []),
    ],
)
def test_a_bracket_of_a_fixtures_terms_is_no_players_country(line: str, found: list[str]) -> None:
    text = "CRICKET - TOUR ITINERARY .\nLONDON 1996-08-30\nThe tourists will play nine matches .\n"
    assert [fact.text for fact in organizations(text + line)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "There were victories for champions Oldshire , 56-13 winners over Newshire .",
            ["Oldshire", "Newshire"],
        ),
        ("They must keep pace with title hopefuls Oldshire .", ["Oldshire"]),
        ("There were narrow successes for Oldshire and Newshire .", ["Oldshire", "Newshire"]),
        (
            "Oldshire has won 10 of its last 15 , and Newshire tied it up late .",
            ["Oldshire", "Newshire"],
        ),
        ("Oldshire were held to a goalless draw by Newshire .", ["Oldshire", "Newshire"]),
        ("Lying three points behind Oldshire , they must win .", ["Oldshire"]),
        # a team's possessive before a noun of its play, not before a player's name
        ("Reed missed Oldshire 's game against Newshire .", ["Oldshire", "Newshire"]),
        # a country's possessive before a player names his nationality; a club's, his club
        ("Norway 's Sam Reed lost in the third round .", []),
        ("Oldshire 's Sam Reed went close in the 65th minute .", ["Oldshire"]),
        ("Oldshire 's World Cup qualifier was put off .", []),
        # a former side after "ex-", its prefix kept; not a nationality nor a title
        (
            "They beat Oldshire as ex-Newshire bowler Sam Reed took four .",
            ["Oldshire", "ex-Newshire"],
        ),
        ("Ex-Newshire coach Sam Reed watched , as did an ex-Soviet official .", ["Ex-Newshire"]),
        # a win told by other verbs, and a heavy defeat suffered
        ("Oldshire outscored Newshire 30-18 in the third quarter .", ["Oldshire", "Newshire"]),
        ("Oldshire eased past Newshire 4-0 at home .", ["Oldshire", "Newshire"]),
        ("Oldshire outlasted Newshire 7-6 in 11 innings .", ["Oldshire", "Newshire"]),
        (
            "Oldshire topped Newshire 5-2 , and Eastby downed Westby .",
            ["Oldshire", "Newshire", "Eastby", "Westby"],
        ),
        ("Oldshire suffered a 5-0 thrashing in the cup .", ["Oldshire"]),
        (
            "Oldshire held off Newshire 121-115 , and Eastby visits Westby .",
            ["Oldshire", "Newshire", "Eastby", "Westby"],
        ),
        ("Oldshire trailed by 21 in the first half .", ["Oldshire"]),
        # an adverb of the result between a team and its verb
        ("Oldshire also beat Newshire on Sunday .", ["Oldshire", "Newshire"]),
        ("Oldshire twice came from behind to draw .", ["Oldshire"]),
        # a competition named by its sides' number is no team, before a role's word too
        ("Oldshire beat Newshire in a tense Six Nations opener .", ["Oldshire", "Newshire"]),
        # a noun for one person of a country names a player; in the plural, a side
        ("He beat the Spaniard , and the Kiwis beat Newshire .", ["Kiwis", "Newshire"]),
        # a country its head word makes no organization of is a national side here
        ("The United States beat Mexico 2-0 in the final .", ["United States", "Mexico"]),
    ],
)
def test_match_phrasing_in_prose_names_a_side(sentence: str, found: list[str]) -> None:
    text = "RUGBY UNION - ENGLISH LEAGUE REPORT .\nLONDON 1996-08-31\n"
    assert [fact.text for fact in organizations(text + sentence)] == found


def test_a_substitute_and_his_minute_are_no_team_and_score() -> None:
    text = (
        "SOCCER - CUP FINAL LINE-UPS .\n"
        "Results of the cup final on Sunday :\n"
        "Rovers 2 Albion 1\n"
        "Rovers : Tom Baker , Sam Jones ( Lee Hart 71st ) , Dan Moss ( Ray Cole 88th ) .\n"
    )
    found = [(fact.text, fact.kind) for fact in organizations(text)]
    assert found == [("Rovers", "sports"), ("Albion", "sports"), ("Rovers", "sports")]


def test_a_place_before_a_player_role_is_his_team() -> None:
    text = (
        "CRICKET - COUNTY CHAMPIONSHIP RESULTS .\n"
        "Results of county championship matches on Saturday :\n"
        "Oldshire 310 Newshire 205\n"
        "Former Westshire batsman Joe Green made 80 , and South African all-rounder Sam Wood took "
        "four wickets for 40 runs in the innings victory .\n"
    )
    # Through the extractor: the people field tells the batsman from a team.
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.organizations] == ["Oldshire", "Newshire", "Westshire"]


def test_the_team_after_a_riders_country_in_a_results_line() -> None:
    text = (
        "CYCLING - TOUR STAGE RESULTS .\n"
        "Leading results of the third stage of the tour on Sunday :\n"
        "1. Ivo Brandt ( Germany ) Lindenbank 4 hours 12 mins 5 seconds\n"
        "2. Paolo Verdi ( Italy ) Ferroni same time\n"
    )
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.organizations] == ["Lindenbank", "Ferroni"]


def test_a_plural_name_after_the_is_a_team_but_not_a_plural_place() -> None:
    text = (
        "BASEBALL - MAJOR LEAGUE RESULTS .\n"
        "Results of major league baseball games on Sunday :\n"
        "Sam Reed hit two homers as the Riverton Red Hawks cruised to a 5-2 victory over "
        "the Blue Foxes .\n"
        "The winners flew home to the United States on Monday .\n"
    )
    found = [(fact.text, fact.kind) for fact in organizations(text)]
    assert found == [("Riverton Red Hawks", "sports"), ("Blue Foxes", "sports")]


def test_the_venue_opening_a_results_line_is_no_team() -> None:
    text = (
        "CRICKET - COUNTY CHAMPIONSHIP RESULTS .\n"
        "Results of county championship matches on Saturday :\n"
        "At Ashford : Oldshire 310 and 42-1 , Newshire 205 .\n"
    )
    found = [fact.text for fact in organizations(text)]
    assert found == ["Oldshire", "Newshire"]


def test_a_team_named_opening_a_sentence_after_in_is_the_venue() -> None:
    text = (
        "BASEBALL - MAJOR LEAGUE ROUNDUP .\n"
        "Riverton beat Lakeside 4-2 on Friday .\n"
        "In Riverton , Sam Reed allowed one hit over eight innings .\n"
    )
    found = [(fact.text, fact.start) for fact in organizations(text)]
    assert found == [("Riverton", 34), ("Lakeside", 48)]


def test_a_team_named_after_in_ending_its_sentence_is_the_venue() -> None:
    text = (
        "SOCCER - RIVERTON FANS CHEER .\n"
        "Fans cheered in front of a crowd in Lakeside .\n"
        "Riverton face Lakeside 2-1 in a cup tie on Sunday .\n"
    )
    found = [(fact.text, fact.start) for fact in organizations(text)]
    assert ("Lakeside", text.index("Lakeside")) not in found
    assert ("Lakeside", text.rindex("Lakeside")) in found


@pytest.mark.parametrize(
    ("sentence", "teams"),
    [
        ("Oldland , who thrashed Newland 5-1 last week , drew .", ["Newland"]),
        ("The Rivertons blanked the Lakeside Cats 7-0 on Friday .", ["Rivertons", "Lakeside Cats"]),
        ("Oldland drew 2-2 with Newland on Saturday .", ["Oldland", "Newland"]),
        ("Oldland dominated the qualifier from the start .", ["Oldland"]),
        ("Oldland came from behind to beat Newland 4-2 .", ["Oldland", "Newland"]),
        # and a participle describing the team
        ("Oldland played well against struggling Newland .", ["Newland"]),
        ("It was a win over the battling Newland .", ["Newland"]),
        # or a word of the team's form
        ("It was a win over the unbeaten Newland .", ["Newland"]),
        ("Oldland played well against lowly Newland .", ["Newland"]),
        # names listed with a team, by "and" or "or", are teams; a comma alone makes no list
        (
            "Title rivals Oldshire , Newshire and Westshire all closed in on victory .",
            ["Oldshire", "Newshire", "Westshire"],
        ),
        (
            "June 2 v Oldshire or Newshire or Westshire ( three days )",
            ["Oldshire", "Newshire", "Westshire"],
        ),
        ("Fans came from Oldshire , Newshire and Westshire .", []),
        ("At the Oval , Oldshire closed on 429 for seven .", ["Oldshire"]),
    ],
)
def test_match_phrasing_passes_over_the_and_a_score(sentence: str, teams: list[str]) -> None:
    text = "SOCCER - WORLD CUP QUALIFIER .\n" + sentence + "\n"
    assert [fact.text for fact in organizations(text)] == teams


def test_a_nationality_before_a_player_role_is_no_team() -> None:
    text = (
        "SOCCER - OLDLAND STRIKER TO RETIRE .\n"
        "German international striker Hans Vogel will retire , Oldland said .\n"
    )
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.organizations] == []


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
        "CRICKET - TOUR ITINERARY .\nMay 13 Arrive in Oldland\nMay 14 Practice at Lord 's\n",
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
            "Varnia - 15 - Andre Joubert , 14 - Justin Swart\n",
            ["Varnia"],
        ),
    ],
)
def test_a_team_before_a_dash_and_its_players(text: str, teams: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == teams


def test_a_team_is_cut_before_in_on_for_and_a() -> None:
    text = (
        "SOCCER - WORLD CUP QUALIFIER .\n"
        "Oldland face Newland in a World Cup qualifier on Saturday .\n"
    )
    found = [fact.text for fact in organizations(text)]
    assert found == ["Oldland", "Newland"]


def test_both_sides_of_a_match_between_two_teams_but_not_a_route() -> None:
    text = (
        "CRICKET - ONE-DAY SERIES SCOREBOARD .\n"
        "Scoreboard of the second one-day match between Kenya and New Zealand on Sunday :\n"
        "The cyclists rode the stage between Arnhem and Breda on Monday .\n"
    )
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.organizations] == ["Kenya", "New Zealand"]


def test_possessive_of_a_known_or_earlier_name() -> None:
    found = organizations("The NRA's refusal angered many. The Washington Post's editors agreed.")
    assert [(fact.text, fact.name) for fact in found] == [
        ("NRA", "National Rifle Association"),
        ("The Washington Post", "The Washington Post"),
    ]
    found = organizations("Globex Corp. said so. Globex's chief executive agreed.")
    assert [fact.text for fact in found] == ["Globex Corp.", "Globex"]


def test_club_and_united_need_a_sports_report() -> None:
    found = organizations("Citizens United spent millions, and the Club for Growth followed.")
    assert [(fact.text, fact.kind) for fact in found] == [
        ("Citizens United", None),
        ("Club for Growth", None),
    ]


def test_the_place_a_team_travels_to_for_a_match_is_no_team() -> None:
    text = (
        "Rovers beat Albion 2-1 on Saturday. Rovers travel to Porto to face Benfica on"
        " Wednesday, while Albion lost to Wolves."
    )
    teams = [fact.text for fact in organizations(text)]
    assert teams == ["Rovers", "Albion", "Rovers", "Benfica", "Albion", "Wolves"]


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
            "3. Anna Berg ( Sweden ) , Reynard Mercedes-Benz , 54.507\n",
            ["Lola Ford", "Falcon Honda", "Reynard Mercedes-Benz"],
        ),
        # the initial of a club's town after its name, not a player's country
        (
            "SOCCER - LEAGUE RESULTS .\n"
            "Results of league matches played on Saturday :\n"
            "Oldgrad 2 Mladost ( L ) 0 Radnik ( BN ) 1 Zorka 1\n"
            "Ivo Brandt ( SA ) 68 70 65\n",
            ["Oldgrad", "Mladost ( L )", "Radnik ( BN )", "Zorka"],
        ),
        # a club's one word before its country and a score or "beat"; not a player's
        # two names, nor a town's initials
        (
            "BASKETBALL - TOURNAMENT RESULTS .\n"
            "Results of an international basketball tournament on Friday :\n"
            "Lindenbank ( Zorland ) 92 Ferroni ( Italy ) 81 ( halftime 50-28 )\n"
            "Ferroni ( Italy ) beat Oldgrad ( Norway ) 92-90\n"
            "Ivo Brandt ( Germany ) beat Paolo Verdi ( Italy ) 6-2 6-3\n",
            ["Lindenbank", "Ferroni", "Ferroni", "Oldgrad"],
        ),
        # a club's name holding a possessive and one word after it, in a results line
        (
            "RUGBY UNION - LEAGUE RESULTS .\n"
            "Results of league matches on Saturday :\n"
            "Oldgrad 45 Heriot 's F.P. 5\n"
            "Oldtown 's Rovers 3 1 1 1 6 8 4\n",
            ["Oldgrad", "Heriot 's F.P.", "Oldtown 's Rovers"],
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
