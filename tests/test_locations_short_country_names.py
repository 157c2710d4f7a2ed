"""The locations field on other names of countries and islands (``data/aliases.tsv``,
``data/places.tsv``): "T&T", the short form Caribbean news writes for Trinidad and Tobago,
where "AT&T" stays no place; the older spellings of wire copy, "Surinam", "Kazakstan" and
"Spitzbergen"; "Tunbridge Wells"; the former regions of France ("Alsace", "Aquitaine").
Sentences in the style of Trinidad and Tobago's papers, a Reuters headline and dateline of
1996 and sentences in its style, written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["locations"])


def _places(text: str) -> list[tuple[str, str, str | None]]:
    return [(fact.text, fact.kind, fact.country_code) for fact in EXTRACTOR.extract(text).locations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prime minister said T&T had done all it could to support Dominica.",
            [("T&T", "country", "TT"), ("Dominica", "country", "DM")],
        ),
        (
            "Reporters asked her what stance T&T would take at the summit.",
            [("T&T", "country", "TT")],
        ),
        (
            "The cable asked the T&T embassy in Washington to protest.",
            [("T&T", "country", "TT"), ("Washington", "city", "US")],
        ),
        ("AT&T said on Monday it would raise prices.", []),
    ],
)
def test_t_and_t_is_trinidad_and_tobago(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fraud case against Surinam ex-minister shelved .\nPARAMARIBO , Surinam "
            "1996-09-12 A former minister walked free .",
            [
                ("Surinam", "country", "SR"),
                ("PARAMARIBO", "city", "SR"),
                ("Surinam", "country", "SR"),
            ],
        ),
        (
            "Spitzbergen is some 400 miles ( 640 km ) north of the mainland .",
            [("Spitzbergen", "region", "SJ")],
        ),
        ("7. Sergei Volkov ( Kazakstan ) 5.60", [("Kazakstan", "country", "KZ")]),
        (
            "Kent trail by 92 with six wickets left in a tight game at Tunbridge Wells .",
            [("Tunbridge Wells", "city", "GB")],  # Kent the county's team
        ),
        (
            "1681 - Louis took Alsace and Strasbourg for France .",
            [("Alsace", "region", "FR"), ("Strasbourg", "city", "FR"), ("France", "country", "FR")],
        ),
        (
            "Frost hit vineyards in Aquitaine and Languedoc .",
            [("Aquitaine", "region", "FR"), ("Languedoc", "region", "FR")],
        ),
    ],
)
def test_an_older_spelling_is_the_place(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _places(text) == expected
