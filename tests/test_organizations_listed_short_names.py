"""The short names business news gives a listed company once its full name is written
(``data/listed_short_names.tsv`` of the organizations field): "Novo Nordisk ... Novo said",
"Eli Lilly ... keep Lilly ahead", "Goldman Sachs ... Goldman said". Not before or without
the full name: alone, "Lilly" is a given name and "Novo" a word of other names.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "Novo Nordisk shares jumped 6 percent. Novo said it would file for approval.",
            [("Novo Nordisk", "Novo Nordisk"), ("Novo", "Novo Nordisk")],
        ),
        (
            "Eli Lilly said sales rose, and analysts said its new drug would keep Lilly ahead.",
            [("Eli Lilly", "Eli Lilly"), ("Lilly", "Eli Lilly")],
        ),
        (
            "Goldman Sachs cut its forecast. Goldman said growth would slow.",
            [("Goldman Sachs", "Goldman Sachs"), ("Goldman", "Goldman Sachs")],
        ),
        (
            "Lockheed Martin won the contract. Lockheed said it would hire 500 workers.",
            [("Lockheed Martin", "Lockheed Martin"), ("Lockheed", "Lockheed Martin")],
        ),
        # no full name: no company
        ("Lilly, 7, was rescued from the river, her mother said.", []),
        ("Novo Banco said profit rose in the first half.", [("Novo Banco", "Novo Banco")]),
    ],
)
def test_a_short_name_after_the_full_name(text: str, mentions: list[tuple[str, str]]) -> None:
    assert [(mention, name) for mention, name, _ in found(text)] == mentions
