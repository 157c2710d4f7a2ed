"""Date values of "the previous month", "the prior year": in a report of figures they count
from the date last mentioned, as TimeML anchors them, not from the publication day; "the
following month" does the same. Without "the" the words count from the publication day.
The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import MAY_2025, THURSDAY, Row, check

PREVIOUS: list[Row] = [
    # a monthly figure compared with the month before the one named
    (
        "Retail inflation eased to 3.3% in March from 3.6% the previous month.",
        "the previous month",
        MAY_2025,
        "DATE",
        "2025-02",
    ),
    (
        "Home sales fell 4% in October from the prior month, the agents' group said.",
        "the prior month",
        THURSDAY,
        "DATE",
        "2024-09",
    ),
    # a year named before: the year before it
    (
        "The airline flew 27 million travellers in 2023, up from 23 million the previous year.",
        "the previous year",
        THURSDAY,
        "DATE",
        "2022",
    ),
    (
        "Exports reached a record in 2019 and fell by a fifth the prior year.",
        "the prior year",
        THURSDAY,
        "DATE",
        "2018",
    ),
    # a month named before, and a unit of a year: the year before the month's
    (
        "Profits in June were the highest since the previous year.",
        "the previous year",
        THURSDAY,
        "DATE",
        "2024",
    ),
    # no date named before: from the publication day
    (
        "Sales were 4% lower than in the previous year.",
        "the previous year",
        THURSDAY,
        "DATE",
        "2024",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PREVIOUS)
def test_the_previous_unit_counts_from_the_date_named_before(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
