"""A verb whose past is its base form ("cut", "shut"), with a particle and no object after
it, after a verb of the future in its clause, is a participle of what is planned, no past:
"The council will have the trees cut down on Friday" is the Friday to come; "The plant shut
down on Friday" is still the Friday gone.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

WEDNESDAY = dt.date(2026, 6, 10)

PLANNED: list[Row] = [
    (
        "The council will have the old oaks cut down on Friday.",
        "Friday",
        WEDNESDAY,
        "DATE",
        "2026-06-12",
    ),
    (
        "The utility plans to have the power shut off on Monday.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2026-06-15",
    ),
    # no future before, or one in another clause: the past, as before
    ("The plant shut down on Friday.", "Friday", WEDNESDAY, "DATE", "2026-06-05"),
    (
        "The company will sell the unit, which shut down on Friday.",
        "Friday",
        WEDNESDAY,
        "DATE",
        "2026-06-05",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PLANNED)
def test_a_planned_participle_is_no_past(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
