"""A weekday right after an event's noun and "for", or after one said to be ("there is a
vote on Tuesday"), is the day the event is set for, still to come, whatever the verb that
called or set it says: "The union has called a strike for Monday" said on a Thursday is
next Monday (``data/set_events.txt``). A past perfect, a
day owned by the noun after it, or another noun before "for" leave the day to the clause.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check

SET_DAYS: list[Row] = [
    (
        "The dockers' union has called a strike for Monday.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    (
        "Tenant groups called a protest for Saturday night outside city hall.",
        "Saturday night",
        THURSDAY,
        "DATE",
        "2025-07-12TNI",
    ),
    ("The panel set a hearing for Tuesday.", "Tuesday", THURSDAY, "DATE", "2025-07-15"),
    # a plan told in the past perfect: the clause decides
    (
        "The pilots had called a walkout for Monday, but the talks went on.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # the day owned by a noun after it: the one gone
    ("Neighbours held a vigil for Monday's victims.", "Monday", THURSDAY, "DATE", "2025-07-07"),
    (
        "Neighbours held a vigil for Monday night's victims.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # no event's noun before "for"
    ("The gallery closed for Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
]


# An event's noun said to be, in the present: "there is a vote on Tuesday" is the one to
# come, "there was" leaves the day to the clause.
SAID_TO_BE: list[Row] = [
    ("There is a council vote on Tuesday.", "Tuesday", THURSDAY, "DATE", "2025-07-15"),
    (
        "Stewards told the branch there's a leadership ballot on Monday.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    (
        "There are two public meetings on Saturday, where residents can ask questions.",
        "Saturday",
        THURSDAY,
        "DATE",
        "2025-07-12",
    ),
    ("There was a public meeting on Tuesday.", "Tuesday", THURSDAY, "DATE", "2025-07-08"),
    (
        "There are 40 seats at stake in Tuesday's contests.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SAID_TO_BE)
def test_a_weekday_of_an_event_said_to_be_is_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SET_DAYS)
def test_a_weekday_set_for_an_event_is_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
