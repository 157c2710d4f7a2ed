"""The people field on a list of towns after a noun of towns and "of": its last name, after
"and", is a town's as the first is ("the cities of Dunmore and Rose Hill", surroundings.py)."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
CASES: list[tuple[str, Expected]] = [
    ("The deal binds the cities of Dunmore and Rose Hill to new rates.", []),
    ("Crews reached the towns of Avon, Bly and Lily Dale on Monday.", []),
    # no noun of towns before the list: a person may end it
    ("The mayors of Avon and Bly met Morgan Hill on Monday.", [("Morgan Hill", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_last_town_of_a_list(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
