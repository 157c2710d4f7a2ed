"""The organizations field on a stock index named by its exchange or provider and its size
("the S&P/ASX 200", "the FTSE 100", "the S&P 500", "the Nikkei 225"): no organization
(``stock_indexes.py``, ``data/index_makers.txt``); the exchange or the firm named alone
still is one. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares on the S&P/ASX 200 fell 1.2 per cent on Tuesday.", []),
        ("In London the FTSE 100 rose 0.4 per cent, while the S&P 500 slipped.", []),
        ("The Nikkei 225 closed 310 points higher in Tokyo.", []),
        ("The CAC 40 gained 0.8% as the DAX 40 edged lower.", []),
        # the exchange named alone: an organization
        ("The ASX said on Monday that trading would resume.", ["ASX"]),
        # a number that is no index's size
        ("The ASX 6,327.80 close was a record, traders said.", ["ASX"]),
    ],
)
def test_stock_indexes_name_no_organization(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
