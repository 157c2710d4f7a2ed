"""A story of television or film made and streamed is no sports report, though its top
speaks of a "final season" and a "finale": a word of the screen there ("premiere",
"showrunner", "streamer", "miniseries"; rows of the core's ``data/arts.txt``) rejects the
reading, so a show's title is no team and its towns stay places. A sports report naming a
sport stays one.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import found

SCREEN = [
    "The streaming service said the fifth and final season of the show would premiere in"
    " three parts, with the finale airing on New Year's Eve. The network's chief said it was"
    " one of its most-watched series, and HBO renewed The White Lotus for a fourth season.",
    "The showrunner said the final season would be filmed in Thailand, and the streamer"
    " confirmed the finale would run for two hours. The cast won the league of fans.",
    "The miniseries about the final of the 1966 World Cup will stream from May, the"
    " network said, with the cast wrapping the season's last scenes in Leeds.",
]

SPORTS = [
    "Basketball: the Lakers clinched the final playoff spot as the season ended, and the"
    " game will be streamed live on the network's app on Sunday.",
]


@pytest.mark.parametrize("text", SCREEN)
def test_a_screen_story_is_no_sports_report(text: str) -> None:
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    assert not document.sports_report


@pytest.mark.parametrize("text", SPORTS)
def test_a_sports_report_stays_one(text: str) -> None:
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    assert document.sports_report


def test_a_show_is_no_team() -> None:
    assert [(name, kind) for _, name, kind in found(SCREEN[0])] == [("HBO", None)]
