"""The organizations field on a listed charity's umbrella body, "International" after its
name ("Save the Children International", as "Oxfam Australia" names a branch:
``data/branch_places.txt``), and on a police force named by two fields joined by "and"
("the Fish and Wildlife Police": "Wildlife" is a field's word, no place's, whose own force
"and" would start: ``data/field_endings.txt``)."""

from __future__ import annotations

import pytest

from organization_checks import Phrase, check_phrase

PHRASES: list[Phrase] = [
    (
        "Inger Holm, chief executive of Save the Children International, said convoys were"
        " blocked.",
        "Save the Children International",
        "Save the Children International",
        None,
        "ngo",
    ),
    (
        "Save the Children International said on Monday it would send more staff.",
        "Save the Children International",
        "Save the Children International",
        None,
        "ngo",
    ),
    (
        "Officers from the Fish and Wildlife Police arrested a man on Friday.",
        "Fish and Wildlife Police",
        "Fish and Wildlife Police",
        None,
        "government",
    ),
    # A police force of a place after "and" is still a force of its own
    (
        "Unite and Kent Police said the march would go ahead.",
        "Kent Police",
        "Kent Police",
        None,
        "government",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "name", "acronym", "kind"), PHRASES)
def test_umbrella_and_joined_fields(
    sentence: str, text: str, name: str, acronym: str | None, kind: str | None
) -> None:
    check_phrase(sentence, text, name, acronym, kind)
