"""The organizations field on a company's stock exchange and ticker, as business news writes
them after its name ("Alphabet Inc. (NASDAQ: GOOGL)"): the exchange is an organization
(``data/known.tsv``: "NASDAQ", "TSX", "ASX"), the ticker none (unknown_acronyms). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Northwind Inc. (NASDAQ: NWND) agreed to buy a rival for $2 billion.",
            [("Northwind Inc.", "Northwind Inc."), ("NASDAQ", "Nasdaq")],
        ),
        (
            "Acme Mining Ltd. (TSX: ACM) said output rose in the quarter at its mine.",
            [("Acme Mining Ltd.", "Acme Mining Ltd."), ("TSX", "Toronto Stock Exchange")],
        ),
        (
            "Orion Energy (ASX: ORN) said it would raise money from investors.",
            [("Orion Energy", "Orion Energy"), ("ASX", "Australian Securities Exchange")],
        ),
    ],
)
def test_the_exchange_is_an_organization_and_the_ticker_none(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(fact.text, fact.name) for fact in EXTRACTOR.extract(text).organizations]
    assert found == expected
