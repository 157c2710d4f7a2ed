"""The organizations field in sports reports: the phrasing of prose that names a side ("X beat
Y", "against X", "a match between X and Y") and the words that tell a place, a player or a venue
from a team."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import found, organizations


def test_a_headline_in_capitals_is_split_at_its_sports_verb() -> None:
    text = "SOCCER - ROVERS BEAT ALBION 2-1 IN CUP FINAL .\nLONDON 1996-08-30\nRovers won ."
    assert [fact.text for fact in organizations(text)] == ["ROVERS", "Rovers"]


def test_a_player_named_with_his_countrys_possessive_is_no_team() -> None:
    text = (
        "TENNIS - CLAY COURT RESULTS .\nLAKEPORT 1997-05-14\nTom Reed took 11 of the final 14"
        " points from Chile 's Diego Varela in the second set ."
    )
    assert [fact.text for fact in organizations(text) if "Varela" in fact.text] == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "There were wins for champions Oldshire , 48-10 winners over Newshire .",
            ["Oldshire", "Newshire"],
        ),
        ("They must stay level with title hopefuls Oldshire .", ["Oldshire"]),
        ("There were narrow successes for Oldshire and Newshire .", ["Oldshire", "Newshire"]),
        (
            "Oldshire has won 9 of its last 14 , and Newshire tied it up late .",
            ["Oldshire", "Newshire"],
        ),
        ("Oldshire were held to a scoreless draw by Newshire .", ["Oldshire", "Newshire"]),
        ("Sitting two points behind Oldshire , they must win .", ["Oldshire"]),
        # a team's possessive past a number or an ordinal before a noun of its play
        ("Reed committed three of Oldshire 's four errors .", ["Oldshire"]),
        ("Tom Reed scored Newshire 's second goal in the 70th minute .", ["Newshire"]),
        # a side eliminated, not a player
        ("Since Oldshire has been eliminated from every cup , the boss quit .", ["Oldshire"]),
        ("Newshire were knocked out of the cup on Saturday .", ["Newshire"]),
        ("Reed was eliminated in the second round .", []),
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
        # the club a player or a coach makes his debut with
        ("Jones kicked six penalties on his coaching debut with Oldshire .", ["Oldshire"]),
        ("Brown scored twice on his debut for Newshire .", ["Newshire"]),
        # a cricket side its opponents' bowlers reduce to a score
        ("Rain came after Oldshire reduced Newshire to 98 for six .", ["Oldshire", "Newshire"]),
        # an adverb of the result between a team and its verb
        ("Oldshire also beat Newshire on Sunday .", ["Oldshire", "Newshire"]),
        ("Oldshire twice came from behind to draw .", ["Oldshire"]),
        # a competition named by its sides' number is no team, before a role's word too
        ("Oldshire beat Newshire in a tense Six Nations opener .", ["Oldshire", "Newshire"]),
        # a noun for one person of a country names a player; in the plural, a side
        ("He beat the Spaniard , and the Kiwis beat Newshire .", ["Kiwis", "Newshire"]),
        # a country its head word makes no organization of is a national side here
        ("The United States beat Mexico 2-0 in the final .", ["United States", "Mexico"]),
        # a club known by its town's name, before a relative clause of a match
        ("Fulham , who host Brentford on Sunday , can go fifth .", ["Fulham", "Brentford"]),
    ],
)
def test_match_phrasing_in_prose_names_a_side(sentence: str, found: list[str]) -> None:
    text = "RUGBY UNION - ENGLISH LEAGUE REPORT .\nLONDON 1996-08-31\n"
    assert [fact.text for fact in organizations(text + sentence)] == found


def test_a_place_before_a_player_role_is_his_team() -> None:
    text = (
        "CRICKET - COUNTY CHAMPIONSHIP RESULTS .\n"
        "Scores of county championship games on Friday :\n"
        "Oldshire 310 Newshire 205\n"
        "Former Westshire batsman Joe Green made 80 , and South African all-rounder Sam Wood took "
        "four wickets for 40 runs in the innings victory .\n"
    )
    # Through the extractor: the people field tells the batsman from a team.
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.organizations] == ["Oldshire", "Newshire", "Westshire"]


def test_a_plural_name_after_the_is_a_team_but_not_a_plural_place() -> None:
    text = (
        "BASEBALL - SUNDAY 'S MAJOR LEAGUE RESULTS .\n"
        "Results of major league baseball games on Sunday :\n"
        "Sam Reed hit two homers as the Riverton Red Hawks cruised to a 5-2 victory over "
        "the Blue Foxes .\n"
        "The winners flew home to the United States on Monday .\n"
    )
    found = [(fact.text, fact.kind) for fact in organizations(text)]
    assert found == [("Riverton Red Hawks", "sports"), ("Blue Foxes", "sports")]


def test_a_team_named_opening_a_sentence_after_in_is_the_venue() -> None:
    text = (
        "BASEBALL - MAJOR LEAGUE ROUNDUP .\n"
        "Riverton beat Lakeside 4-2 on Friday .\n"
        "In Riverton , Sam Reed gave up two hits across seven innings .\n"
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
            "Title rivals Oldshire , Newshire and Westshire all edged closer to victory .",
            ["Oldshire", "Newshire", "Westshire"],
        ),
        (
            "June 2 v Oldshire or Newshire or Westshire ( three days )",
            ["Oldshire", "Newshire", "Westshire"],
        ),
        ("Fans came from Oldshire , Newshire and Westshire .", []),
        ("At the Oval , Oldshire closed on 387 for six .", ["Oldshire"]),
    ],
)
def test_match_phrasing_passes_over_the_and_a_score(sentence: str, teams: list[str]) -> None:
    text = "SOCCER - WORLD CUP QUALIFIER .\n" + sentence + "\n"
    assert [fact.text for fact in organizations(text)] == teams


def test_a_nationality_before_a_player_role_is_no_team() -> None:
    text = (
        "SOCCER - OLDLAND STRIKER TO RETIRE .\n"
        "Dutch international forward Hans Vogel will retire , Oldland said .\n"
    )
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.organizations] == []


def test_a_team_is_cut_before_in_on_for_and_a() -> None:
    text = (
        "SOCCER - WORLD CUP QUALIFIER .\n"
        "Oldland face Newland in a World Cup qualifier on Tuesday .\n"
    )
    found = [fact.text for fact in organizations(text)]
    assert found == ["Oldland", "Newland"]


def test_both_sides_of_a_match_between_two_teams_but_not_a_route() -> None:
    text = (
        "CRICKET - ONE-DAY SERIES SCOREBOARD .\n"
        "Scoreboard of the fourth one-day game between Kenya and Ireland on Tuesday :\n"
        "The cyclists rode the stage between Arnhem and Breda on Monday .\n"
    )
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.organizations] == ["Kenya", "Ireland"]


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
    ("text", "found"),
    [
        (
            "SOCCER - NORWAY BEAT MALTA IN WORLD CUP QUALIFIER .\nOSLO 1997-06-08\n"
            "The hosts won 3-1 on Sunday .",
            [("NORWAY", "Norway"), ("MALTA", "Malta")],
        ),
        (
            "SOCCER - SCOTLAND DRAW WITH AUSTRIA IN VIENNA .\nVIENNA 1996-08-31\n"
            "The Scots held the hosts to a goalless draw on Saturday .",
            [("SCOTLAND", "Scotland"), ("AUSTRIA", "Austria")],
        ),
        # A player or a coach in capitals beside the phrasing is no side
        (
            "RUGBY UNION - MOORE SEALS VICTORY OVER JENKINS AND BATH .\nLONDON 1996-08-31\n"
            "The home side won 25-23 .",
            [],
        ),
    ],
)
def test_a_country_beside_sports_phrasing_in_a_headline_in_capitals_is_its_side(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(fact.text, fact.name) for fact in organizations(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # sides the story names, listed with a comma in the headline: no dateline's place
        (
            "SOCCER - ITALY , CROATIA SQUADS NAMED FOR QUALIFIER .\nROME 1996-09-02\n"
            "Italy beat Moldova 3-1 last week and coach Arrigo Sacchi kept the same squad "
            "for Wednesday 's match against Croatia .",
            ["ITALY", "CROATIA", "Italy", "Moldova", "Croatia"],
        ),
        # but the place opening the dateline, before its comma, is the place
        (
            "BASEBALL - DETROIT , OAKLAND SPLIT DOUBLEHEADER .\n"
            "DETROIT , Michigan 1996-09-03\n"
            "Detroit beat Oakland 7-3 in the first game before Oakland won the second 4-1 .",
            ["DETROIT", "OAKLAND", "Detroit", "Oakland", "Oakland"],
        ),
    ],
)
def test_a_side_before_a_comma_in_a_headline_in_capitals_is_no_dateline(
    text: str, found: list[str]
) -> None:
    assert [fact.text for fact in organizations(text)] == found


@pytest.mark.parametrize(
    ("sentence", "teams"),
    [
        # A region's people in the plural, after a point of the compass: no side
        ("The North Africans drew 2-2 with Togo on Thursday .", ["Togo"]),
        ("The West Indians beat Kenya by six wickets .", ["Kenya"]),
        # A club named by its people: still a side
        ("The Cleveland Indians beat the Royals 5-2 .", ["Cleveland Indians", "Royals"]),
    ],
)
def test_a_regions_people_in_the_plural_are_no_team(sentence: str, teams: list[str]) -> None:
    text = "SOCCER - WORLD CUP QUALIFIER .\n" + sentence + "\n"
    assert [fact.text for fact in organizations(text)] == teams


def test_a_contraction_opening_a_quote_is_no_team() -> None:
    text = (
        "Ada Lind won the Baltic Grand Prix from pole on Sunday. Mara Cole crashed out on lap "
        "23, ending a run of 11 points finishes.\n\n"
        '"It was my mistake," Cole told Sky Sports. "We\'ll go again in Monza."\n\n'
        "Lind's teammate Ivo Brandt finished third, his first podium since joining the team."
    )
    assert found(text) == [("Sky Sports", "Sky Sports", "media")]
