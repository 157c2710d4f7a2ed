"""One reading of "is this a sports report?", made by the core and shared by every field."""

from __future__ import annotations

import doctest

import pytest

import newsfacts
from newsfacts import genre

SPORTS = [
    # a sport named at the top, talked of below
    "Cricket: Essex beat Kent by six wickets at Chelmsford on Sunday.",
    # dense with words of sports reporting, no sport named
    "The striker scored twice as the home side won the match 3-1 and moved second in the league.",
    # a results line
    "Soccer - English league results: Leicester 2 Chelsea 1, Stoke 0 Everton 0.",
    # a sport's name of two words
    "Motor racing: Max Verstappen won the Dutch Grand Prix from pole on Sunday.",
    # American football, in its own words
    "Patrick Mahomes threw two touchdown passes as the Kansas City Chiefs beat the Baltimore "
    "Ravens 27-20. Ravens quarterback Lamar Jackson ran for 122 yards.",
    # a game's story told in yards, carries and assists, with few other words of sport
    "Bijan Robinson ran for 112 yards on 19 carries and a touchdown, and the Atlanta Falcons "
    "held on against the Carolina Panthers on a day when the wind made every kick an adventure "
    "and the crowd stayed until the end. Drake London caught nine passes for 101 yards, and "
    "Trae Young had 12 assists the night before across town.",
    # golf, in its own words
    "Scottie Scheffler shot a 4-under 67 on Saturday to take a four-shot lead into the final "
    "round. He birdied the last two holes to reach 14 under par.",
    # a short item: one sports word and a score
    "Liverpool beat Bournemouth 4-2 at Anfield on Friday.",
    # a side's record told in one word
    "The unbeaten Chiefs host the winless Jets on Sunday, and the Bills, undefeated at home, "
    "travel to Miami.",
    # a contest that is no sport named beside a sport: the sport decides
    "The Lincoln High debate team won the state title on Saturday, and the football team beat "
    "Central 21-14 in the championship game on Friday night.",
    # a word of the arts beside a sport named at the top: the sport decides
    "Cricket: the band played the anthem as Essex beat Kent by six wickets on Sunday, and "
    "their captain scored 80 runs in the final.",
    # a name that is a word of the arts too is no word of the arts: Singer the pitcher
    "Brady Singer struck out nine over six innings as the Royals beat the Tigers 4-1 on "
    "Sunday, and the bullpen held on for the win.",
    # teams' win-loss records after their names, in a story of few sports words
    "Mahomes leads late comeback. Patrick Mahomes threw a go-ahead pass with 40 seconds left "
    "as Kansas City (4-0) overcame a 10-point deficit to edge Cincinnati (1-3) 27-24 on "
    "Sunday. The Bengals had taken a 24-14 lead early in the fourth quarter. Joe Burrow threw "
    "for 287 yards but was sacked five times. Denver (2-2) visits next week, while Cincinnati "
    "hosts Cleveland (0-4) and the Broncos try to get back above .500 on the road.",
]
NOT_SPORTS = [
    # a range of numbers is no score
    "Prices rose 2-3% as the company won a contract in Ohio.",
    "The city council voted on Tuesday to close the bridge for repairs.",
    # the first word of a sport's name, not the name: "motor" of a carmaker, not motor racing
    "Workers at Hyundai Motor Co. walked off the job, and the company offered a raise of "
    "100,000 won ($72) and a bonus of 15.8 million won.",
    # a sport named late, once, in an article about something else
    "The minister said on Monday that spending on schools, roads and hospitals would be cut "
    "next year as the government tries to close a deficit that has grown for three years, and "
    "that the new football stadium the city had planned would have to wait.",
    # a sport named at the top, not talked of: one sports word in more than 80
    "Tennis courts in the park will be resurfaced, the parks department said in a statement "
    "that described the work, its cost and the dates when the park will be closed to visitors, "
    "who were asked to use the library car park instead while contractors finish the job, "
    "which the department expects to take about six weeks if the weather holds and the "
    "materials arrive on time from the supplier in the north of the county, officials said "
    "in the statement, which was posted on the city website on Friday.",
    # a sport's name before a ground names the ground, not the sport
    "The Town of Greenburgh board approved a plan to build 120 affordable apartments on a "
    "former golf course off Dobbs Ferry Road.",
    # one record-like bracket, a court's vote, and a span of years: no teams' records
    "The court ruled (5-4) that the law, in force for decades (1990-95 aside), stands. The "
    "governor, who won a second term last year, said the state would comply with the ruling, "
    "and lawmakers from both parties said they would study it before the session opens.",
    # a contest that is no sport, told in words of sport: teams, tournaments, championships
    "Robotics club takes state crown. The Lincoln High robotics team won the state "
    "championship on Saturday, defeating squads from 14 schools in the last round of the "
    "contest. The team heads to the national tournament in June, coach Ellen Ward said.",
    "Chess prodigy, 11, wins junior title. An 11-year-old from Dayton won the state junior chess "
    "championship on Sunday, beating players twice her age in the final round of the "
    "tournament. She won six games and drew one, and her coach said she had trained every day.",
    # a story of the arts, told in words of sport: won, played, final, tour, team
    "Coldplay win album of the year at Grammys. Coldplay won album of the year at the Grammy "
    "Awards on Sunday, beating Radiohead. The band played a new song in the final performance "
    "of the night and thanked fans who had followed their world tour for a decade.",
    "Cannes film festival opens. The film festival opened on Tuesday with a drama that won "
    "praise from critics, and the jury will award the Palme d'Or on Saturday. The film played "
    "to a packed house; the director and his team said the final cut was done a week ago.",
    "The hit TV series will end after its final season, the network said. The sitcom, which "
    "won four awards, played to record audiences, and the final episode will air in May; the "
    "team that wrote it said the season would close every story.",
    # an election, told in words of sport: win, game, victory, defeat, race
    "Ortega takes Nevada Republican caucuses. Luis Ortega won the caucuses on Tuesday, "
    "a victory his campaign called a big win in the race, while his rival took Texas and "
    "Virginia and said the game was far from over after a night of defeats and wins.",
    "Ruling bloc set for landslide in elections. The ruling bloc's partners on Monday "
    "forecast a crushing victory, a landslide win that led their opponents to speak "
    "of defeat; the party said it would win two-thirds of the seats in the final count.",
    # one sports word in two forms is one kind: "match" and "matches"
    "Library to host skills match sessions. The public library will host sessions that match "
    "job seekers with employers on Tuesday. The sessions, which match skills to openings, are "
    "free; last year's matches placed 40 people in jobs, the director said.",
    # one sports word, over and over: a rescue squad's story
    "Rescue squad asks for help. Homeowners will receive a letter from the Rescue Squad. The squad "
    "asks for donations, and the squad's members are volunteers.",
]


def _reads_as_sports(text: str) -> bool:
    return newsfacts.Document.from_article(newsfacts.Article(text=text)).sports_report


@pytest.mark.parametrize("text", SPORTS)
def test_a_sports_report_is_read_as_one(text: str) -> None:
    assert _reads_as_sports(text)


@pytest.mark.parametrize("text", NOT_SPORTS)
def test_other_news_is_not_a_sports_report(text: str) -> None:
    assert not _reads_as_sports(text)


def test_only_the_opening_is_read() -> None:
    """A sports page appended to a long report does not turn the report into sport."""
    report = "The council met on Tuesday and voted to close the bridge for repairs. " * 40
    results = "Soccer results: Leicester 2 Chelsea 1. The striker scored twice in the match. "
    assert not _reads_as_sports(report + results * 20)
    assert _reads_as_sports(results * 20 + report)


def test_a_band_that_won_at_an_awards_show_is_no_team() -> None:
    article = newsfacts.Article(
        text="Coldplay win album of the year at Grammys. Coldplay won album of the year at "
        "the Grammy Awards on Sunday, beating Radiohead and Arctic Monkeys. The band played a "
        "new song in the final performance of the night."
    )
    organizations = newsfacts.extract(article).to_dict()["facts"]["organizations"]
    assert [fact["text"] for fact in organizations if fact["kind"] == "sports"] == []


def test_the_checks_are_named_in_order() -> None:
    assert [check.name for check in genre.SPORTS_REPORT] == [
        "contest-named",
        "arts-named",
        "sport-named",
        "dense",
        "scored",
        "recorded",
    ]


def test_the_module_examples_run() -> None:
    outcome = doctest.testmod(genre, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert (outcome.attempted, outcome.failed) == (3, 0)
