"""The organizations field on a name after a cue that runs on through "in" or "at" into a
financial centre's name: the name ends before it ("economists at Standard Chartered in
Johannesburg"); a name whose own words join its complement, or named for a country or a
continent, keeps it (city_tails.py)."""

from __future__ import annotations

import pytest

from organization_checks import Phrase, check_phrase

PHRASES: list[Phrase] = [
    (
        "Economists at Standard Chartered in Johannesburg said inflation was high.",
        "Standard Chartered",
        "Standard Chartered",
        None,
        "company",
    ),
    (
        "Analysts at Zorbex Kell in Tokyo said prices would rise.",
        "Zorbex Kell",
        "Zorbex Kell",
        None,
        "company",
    ),
    # named for a country, or joined to its complement: one name
    (
        "The watchdog group Human Rights in China said he was held.",
        "Human Rights in China",
        "Human Rights in China",
        None,
        None,
    ),
    (
        "The ethics group Citizens for Responsibility and Ethics in Washington wrote to the board.",
        "Citizens for Responsibility and Ethics in Washington",
        "Citizens for Responsibility and Ethics in Washington",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "text", "name", "acronym", "kind"), PHRASES)
def test_name_ends_before_its_city(
    sentence: str, text: str, name: str, acronym: str | None, kind: str | None
) -> None:
    check_phrase(sentence, text, name, acronym, kind)
