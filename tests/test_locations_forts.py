"""A fort's qualifier: "Fort Benning, Georgia" names the US state, as a town's does."""

from __future__ import annotations

import pytest

from location_checks import by_text

# (text, the places found: text, name, kind, country)
FORTS = [
    (
        "The sergeant trained at Fort Benning, Georgia, before his unit flew to Kuwait.",
        [
            ("Fort Benning", "Fort Benning", "feature", "US"),
            ("Georgia", "Georgia", "admin", "US"),
            ("Kuwait", "Kuwait", "country", "KW"),
        ],
    ),
    (
        "Medics from Fort Gordon, Georgia, and Baghdad set up the clinic.",
        [
            ("Fort Gordon", "Fort Gordon", "feature", "US"),
            ("Georgia", "Georgia", "admin", "US"),
            ("Baghdad", "Baghdad", "city", "IQ"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORTS)
def test_a_fort_is_qualified_by_its_state(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = by_text(text)
    assert [
        (fact.text, fact.name, fact.kind, fact.country_code) for fact in found.values()
    ] == expected


def test_a_mountain_keeps_the_country() -> None:
    # a lake's or a mountain's qualifier is read as any name is: the country's features
    # are named in English too
    found = by_text("Climbers reached Mount Kazbek, Georgia, from the Russian side.")
    assert (found["Georgia"].kind, found["Georgia"].country_code) == ("country", "GE")
