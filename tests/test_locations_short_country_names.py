"""The locations field on "T&T", the short form Caribbean news writes for Trinidad and
Tobago (``data/aliases.tsv``): the country, where "AT&T" stays no place. Sentences in the
style of Trinidad and Tobago's papers, written for these tests."""

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
            "He was asked on what position T&T should adopt at the meeting.",
            [("T&T", "country", "TT")],
        ),
        (
            "The ministry told the T&T mission in Washington to object.",
            [("T&T", "country", "TT"), ("Washington", "city", "US")],
        ),
        ("AT&T said on Monday it would raise prices.", []),
    ],
)
def test_t_and_t_is_trinidad_and_tobago(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _places(text) == expected
