"""The locations field on a country's possessive before an athlete's name in a sports report,
written with the possessive apart as CoNLL's text writes it ("Jamaica 's Michael Green"):
the tokens split that "'s" in two, "'" and "s", which the check of a country as the owner
(``sports_checks._country_as_owner``) now reads as it read "'s": the athlete's country, no team.
A Reuters report of 1996 (CoNLL's text) and a sentence in its style."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["locations"])


_REPORT = (
    "ATHLETICS - MITCHELL DEFEATS BAILEY IN FRONT OF FORMER CHAMPIONS .\n"
    "American Dennis Mitchell outclassed Olympic 100 metres champion Donovan Bailey for the "
    "third time at a major post-Games meeting on Friday .\n"
    "Mitchell made a brilliant start in the 100 metres and held off Bailey 's strong finish "
    "to win in 10.08 seconds despite cool conditions .\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jamaica 's Michael Green was second with 10.09 with Bailey finishing in 10.13 .",
            [("Jamaica", "JM")],
        ),
        ("Spain 's Carlos Moya was fourth in 10.21 .", [("Spain", "ES")]),
    ],
)
def test_a_countrys_split_possessive_before_an_athlete_is_the_country(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = EXTRACTOR.extract(_REPORT + text).locations
    assert [(fact.text, fact.country_code) for fact in found] == expected
