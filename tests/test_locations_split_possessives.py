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
    "ATHLETICS - HARPER BEATS COLE AGAIN .\n"
    "American Tom Harper beat Olympic 200 metres champion Ray Cole for the second time "
    "at a summer meeting on Tuesday .\n"
    "Harper got a fast start in the 200 metres and held off Cole 's late charge "
    "to win in 20.11 seconds in light rain .\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jamaica 's Owen Reid was second with 20.15 with Cole finishing in 20.19 .",
            [("Jamaica", "JM")],
        ),
        ("Spain 's Luis Vidal was fourth in 20.31 .", [("Spain", "ES")]),
    ],
)
def test_a_countrys_split_possessive_before_an_athlete_is_the_country(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = EXTRACTOR.extract(_REPORT + text).locations
    assert [(fact.text, fact.country_code) for fact in found] == expected
