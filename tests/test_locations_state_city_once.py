"""The locations field on a city abroad named in a story that names a big city of the same
name as its state once ("New York"): the city abroad, not the small town of that state its
one vote pulled it to (``state_city.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Amsterdam and Geneva were the towns of upstate New York
        (
            "Officials in New York said the exhibition would travel next year to museums "
            "in Amsterdam and Geneva.",
            [("New York", "US"), ("Amsterdam", "NL"), ("Geneva", "CH")],
        ),
        (
            "Police in New York said the suspect had fled to Geneva.",
            [("New York", "US"), ("Geneva", "CH")],
        ),
        # the state named by a dateline, or by other towns of it: the town of the state
        (
            "AMSTERDAM, N.Y. (AP) — The mayor of Amsterdam said the mill would close.",
            [("AMSTERDAM", "US"), ("N.Y.", "US"), ("Amsterdam", "US")],
        ),
        (
            "The mill in Amsterdam will close, officials in Schenectady and Albany said.",
            [("Amsterdam", "US"), ("Schenectady", "US"), ("Albany", "US")],
        ),
    ],
)
def test_one_mention_of_a_city_named_like_its_state(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(place.text, place.country_code) for place in places(text)] == expected
