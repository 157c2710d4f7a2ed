"""The locations field on a town named in a sentence of a sports report before a club's or a
ground's noun in lower case: the town the club or the ground is in ("the Kazan club", "the
north Lyon club", "the Kazan stadium"), which every corpus marks, while a town standing
alone or before another noun is still the team's ("Fulham looked stronger", "the Fulham
side"). Check ``sports-unsupported``,
:func:`newsfacts_locations.sports_checks.sports_unsupported`. Sentences written for these
tests; each story opens with a sentence of sport."""

from __future__ import annotations

import pytest

from location_checks import sports_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They sit a point behind the Kazan club with two games left .",
            [("Kazan", "RU")],
        ),
        (
            "He signed for the north Lyon club on Friday after the 2-1 win .",
            [("Lyon", "FR")],
        ),
        (
            "The coach said the Kazan stadium would host the final after the 2-1 win .",
            [("Kazan", "RU")],
        ),
    ],
)
def test_a_town_before_a_clubs_or_a_grounds_noun_is_the_town(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert sports_places(text) == expected


def test_a_town_before_another_noun_stays_the_teams() -> None:
    # (a town standing alone: test_locations_sports_countries)
    assert sports_places("The coach said the Fulham side looked stronger after the break.") == []
