""" "quarterly" before the noun of a payment or of results is an adjective, no time (the gold
sets leave it out): "a quarterly dividend", and so "a quarterly cash dividend", "a quarterly
stock dividend" and the noun "quarterly" of a dividend before "of" ("declared its initial
quarterly of eight cents"); "quarterly" after a verb is a set ("adjusted quarterly").

Each row reads: this sentence, published on 26 October 1989, holds these expressions. The
sentences are of the kind business wires write.
"""

from __future__ import annotations

import pytest

from date_checks import OCTOBER_1989, dates

ROWS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The shoe maker also set a quarterly cash payout of 7 cents a share.",
        [],
    ),
    (
        "Marlow Inc. declared its initial quarterly of eight cents a share, payable Dec. 14.",
        [("Dec. 14", "DATE", "1989-12-14")],
    ),
    ("The board voted a quarterly stock dividend of 2%.", []),
    ("Brenton Foods trimmed its quarterly dividend to four cents a share.", []),
    # a set, after a verb
    (
        "The $45 million fund will be adjusted quarterly to track the pace of orders.",
        [("quarterly", "SET", "P3M")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_quarterly_before_a_dividend_is_no_time(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(fact.text, fact.type, fact.value) for fact in dates(sentence, OCTOBER_1989)]
    assert found == expected
