"""The ``numbers`` field in reports of games: scores and records are no ranges ("won 3-1",
"the Bulls are 5-12"), points, a count of strokes with no event."""

from __future__ import annotations

import pytest

from number_checks import numbers


def test_a_count_of_nothing_in_a_game_report_has_no_event() -> None:
    text = (
        "Golf: Title holder Mark Dunn shot 68 on Thursday and trailed by six strokes "
        "after the opening round of the event, where Lee Park birdied the last hole to "
        "lead the field by two strokes."
    )
    assert [(q.text, q.event) for q in numbers(text) if q.text == "68"] == [("68", None)]


def test_scores_are_not_ranges() -> None:
    assert [q.value for q in numbers("The vote was 52 to 48.")] == [52, 48]


@pytest.mark.parametrize(
    "text",
    [
        "The justices struck the law down in a 5-to-4 decision on Monday.",
        "A 4-to-4 tie left the lower court's ruling in place.",
        "Fans were outnumbered 3-to-1 by stewards.",
    ],
)
def test_a_tally_written_with_to_between_hyphens_is_no_count(text: str) -> None:
    # as "a 5-4 decision" is not: "5-to-4" counted "to-4 decision", the 4 a "decision"
    assert numbers(text) == []


def test_an_ascending_pair_with_to_between_hyphens_is_still_a_range() -> None:
    [speed, _] = numbers("The car goes 0-to-60 mph in 3 seconds.")
    assert (speed.text, speed.low, speed.high, speed.unit) == ("0-to-60", 0, 60, "mile per hour")


def test_a_glued_point_in_a_report_of_games_is_a_game_point() -> None:
    game = (
        "The Lakers rallied from an 18-point deficit to beat the Warriors 121-114 on"
        " Saturday. LeBron James scored 23 points and the Lakers won the game."
    )
    poll = "Her party held a 5-point lead in the latest poll of voters in Ohio."
    [deficit] = [fact for fact in numbers(game) if fact.value == 18]
    [lead] = numbers(poll)
    assert (deficit.text, deficit.kind, deficit.unit) == ("18", "measure", "point")
    assert (lead.text, lead.kind, lead.unit) == ("5-point", "percent", "percentage point")


@pytest.mark.parametrize(
    ("text", "points"),
    [
        # a report told in few sports words, its teams' records in brackets
        (
            "Kansas City (4-0) overcame a 10-point deficit to edge Cincinnati (1-3) 27-24 on"
            " Sunday, and Denver (2-2) lost a game it had led by two touchdowns in the fourth"
            " quarter, when its defense gave up long drives on four straight possessions and"
            " its offense stalled twice before a late fumble ended its last hope of a comeback"
            " in front of a sellout crowd that had come to see a rout.",
            [("10", "measure", "point")],
        ),
        # a game's points, glued to a shot's noun or counted
        (
            "Tatum hit a 3-point shot with 20 seconds left and Boston won by 7 points.",
            [("3", "measure", "point"), ("7", "measure", "point")],
        ),
    ],
)
def test_points_in_a_report_of_games(text: str, points: list[tuple[str, str, str]]) -> None:
    found = [
        (fact.text, fact.kind, fact.unit) for fact in numbers(text) if fact.value in (3, 7, 10)
    ]
    assert found == points


_GAME = (
    "The Bulls beat the Knicks 101-99 on Friday, their third win in four games, and the coach"
    " praised the defense after the game. "
)


@pytest.mark.parametrize(
    ("sentence", "ranges"),
    [
        # a team's record or a score read low first is no range in a report of games
        ("The Bulls are 5-12 on the road and were 3-11 last season.", []),
        ("He lost the first set 6-7 and the tiebreak 4-7.", []),
        # but an age, and a count of a noun, stay ranges
        ("The camp is for girls aged 14-15.", ["14-15"]),
        ("Coaches expect 2-3 players to miss the game.", ["2-3"]),
    ],
)
def test_a_score_or_record_in_a_report_of_games_is_no_range(
    sentence: str, ranges: list[str]
) -> None:
    assert [fact.text for fact in numbers(_GAME + sentence) if fact.low is not None] == ranges


def test_a_dashed_pair_outside_a_report_of_games_is_a_range() -> None:
    [found] = numbers("Of the council's members, 5-12 are expected to vote for the plan.")
    assert (found.low, found.high, found.counted) == (5, 12, None)
