"""In a headline in capitals, "IN", "NEAR" and "OUTSIDE" before a name say it is a place, as
they do in a sentence in lower case; "AT" does not ("TORONTO AT OAKLAND" joins two teams)."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TENNIS - KOVAC AND LINDQVIST TO PLAY IN TULSA .\nNEW YORK 1997-06-02\n"
            "Kovac beat Lindqvist 6-3 6-4 in their last match , the tour said on Monday .",
            [("TULSA", "Tulsa", "US"), ("NEW YORK", "New York City", "US")],
        ),
        (
            "GOLF - BRANDT TAKES TWO-SHOT LEAD NEAR BOISE .\nCHICAGO 1997-07-11\n"
            "Brandt shot a seven-under-par 64 on Thursday to lead the field by two strokes .",
            [("BOISE", "Boise", "US"), ("CHICAGO", "Chicago", "US")],
        ),
        # "AT" between two names in capitals is a fixture: the first team names no place
        (
            "BASEBALL - TORONTO AT OAKLAND .\nOAKLAND 1997-07-11\n"
            "Results of the game on Thursday .",
            [("OAKLAND", "Oakland", "US")],
        ),
    ],
)
def test_a_preposition_of_place_in_a_headline_in_capitals(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(fact.text, fact.name, fact.country_code) for fact in places(text)] == expected
