"""A month before a traded contract names its delivery month, the one to come, whatever the
tense of the market report: "December T-bonds ended lower" (a good right after the month,
``data/contract_goods.txt``), "the November Swiss franc future" (a word of
``data/future_after.txt`` up to three words after "the" and the month). A month after a
word of time is when something happened ("In March the bond future fell").

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check

# THURSDAY is 10 July 2025: December and March lie ahead, September is two months away.
DELIVERY_MONTHS: list[Row] = [
    # the US Treasury's bonds, bills and notes and Eurodollar deposits, hyphens and all
    ("December T-bonds ended 5/32 lower.", "December", THURSDAY, "DATE", "2025-12"),
    (
        "Rates were mixed and March T-bills slipped 4 basis points.",
        "March",
        THURSDAY,
        "DATE",
        "2026-03",
    ),
    ("Bonds fell and March T-notes ended unchanged.", "March", THURSDAY, "DATE", "2026-03"),
    (
        "Bonds fell and March Eurodollars eased 2 basis points.",
        "March",
        THURSDAY,
        "DATE",
        "2026-03",
    ),
    # a good joined by hyphens to what it is traded against: read by its first word
    (
        "Traders bought the October heating-oil crack as stocks fell.",
        "October",
        THURSDAY,
        "DATE",
        "2025-10",
    ),
    # up to three words after "the" and the month name the contract before "future"
    (
        "Dealers sold the September Swiss franc future after the vote.",
        "September",
        THURSDAY,
        "DATE",
        "2025-09",
    ),
    ("The December long gilt future settled at 98.10.", "December", THURSDAY, "DATE", "2025-12"),
    # after a word of time the month is when it happened: the March gone
    ("In March the bond future fell 2 points.", "March", THURSDAY, "DATE", "2025-03"),
    ("In March T-bills output rose.", "March", THURSDAY, "DATE", "2025-03"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), DELIVERY_MONTHS)
def test_a_month_before_a_contract_is_its_delivery_month(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
