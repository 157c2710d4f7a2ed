"""The locations field on a village's name right before a number: a capitalized common noun
numbering a rule, a clause or a form ("Rule 40", "Section 8"), no place, unless a qualifier
or support says it is the village (``town_checks.numbered``, the check ``numbered-name``).
Sentences of political and local news, the first from a 2016 report on the Republican
Party's nomination rules."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Texas Sen. Ted Cruz has won 4 states. Under the party's rules — "
            "notably Rule 40, as it stands — a candidate needs a majority in eight. "
            "Rule 40 could still be rewritten by the delegates "
            "this summer.",
            [("Texas", "Texas", "admin")],
        ),
        (
            "Alabama officials said Section 8 vouchers are scarce in Mobile.",
            [("Alabama", "Alabama", "admin"), ("Mobile", "Mobile", "city")],
        ),
        # support, or a number that is no name's: the village stays
        (
            "Police said the shooting happened in the town of Rule 20 miles north of "
            "Abilene, Texas.",
            [
                ("Rule", "Rule", "city"),
                ("Abilene", "Abilene", "city"),
                ("Texas", "Texas", "admin"),
            ],
        ),
        (
            "Police in Texas said the man was from Rule.",
            [("Texas", "Texas", "admin"), ("Rule", "Rule", "city")],
        ),
    ],
)
def test_a_village_before_a_number_is_a_numbered_name(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    assert [(fact.text, fact.name, fact.kind) for fact in places(text)] == found
