"""The ``numbers`` field: a player's shirt number before a hyphen and the name, as a wire's
team lists write them, is no quantity ("Ruritania - 1 - Ivo Brandt , 4 - Marc de Vries ( 15 -
Tom Ruhl 60th ) ; 9 - Lars Olsen"; ``data/identifiers.tsv``), nor a seed's number before a
hyphen, the player's name and country in a results list ("3 - Ana Ruiz ( Spain ) beat 6 - Eva
Holm ( Norway ) 6-4 6-2"); a score with a hyphen stays.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts

_TEAMS = (
    "Teams :\nRuritania - 1 - Ivo Brandt , 4 - Marc de Vries ( 15 - Tom Ruhl 60th ) ; 9 - Lars"
    " Olsen , 11- Pal Berg ( 12 - Ole Sand , 71st ) 8 - Jan Lind .\n"
)


def test_the_shirt_numbers_of_a_team_list_are_no_quantities() -> None:
    # the substitutes' minutes stay: ordinals of the game's minutes
    assert [row[:3] for row in facts(_TEAMS)] == [("60th", 60, "ordinal"), ("71st", 71, "ordinal")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Results : Leeds 2 - Hull 1 , York 0 - Bury 3 .", ["2", "1", "0", "3"]),
        ("Pay rose , 3 - 4 percent , last year .", ["3 - 4 percent"]),
    ],
)
def test_other_numbers_before_a_hyphen_stay(text: str, spans: list[str]) -> None:
    assert [row[0] for row in facts(text)] == spans


_SEEDS = (
    "Results ( prefix number denotes seeding ) : 3 - Ana Ruiz ( Spain ) beat 6 - Eva Holm"
    " ( Norway ) 6-4 6-2\nOla Berg ( Czech Republic ) beat 15 - Ida Lund ( Sweden ) 7-5 6-1\n"
)


def test_the_seeds_of_a_results_list_are_no_quantities() -> None:
    assert facts(_SEEDS) == []
