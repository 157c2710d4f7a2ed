"""A verb of agreeing, deciding or voting in the past (``data/control_verbs.txt``) opens an
infinitive of a doing still to come also when when or where it was agreed stands between
them: "agreed at the weekend to raise output from October" is the October to come, as
"agreed to raise output from October" is; so is "voted 6-1 Monday to ...", a bare weekday
and a vote's tally between.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

SEPTEMBER_16 = dt.date(2025, 9, 16)  # a Tuesday

AGREED: list[Row] = [
    (
        "OPEC+ agreed at the weekend to raise output by 137,000 bpd from October.",
        "October",
        SEPTEMBER_16,
        "DATE",
        "2025-10",
    ),
    (
        "The cartel agreed on Sunday to raise output from October.",
        "October",
        SEPTEMBER_16,
        "DATE",
        "2025-10",
    ),
    (
        "Councillors voted last week to close the library in November.",
        "November",
        SEPTEMBER_16,
        "DATE",
        "2025-11",
    ),
    (
        "The cartel agreed on Sunday to raise output from October.",
        "Sunday",
        SEPTEMBER_16,
        "DATE",
        "2025-09-14",
    ),
    # a bare weekday (wire style) and a vote's tally between the verb and "to"
    (
        "The school board voted 6-1 Monday to shut two schools on Jan. 9.",
        "Jan. 9",
        SEPTEMBER_16,
        "DATE",
        "2026-01-09",
    ),
    (
        "The union agreed Friday night to return to work in December.",
        "December",
        SEPTEMBER_16,
        "DATE",
        "2025-12",
    ),
    (
        "The school board voted 6-1 Monday to shut two schools on Jan. 9.",
        "Monday",
        SEPTEMBER_16,
        "DATE",
        "2025-09-15",
    ),
    # no verb of agreeing: the past verb decides
    ("The cartel raised output in October.", "October", SEPTEMBER_16, "DATE", "2024-10"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), AGREED)
def test_an_agreed_doing_is_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
