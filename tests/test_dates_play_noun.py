"""The noun "play" of a game is no verb of a fixture: "Rain delayed play on Saturday" and
"police ruled out foul play on Tuesday" are the days gone, as the past verb says; "the two
sides play on Saturday" is still the day to come.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check

PLAY: list[Row] = [
    (
        "Rain delayed play for nearly two hours on Saturday at the Lakeside Open.",
        "Saturday",
        THURSDAY,
        "DATE",
        "2025-07-05",
    ),
    ("Bad light stopped play early on Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
    (
        "Detectives ruled out foul play on Tuesday in the death of a hiker.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    # the verb: the day to come
    ("The two sides play on Saturday in Leeds.", "Saturday", THURSDAY, "DATE", "2025-07-12"),
    ("The Comets will play again on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PLAY)
def test_play_the_noun_is_no_fixture(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
