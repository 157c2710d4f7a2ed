"""A country before its possessive after a cue of companies is no company: what a stake is
taken in is the country's fields, not the country ("a stake in Guyana's offshore fields";
``cues._no_body``); a company owned after it stays one ("shares of Brazil's Petrobras")."""

from __future__ import annotations

import pytest

from organization_checks import organizations


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The deal gives Norcliff Energy a stake in Guyana's offshore oil fields.",
            [("Norcliff Energy", "company")],
        ),
        ("Exxon bought a stake in Brazil's largest oil field.", [("Exxon", "company")]),
        ("Shares of Brazil's Petrobras fell 3% on Monday.", [("Petrobras", "company")]),
        ("He bought shares of Zorbex's parent last year.", [("Zorbex", "company")]),
    ],
)
def test_a_country_owning_what_a_cue_names_is_no_company(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(fact.text, fact.kind) for fact in organizations(text)] == found
