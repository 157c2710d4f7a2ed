"""A month, or a month and day, without a year after a date of its sentence written with its
year, and later in the calendar than that date, is of that year: a story told forward stays
in the year it names ("cut jobs in August 2014 and again in November" is November 2014), as
TimeML anchors it to the date last mentioned. Not a month before that date, not after a date
led by "since" (a span up to now), and not a month the future tense points to when that
year is gone: the tense and the publication day decide those, as before.

Each row reads: this sentence, published on this day, holds this expression with this
TIMEX3 value. The sentences are of the kind political and business reports write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

FEB_2016 = dt.date(2016, 2, 5)
SEP_2016 = dt.date(2016, 9, 8)

DATED: list[Row] = [
    (
        "Orders rose in January 2013 at Boeing Co. and fell sharply in September.",
        "September",
        FEB_2016,
        "DATE",
        "2013-09",
    ),
    (
        "The jobless rate stood at 5.4 percent when the governor took office in January 2011 and"
        " hit 8 percent in October of the same year.",
        "October of the same year",  # the year last read, as "October" alone is here
        FEB_2016,
        "DATE",
        "2011-10",
    ),
    (
        "The appointee would take the seat in January 2017, face a special vote in November,"
        " and then seek a full term.",
        "November",
        SEP_2016,
        "DATE",
        "2017-11",
    ),
    (
        "The company cut 300 jobs in August 2014 and 200 more in November.",
        "November",
        FEB_2016,
        "DATE",
        "2014-11",
    ),
    (
        "The mill was sold on March 3, 2012, and closed on May 5.",
        "May 5",
        FEB_2016,
        "DATE",
        "2012-05-05",
    ),
    # the tense and the publication day decide: a month before the date
    (
        "The plant closed in December 2014 and reopened in February.",
        "February",
        FEB_2016,
        "DATE",
        "2016-02",
    ),
    # ... a span up to now
    (
        "Facebook has stepped up its checks since May 2013, and again since the floods"
        " in November.",
        "November",
        FEB_2016,
        "DATE",
        "2015-11",
    ),
    # ... the future, past a year gone
    (
        "Smith, who joined the board in May 2010, will step down in June.",
        "June",
        FEB_2016,
        "DATE",
        "2016-06",
    ),
    # ... a date in another sentence
    (
        "The law passed in Sept. 2014. In November, it was challenged in court.",
        "November",
        FEB_2016,
        "DATE",
        "2015-11",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), DATED)
def test_a_month_after_a_dated_one_in_its_sentence(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
