"""A day or year counted from the date last mentioned ("the next day", "that day", "the
following year", "the night before") in a clause told in the past cannot fall after the
publication day: when the date before it is still to come ("a fair from November to March",
"the regatta on Aug. 21"), the words do not date it, and it is left open as it is with no
date before it. A clause that looks ahead keeps the count ("the board will certify the
result on the same day", "the board expects to name a winner later that night").

Each row reads: this text, published on Thursday 10 July 2025, holds this expression of this
type and value. The sentences are of the kind news reports write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check, only

ROWS: list[Row] = [
    # a date to come, then a clause in the past: left open
    (
        "The fair will run from November to March. The following day, the landlord raised "
        "the rent, his lawyer said.",
        "The following day",
        THURSDAY,
        "DATE",
        "XXXX-XX-XX",
    ),
    (
        "The regatta is on Aug. 21. Sailors said a squall flattened the marquee the night "
        "before the crews arrived.",
        "the night before",
        THURSDAY,
        "TIME",
        "XXXX-XX-XXTNI",
    ),
    (
        "The striker won the cup this year. He broke his leg the following year, ending his "
        "season.",
        "the following year",
        THURSDAY,
        "DATE",
        "XXXX",
    ),
    # a clause that looks ahead: counted from the date to come
    (
        "The count ends on Aug. 21. The board will certify the result on the same day.",
        "the same day",
        THURSDAY,
        "DATE",
        "2025-08-21",
    ),
    (
        "The booths close on Aug. 21, and the board expects to name a winner later that night.",
        "later that night",
        THURSDAY,
        "TIME",
        "2025-08-21TNI",
    ),
    # a date gone, then a clause in the past: counted from it, as before
    (
        "The ferry sank on May 3. The next day, divers found the wreck.",
        "The next day",
        THURSDAY,
        "DATE",
        "2025-05-04",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), ROWS)
def test_a_day_counted_from_a_date_to_come_is_left_open_in_the_past(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_the_open_day_is_unresolved() -> None:
    text = "The fair opens on Sept. 4. The next day, the owner sold the stall."
    fact = only(text, "The next day", dt.date(2025, 7, 10))
    assert (fact.value, fact.resolved) == ("XXXX-XX-XX", False)
