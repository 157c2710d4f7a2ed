""" "Super Tuesday", the day most US states hold their presidential primaries, is the first
Tuesday in March of the year the tense points to (a holiday's rule in data/holidays.tsv),
not the Tuesday next to the publication day: "may do well in southern states on Super
Tuesday", said on 4 February 2016, is 1 March 2016, as it is in the night's results of
1 March and in the reviews of the days after; in a year with none, the nearer one
("Democrats are already eyeing Super Tuesday", said in November 2018, is 3 March 2020).
"Inauguration Day" is 20 January of a year after one divisible by 4, the days after
Thanksgiving "Black Friday" and "Cyber Monday" their own days. "Election Day" is held every
other year, and in an odd year only in that year's own news ("As Election Day draws near",
said in February 2016, is the coming 8 November, not the 3 November 2015 just gone, but "The
mayor won on Election Day", a past verb right before it, is that one), and
"the November election", "can win the state in November" are of its month (in a clause told
in the past, the November gone), and so is a November no tense marks from March to Election
Day of its year where a word of the campaign is near ("chances in November" among voters,
said in May 2016, is 2016-11).

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
MAY_5, SEP_10 = dt.date(2016, 5, 5), dt.date(2016, 9, 10)

NAMED_DAYS: list[tuple[str, dt.date, str, str]] = [
    ("She may do well in southern states on Super Tuesday.", FEB_4, "Super Tuesday", "2016-03-01"),
    (
        "The campaign bought ad time in five Super Tuesday primaries.",
        FEB_9,
        "Super Tuesday",
        "2016-03-01",
    ),
    (
        "The senator raced to a big lead on Super Tuesday.",
        MAR_1,
        "Super Tuesday",
        "2016-03-01",
    ),
    (
        "Weak results on Super Tuesday left her campaign short of cash.",
        MAR_10,
        "Super Tuesday",
        "2016-03-01",
    ),
    (
        "Candidates are already eyeing Super Tuesday.",
        dt.date(2019, 11, 20),
        "Super Tuesday",
        "2020-03-03",
    ),
    (
        "Shoppers crowded State Street on Black Friday.",
        dt.date(2015, 12, 4),
        "Black Friday",
        "2015-11-27",
    ),
    (
        "Online sales hit a record on Cyber Monday.",
        dt.date(2025, 12, 3),
        "Cyber Monday",
        "2025-12-01",
    ),
    (
        "Democrats are already eyeing Super Tuesday.",
        dt.date(2018, 11, 20),
        "Super Tuesday",
        "2020-03-03",
    ),
    ("Who will win the next Super Tuesday?", MAR_10, "next Super Tuesday", "2020-03-03"),
    (
        "The deal should carry the agency through Inauguration Day next year.",
        MAY_5,
        "Inauguration Day",
        "2017-01-20",
    ),
    (
        "Even before Inauguration Day, he will need a strategy.",
        SEP_10,
        "Inauguration Day",
        "2017-01-20",
    ),
    (
        "As Election Day draws near, both parties are spending heavily.",
        dt.date(2016, 2, 18),
        "Election Day",
        "2016-11-08",
    ),
    (
        "Volunteers knocked on doors ahead of Election Day.",
        dt.date(2025, 10, 20),
        "Election Day",
        "2025-11-04",
    ),
    ("Her lead shrank on Election Day.", dt.date(2017, 1, 15), "Election Day", "2016-11-08"),
    # a past verb right before the holiday is of an event held that day: the one gone, and in
    # an even year's first months last year's (states' and cities' races); elsewhere a past
    # verb says little (reported speech, a holiday before a noun)
    ("The mayor won on Election Day.", FEB_9, "Election Day", "2015-11-03"),
    ("Her rival stumbled on Super Tuesday.", FEB_9, "Super Tuesday", "2012-03-06"),
    ("The mayor said he would win on Election Day.", FEB_9, "Election Day", "2016-11-08"),
    (
        "She has decided that on Election Day, she will vote for him.",
        SEP_10,
        "Election Day",
        "2016-11-08",
    ),
    # a November before an election's noun is Election Day's month, unless told in the past
    (
        "Both parties are spending heavily before the November election.",
        FEB_9,
        "November",
        "2016-11",
    ),
    (
        "Turnout in November's general election may set a record.",
        FEB_9,
        "November",
        "2016-11",
    ),
    ("Democrats lost seats in the November election.", FEB_9, "November", "2015-11"),
    ("Retailers studied the November sales figures.", FEB_9, "November", "2015-11"),
    # ... and so is "in November" after a word of winning or voting in its clause
    ("She says she can win the state in November.", FEB_9, "November", "2016-11"),
    (
        "Aides plan to vote for him in November.",
        FEB_9,
        "November",
        "2016-11",
    ),
    ("He voted for the bill in November.", FEB_9, "November", "2015-11"),
    # ... and so is a November no tense marks, from March to Election Day of its year (the
    # November gone four months back or more), where a word of the campaign is near, but not
    # one after a determiner (a November of something else) or after a "from" that starts a
    # change, and not one told in the past
    (
        "Pollsters say the party's chances in November rest on turnout among suburban voters.",
        MAY_5,
        "November",
        "2016-11",
    ),
    (
        "With the race tightening, the party has 20 governorships at stake in November.",
        MAY_5,
        "November",
        "2016-11",
    ),
    ("A November interview with the governor is now online.", MAY_5, "November", "2015-11"),
    ("Her approval rating is up from 38 percent in November.", MAY_5, "November", "2015-11"),
    ("The senator underwent knee surgery in November.", MAY_5, "November", "2015-11"),
    # ... nor where no word of the campaign is near (a company's news of the same spring)
    ("Sales figures for November show a rise in exports.", MAY_5, "November", "2015-11"),
    # ... nor in a year with no Election Day of its cycle
    (
        "Pollsters say the party's chances in November rest on turnout among suburban voters.",
        dt.date(2017, 5, 4),
        "November",
        "2016-11",
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expression", "value"), NAMED_DAYS)
def test_a_named_tuesday_friday_or_monday_is_its_own_day(
    sentence: str, published: dt.date, expression: str, value: str
) -> None:
    check(sentence, expression, published, "DATE", value)
