"""The people field on ships named after people: after a ship's noun the name is the
ship's, in the whole article (``data/vessel_nouns.txt``, ``vessels.py``). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier Carl Vinson docked in Busan on Tuesday.", []),
        ("The aircraft carrier Charles de Gaulle sailed from Toulon on Monday.", []),
        # and its other mentions
        ("The destroyer Arleigh Burke fired two missiles. The Arleigh Burke returned.", []),
        # a person named after the ship's noun and a comma
        (
            "The carrier was ready, Admiral Jane Doyle said.",
            [("Jane Doyle", "Admiral", None)],
        ),
        # an airline after "carrier" stays no person, as before
        ("Budget carrier Ryanair said fares would rise.", []),
    ],
)
def test_a_ship_named_after_a_person(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
