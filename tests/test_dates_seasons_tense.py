"""A season named alone takes its clause's tense, as a month does: "the plant will reopen in
the spring", said in July, is next spring; "the council met in the winter" the last winter
begun; "since the spring" the spring gone. "By" before it or a noun after it leave it the
publication year's (news write "By late summer, he seemed beatable" of a summer gone),
unless a verb of the future comes before "by" (tests/test_dates_season_leads.py).

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

JULY_24 = dt.date(2025, 7, 24)
FEBRUARY_17 = dt.date(2026, 2, 17)

SEASONS: list[Row] = [
    ("The plant will reopen in the spring.", "the spring", JULY_24, "DATE", "2026-SP"),
    ("The report will be published in the autumn.", "the autumn", JULY_24, "DATE", "2025-FA"),
    ("Rain will return in the winter.", "the winter", JULY_24, "DATE", "2025-WI"),
    ("The council met in the winter.", "the winter", JULY_24, "DATE", "2024-WI"),
    ("Officers were deployed in the spring.", "the spring", JULY_24, "DATE", "2025-SP"),
    ("Her lead held for most of the fall.", "the fall", FEBRUARY_17, "DATE", "2025-FA"),
    ("Staff have worked the state since the spring.", "the spring", FEBRUARY_17, "DATE", "2025-SP"),
    ("The film will be released in the summer.", "the summer", FEBRUARY_17, "DATE", "2026-SU"),
    # "by" leaves the publication year's
    (
        "By late summer, he seemed beatable.",
        "late summer",
        dt.date(2025, 12, 22),
        "DATE",
        "2025-SU",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SEASONS)
def test_a_season_takes_its_clauses_tense(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
