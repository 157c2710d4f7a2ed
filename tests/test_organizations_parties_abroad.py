"""Parties of Georgia, Russia, Ukraine, Central Asia, Indonesia and the Nordic countries
named with no head word (``data/known.tsv`` of the organizations field): "Georgian Dream
won 54 percent" named nothing. Not "Moderates" alone, a common plural of politics.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Georgian Dream won 54 percent of the vote, the election commission said.",
            ["Georgian Dream"],
        ),
        (
            "The Georgian Dream party's decision to suspend talks angered protesters.",
            ["Georgian Dream"],
        ),
        (
            "United Russia and Yabloko fielded candidates in the Moscow election.",
            ["United Russia", "Yabloko"],
        ),
        (
            "Servant of the People and European Solidarity clashed in parliament.",
            ["Servant of the People", "European Solidarity"],
        ),
        (
            "Gerindra, Golkar and the PDI-P backed the budget.",
            ["Gerindra", "Golkar", "Indonesian Democratic Party of Struggle"],
        ),
        ("Amanat, Kazakhstan's ruling party, won a majority.", ["Amanat"]),
        ("The Finns Party gained seats, while Venstre lost.", ["Finns Party", "Venstre"]),
        ("Moderates in the ruling party balked at the bill.", []),
    ],
)
def test_a_party_without_its_head_word(text: str, names: list[str]) -> None:
    parties = found(text)
    assert [name for _, name, _ in parties] == names
    assert {kind for _, _, kind in parties} <= {"party"}
