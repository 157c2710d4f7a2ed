"""The locations field on the states and regions of Europe and South Korea named in English
("North Rhine-Westphalia", "Lower Saxony", "Styria", "Tuscany", "Gyeonggi"), which GeoNames
gives in their own language: the gazetteer's aliases (``data/aliases.tsv``), the place its
GeoNames row. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["locations"])


@pytest.mark.parametrize(
    ("text", "written", "name", "country"),
    [
        (
            "Hendrik Brandt, the premier of North Rhine-Westphalia, backed the coalition deal.",
            "North Rhine-Westphalia",
            "Nordrhein-Westfalen",
            "DE",
        ),
        (
            "Floods closed roads across Lower Saxony on Sunday.",
            "Lower Saxony",
            "Niedersachsen",
            "DE",
        ),
        (
            "Carmakers in Baden-Württemberg cut 2,000 jobs.",
            "Baden-Württemberg",
            "Baden-Wurttemberg",
            "DE",
        ),
        ("Avalanches killed two skiers in Styria this week.", "Styria", "Steiermark", "AT"),
        ("Wildfires spread across Tuscany in August.", "Tuscany", "Toscana", "IT"),
        ("Polls closed in South Holland at 9 p.m.", "South Holland", "Zuid-Holland", "NL"),
        ("A chip plant will open in Gyeonggi next year.", "Gyeonggi", "Gyeonggi-do", "KR"),
    ],
)
def test_a_regions_english_name_is_its_place(
    text: str, written: str, name: str, country: str
) -> None:
    found = [
        (fact.text, fact.name, fact.kind, fact.country_code)
        for fact in EXTRACTOR.extract(text).locations
    ]
    assert found == [(written, name, "admin", country)]
