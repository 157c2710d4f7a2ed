"""The locations field on the adjective of a nation of the United Kingdom before a place noun:
the nation, not the country (``nation_adjectives.tsv``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import by_text


@pytest.mark.parametrize(
    ("text", "adjective", "name", "kind"),
    [
        (
            "Firefighters rushed to a mill near the English city of Bradford on Sunday.",
            "English",
            "England",
            "admin",
        ),
        (
            "Ferries to several Scottish islands were cancelled on Monday.",
            "Scottish",
            "Scotland",
            "admin",
        ),
        ("The Welsh town of Tenby flooded after a night of heavy rain.", "Welsh", "Wales", "admin"),
        # the country's own adjective stays the country's
        (
            "Protests spread to several British cities over the weekend.",
            "British",
            "United Kingdom",
            "country",
        ),
    ],
)
def test_a_nation_s_adjective_names_the_nation(
    text: str, adjective: str, name: str, kind: str
) -> None:
    place = by_text(text)[adjective]
    assert (place.name, place.kind, place.country_code, place.adjectival) == (
        name,
        kind,
        "GB",
        True,
    )
