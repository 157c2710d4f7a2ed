""" "Super Tuesday", the day most US states hold their presidential primaries, is the first
Tuesday in March of the year the tense points to (a holiday's rule in data/holidays.tsv),
not the Tuesday next to the publication day: "across the South on Super Tuesday", said on
4 February 2016, is 1 March 2016, as it is in the night's results of 1 March and in the
reviews of the days after.

Each row reads: this sentence, published on this day, holds this expression with this
TIMEX3 value. The sentences are of the kind campaign reports write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import check

FEB_4, FEB_9, MAR_1, MAR_10 = (
    dt.date(2016, 2, 4),
    dt.date(2016, 2, 9),
    dt.date(2016, 3, 1),
    dt.date(2016, 3, 10),
)

SUPER_TUESDAYS: list[tuple[str, dt.date, str]] = [
    ("He could fare well across the South on Super Tuesday.", FEB_4, "2016-03-01"),
    ("The campaign bought ad time in four Super Tuesday states.", FEB_9, "2016-03-01"),
    ("Clinton has sprinted to an early delegate lead on Super Tuesday.", MAR_1, "2016-03-01"),
    ("His poor showings on Super Tuesday have his campaign reeling.", MAR_10, "2016-03-01"),
    ("Candidates are already eyeing Super Tuesday.", dt.date(2019, 11, 20), "2020-03-03"),
]


@pytest.mark.parametrize(("sentence", "published", "value"), SUPER_TUESDAYS)
def test_super_tuesday_is_the_first_tuesday_in_march(
    sentence: str, published: dt.date, value: str
) -> None:
    check(sentence, "Super Tuesday", published, "DATE", value)
