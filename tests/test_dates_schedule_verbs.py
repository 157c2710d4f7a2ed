"""A contest, a vote or a departure on a schedule told in the present tense points a bare day
or month ahead, as "the council meets Monday" does: "Oregon holds its county
primary on Tuesday", "Nevada, which votes Feb. 23", "She leaves Madrid on Monday",
"Voters go to the polls on 14 February". The nouns of the same form do not ("Tuesday's
vote", "the popular vote in March", "the late Friday vote passed", "heads of state"), nor
"to vote", "to go" ("flew home to vote on Tuesday"), nor "holds", "hold", "leaves" or
"heads" after the expression ("the pact signed in Oslo on Saturday still leaves the
region exposed").

Each row reads: this sentence, published on this day, holds this expression with this
TIMEX3 value. The sentences are of the kind campaign and wire reports write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import check

FRIDAY = dt.date(2016, 4, 1)  # Friday 1 April 2016
MONDAY = dt.date(2016, 1, 18)  # Monday 18 January 2016
SATURDAY = dt.date(1996, 8, 31)  # Saturday 31 August 1996
SUNDAY = dt.date(2016, 1, 31)  # Sunday 31 January 2016
MARCH_5 = dt.date(2026, 3, 5)  # Thursday 5 March 2026
SATURDAY_2026 = dt.date(2026, 12, 5)  # Saturday 5 December 2026

AHEAD: list[tuple[str, dt.date, str, str]] = [
    ("Oregon holds its county primary on Tuesday.", FRIDAY, "Tuesday", "2016-04-05"),
    ("New Jersey, which holds its primary Tuesday, is next.", FRIDAY, "Tuesday", "2016-04-05"),
    ("He trails in Nevada, which votes Feb. 23.", MONDAY, "Feb. 23", "2016-02-23"),
    ("The campaign is counting on states that vote in March.", MONDAY, "March", "2016-03"),
    ("Then nine states hold caucuses on March 1.", MONDAY, "March 1", "2016-03-01"),
    ("On Tuesday, Republicans vote in Ohio, Iowa and Maine.", FRIDAY, "Tuesday", "2016-04-05"),
    ("She leaves Madrid on Monday for talks in Vienna.", SATURDAY, "Monday", "1996-09-02"),
    ("Voters go to the polls on 14 February.", MARCH_5, "14 February", "2027-02-14"),
    ("The bill goes to the Senate in January.", MARCH_5, "January", "2027-01"),
    ("The 2026-27 season starts in August.", MARCH_5, "August", "2026-08"),
    (
        "If he takes the caucuses Monday, then sweeps the primaries...",
        SUNDAY,
        "Monday",
        "2016-02-01",
    ),
    (
        "The national squad heads to Portugal for qualifying games March 1-2.",
        SATURDAY,
        "March 1-2",
        "1997-03-01",
    ),
]


GONE: list[tuple[str, dt.date, str, str]] = [
    ("He had been told before Tuesday's vote that he would lose.", FRIDAY, "Tuesday", "2016-03-29"),
    ("He won the popular vote in March by a wide margin.", FRIDAY, "March", "2016-03"),
    ("Heads of state met in Brussels in March.", FRIDAY, "March", "2016-03"),
    ("He flew home to vote on Tuesday.", FRIDAY, "Tuesday", "2016-03-29"),
    ("They decided to go home on Monday.", MARCH_5, "Monday", "2026-03-02"),
    ("Housing starts in February rose 3 percent.", MARCH_5, "February", "2026-02"),
    ("In his last five starts in February, he struggled.", MARCH_5, "February", "2026-02"),
    ("Voters went to the polls on 14 February.", MARCH_5, "14 February", "2026-02-14"),
    # a weekday before the noun names its day: the verb after the noun decides
    ("The late Friday vote passed by six votes.", SATURDAY_2026, "late Friday", "2026-12-04"),
    ("The Tuesday vote went to a recount.", MARCH_5, "Tuesday", "2026-03-03"),
    ("The Sunday visits were cancelled.", MARCH_5, "Sunday", "2026-03-01"),
    (
        "The pact signed in Oslo on Saturday still leaves the coast open to risk.",
        dt.date(2015, 12, 13),
        "Saturday",
        "2015-12-12",
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expression", "value"), AHEAD + GONE)
def test_a_session_on_a_schedule_points_ahead_its_noun_does_not(
    sentence: str, published: dt.date, expression: str, value: str
) -> None:
    check(sentence, expression, published, "DATE", value)
