"""The ``numbers`` field: a bare number after "wind chill" or "wind chills" is a temperature
in degrees, as after "highs" or "temperatures", and so is one written with "minus" ("Wind
chills of minus 20 are possible")."""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Wind chills of minus 20 are possible by Friday morning.",
            ("minus 20", -20, "measure", "degree", None),
        ),
        (
            "Wind chills could reach -30 in the north.",
            ("-30", -30, "measure", "degree", None),
        ),
        (
            "The wind chill in Fargo hit minus 41 on Tuesday.",
            ("minus 41", -41, "measure", "degree", None),
        ),
        ("Highs will reach minus 5 at best.", ("minus 5", -5, "measure", "degree", None)),
    ],
)
def test_a_wind_chill_is_in_degrees(text: str, row: tuple[object, ...]) -> None:
    assert row in facts(text)


def test_minus_without_a_word_of_temperature_stays_a_count() -> None:
    assert ("minus 3", -3, "count", None, None) in facts("The index fell to minus 3 on Friday.")
