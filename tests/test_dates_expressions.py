"""The dates field, one expression at a time: each table row reads: this sentence, published
on this day, holds this expression with this TIMEX3 type and value ("2025-07-10" a day,
"2025-W28" a week, "2025-Q3" a quarter, "P2W" a duration, "PRESENT_REF" now)."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import OCTOBER_1989, THURSDAY, only

# --- Expressions, one by one -----------------------------------------------------------------

FRIDAY_1998 = dt.date(1998, 8, 7)  # a Friday

TABLE = [
    # absolute dates
    ("It opened on 10 July 2025.", "10 July 2025", THURSDAY, "DATE", "2025-07-10"),
    ("It opened on July 10, 2025.", "July 10, 2025", THURSDAY, "DATE", "2025-07-10"),
    ("The vote is on July 14.", "July 14", THURSDAY, "DATE", "2025-07-14"),
    ("He was last seen Nov. 3.", "Nov. 3", dt.date(1998, 11, 20), "DATE", "1998-11-03"),
    ("Payable Jan. 2 to holders.", "Jan. 2", OCTOBER_1989, "DATE", "1990-01-02"),
    ("Markets fell on Aug. 7, 1998.", "Aug. 7, 1998", THURSDAY, "DATE", "1998-08-07"),
    ("It fell on the 3rd of May 2024.", "3rd of May 2024", THURSDAY, "DATE", "2024-05-03"),
    ("It rose in February 1947.", "February 1947", THURSDAY, "DATE", "1947-02"),
    ("Published 2024-03-05 online.", "2024-03-05", THURSDAY, "DATE", "2024-03-05"),
    ("Filed 25/12/2024 in court.", "25/12/2024", THURSDAY, "DATE", "2024-12-25"),
    ("Filed 12/25/2024 in court.", "12/25/2024", THURSDAY, "DATE", "2024-12-25"),
    # both orders name a day: the one near the publication day, or none
    (
        "Adjourned to 12/03/2025 by the court.",
        "12/03/2025",
        dt.date(2025, 3, 5),
        "DATE",
        "2025-03-12",
    ),
    (
        "Adjourned to 3/12/2025 by the court.",
        "3/12/2025",
        dt.date(2025, 3, 5),
        "DATE",
        "2025-03-12",
    ),
    ("Filed 10/7/2025 in court.", "10/7/2025", dt.date(2025, 3, 5), "DATE", "2025-XX-XX"),
    ("He left Chile in 1962 aged just 6.", "1962", THURSDAY, "DATE", "1962"),
    ("Profit rose in fiscal 1989.", "fiscal 1989", OCTOBER_1989, "DATE", "1989"),
    ("The fiscal year 2026 budget passed.", "fiscal year 2026", OCTOBER_1989, "DATE", "2026"),
    ("Prices rose in the 1990s.", "the 1990s", THURSDAY, "DATE", "199"),
    # a decade written with an apostrophe keeps its "'s", no possessive
    ("Rents fell in the 1970\u2019s and rose again.", "the 1970\u2019s", THURSDAY, "DATE", "197"),
    ("Rents fell in the 1970's and rose again.", "the 1970's", THURSDAY, "DATE", "197"),
    ("Music of the '80s is back.", "the '80s", THURSDAY, "DATE", "198"),
    ("It ran until mid-1996.", "mid-1996", THURSDAY, "DATE", "1996"),
    ("Talks resume in early September.", "early September", THURSDAY, "DATE", "2025-09"),
    (
        "It was signed on Monday, Oct. 26.",
        "Monday, Oct. 26",
        dt.date(1998, 10, 25),
        "DATE",
        "1998-10-26",
    ),
    # weekdays, with tense
    ("Peskov said on Thursday there is no date.", "Thursday", THURSDAY, "DATE", "2025-07-10"),
    ("The strike came on Tuesday.", "Tuesday", THURSDAY, "DATE", "2025-07-08"),
    ("Officials met on Friday.", "Friday", THURSDAY, "DATE", "2025-07-04"),
    ("Leaders will meet on Friday.", "Friday", THURSDAY, "DATE", "2025-07-11"),
    ("The summit will open Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    ("It happened last Friday.", "last Friday", THURSDAY, "DATE", "2025-07-04"),
    ("They meet next Monday.", "next Monday", THURSDAY, "DATE", "2025-07-14"),
    ("Voting ended Sunday night.", "Sunday night", THURSDAY, "DATE", "2025-07-06TNI"),
    ("He spoke Friday morning.", "Friday morning", FRIDAY_1998, "DATE", "1998-08-07TMO"),
    ("The shop closes on Mondays.", "Mondays", THURSDAY, "SET", "XXXX-WXX-1"),
    # months and seasons
    ("Planning began in March.", "March", THURSDAY, "DATE", "2025-03"),
    ("The talks will resume in September.", "September", THURSDAY, "DATE", "2025-09"),
    ("It was unveiled last April.", "last April", OCTOBER_1989, "DATE", "1989-04"),
    ("It was unveiled last November.", "last November", THURSDAY, "DATE", "2024-11"),
    ("Prices jumped last fall.", "last fall", THURSDAY, "DATE", "2024-FA"),
    ("The plant opens this summer.", "this summer", THURSDAY, "DATE", "2025-SU"),
    ("It peaked in the summer of 2019.", "the summer of 2019", THURSDAY, "DATE", "2019-SU"),
    # relative to the publication day
    ("The report came out today.", "today", THURSDAY, "DATE", "2025-07-10"),
    ("He arrived yesterday.", "yesterday", THURSDAY, "DATE", "2025-07-09"),
    ("She leaves tomorrow.", "tomorrow", THURSDAY, "DATE", "2025-07-11"),
    ("Sirens sounded last night.", "last night", THURSDAY, "TIME", "2025-07-09TNI"),
    ("He spoke this morning.", "this morning", THURSDAY, "TIME", "2025-07-10TMO"),
    ("Sales fell last week.", "last week", THURSDAY, "DATE", "2025-W27"),
    ("The fair ends this weekend.", "this weekend", THURSDAY, "DATE", "2025-W28-WE"),
    # ... but told in the past on a weekday, the one just gone
    ("This weekend's rally lifted her spirits.", "This weekend", THURSDAY, "DATE", "2025-W27-WE"),
    ("He spoke over the weekend.", "the weekend", THURSDAY, "DATE", "2025-W27-WE"),
    ("They will meet at the weekend.", "the weekend", THURSDAY, "DATE", "2025-W28-WE"),
    ("Sales rose this week.", "this week", THURSDAY, "DATE", "2025-W28"),
    ("Sales fell last month.", "last month", THURSDAY, "DATE", "2025-06"),
    ("Sales rise next month.", "next month", THURSDAY, "DATE", "2025-08"),
    ("Sales fell last year.", "last year", THURSDAY, "DATE", "2024"),
    ("Sales rose this year.", "this year", THURSDAY, "DATE", "2025"),
    ("Sales rose earlier this year.", "earlier this year", THURSDAY, "DATE", "2025"),
    # the year's end is this year's, the last one gone after "since"
    ("The sale should close by year-end.", "year-end", OCTOBER_1989, "DATE", "1989"),
    ("The index is up 12% since year-end.", "year-end", OCTOBER_1989, "DATE", "1988"),
    ("Sales will fall early next year.", "early next year", THURSDAY, "DATE", "2026"),
    ("It closed two weeks ago.", "two weeks ago", THURSDAY, "DATE", "2025-W26"),
    ("It closed 10 days ago.", "10 days ago", THURSDAY, "DATE", "2025-06-30"),
    ("It closed five months ago.", "five months ago", THURSDAY, "DATE", "2025-02"),
    ("It closed a year ago.", "a year ago", THURSDAY, "DATE", "2024"),
    ("Shares are now higher.", "now", THURSDAY, "DATE", "PRESENT_REF"),
    ("Shares are currently higher.", "currently", THURSDAY, "DATE", "PRESENT_REF"),
    ("He recently resigned.", "recently", THURSDAY, "DATE", "PAST_REF"),
    # the current of a time told before is a past one
    ("Holders may buy at the then current price.", "then current", THURSDAY, "DATE", "PAST_REF"),
    ("The then-current chairman resigned.", "then-current", THURSDAY, "DATE", "PAST_REF"),
    ("Back then current rules applied.", "current", THURSDAY, "DATE", "PRESENT_REF"),
    ("Rates will rise in the future.", "the future", THURSDAY, "DATE", "FUTURE_REF"),
    # quarters
    ("Profit fell in the third quarter.", "the third quarter", OCTOBER_1989, "DATE", "1989-Q3"),
    ("Third-quarter profit fell.", "Third-quarter", OCTOBER_1989, "DATE", "1989-Q3"),
    ("Profit fell in the quarter.", "the quarter", OCTOBER_1989, "DATE", "1989-Q3"),
    ("Sales rise in the current quarter.", "the current quarter", OCTOBER_1989, "DATE", "1989-Q4"),
    (
        "It fell in the third quarter of 1984.",
        "the third quarter of 1984",
        THURSDAY,
        "DATE",
        "1984-Q3",
    ),
    # times
    ("The blast came at 10:35 a.m.", "10:35 a.m.", THURSDAY, "TIME", "2025-07-10T10:35"),
    ("Polls close at 8 p.m. Wednesday.", "8 p.m. Wednesday", THURSDAY, "TIME", "2025-07-09T20:00"),
    # wire copy's four digits before a time zone; not the "est" of "estimate"
    ("Brent rose by 0930 GMT.", "0930 GMT", THURSDAY, "TIME", "2025-07-10T09:30"),
    ("A 2014 estimate was cited.", "2014", THURSDAY, "DATE", "2014"),
    # a weekday after a bracketed aside, as wire copy writes it, is the time's day
    (
        "The shelling began at about 11:20 a.m. (0820 GMT) on Friday.",
        "about 11:20 a.m.",
        THURSDAY,
        "TIME",
        "2025-07-04T11:20",
    ),
    (
        "A rocket launched on Wednesday for a six-month stay, lifting off at 11:43 a.m.",
        "11:43 a.m.",
        THURSDAY,
        "TIME",
        "2025-07-09T11:43",
    ),
    ("It ended shortly before midnight.", "midnight", THURSDAY, "TIME", "2025-07-10T24:00"),
    ("They met at noon Saturday.", "noon Saturday", THURSDAY, "TIME", "2025-07-05T12:00"),
    (
        "Polls open at 7 a.m. on Election Day.",
        "7 a.m. on Election Day",
        THURSDAY,
        "TIME",
        "2025-11-04T07:00",
    ),
    ("She went on Sunday at 11 a.m.", "Sunday at 11 a.m.", THURSDAY, "TIME", "2025-07-06T11:00"),
    (
        "Shots were fired about 11:30 p.m. on Aug. 14, 2023.",
        "about 11:30 p.m. on Aug. 14, 2023",
        THURSDAY,
        "TIME",
        "2023-08-14T23:30",
    ),
    # a clock time on the day named just before it in its sentence; told in the past, on the
    # day of the sentence before (test_dates_clock_story.py); else on the publication day
    (
        "The board met on Monday, March 15, 2010, at 7 p.m. in the town hall.",
        "7 p.m.",
        THURSDAY,
        "TIME",
        "2010-03-15T19:00",
    ),
    (
        "The shop closed on March 3. At 9 p.m. the lights went out.",
        "9 p.m.",
        THURSDAY,
        "TIME",
        "2025-03-03T21:00",
    ),
    (
        "The shop closed on March 3. It reopens at 9 p.m.",
        "9 p.m.",
        THURSDAY,
        "TIME",
        "2025-07-10T21:00",
    ),
    # durations
    ("The 10-hour barrage ended.", "10-hour", THURSDAY, "DURATION", "PT10H"),
    ("It was the third time in two weeks.", "two weeks", THURSDAY, "DURATION", "P2W"),
    ("He served for three years.", "three years", THURSDAY, "DURATION", "P3Y"),
    ("Prices fell in the past two months.", "the past two months", THURSDAY, "DURATION", "P2M"),
    ("It lasted 2 1/2 years.", "2 1/2 years", THURSDAY, "DURATION", "P2Y6M"),
    ("It lasted twenty-four hours.", "twenty-four hours", THURSDAY, "DURATION", "PT24H"),
    ("The talks took several years.", "several years", THURSDAY, "DURATION", "PXY"),
    ("It was a five-year plan.", "five-year", THURSDAY, "DURATION", "P5Y"),
    ("The first nine months were weak.", "The first nine months", THURSDAY, "DURATION", "P9M"),
    ("He spoke for a minute and a half.", "a minute and a half", THURSDAY, "DURATION", "PT1M30S"),
    ("It took two decades.", "two decades", THURSDAY, "DURATION", "P20Y"),
    ("Sales rose in Q3 2024.", "Q3 2024", THURSDAY, "DATE", "2024-Q3"),
    ("Inflation will average 3.7% in FY26.", "FY26", THURSDAY, "DATE", "2026"),
    ("Revenue for FY 2024 rose.", "FY 2024", THURSDAY, "DATE", "2024"),
    (
        "The second half of the year was weak.",
        "The second half of the year",
        THURSDAY,
        "DATE",
        "2025-H2",
    ),
    ("For the year ended June 30, profit rose.", "the year", THURSDAY, "DURATION", "P1Y"),
    ("Set against year-earlier sales, it slipped.", "year-earlier", THURSDAY, "DATE", "2024"),
    # named days, decades, centuries, spoken years
    (
        "He was found on Thanksgiving Day.",
        "Thanksgiving Day",
        dt.date(1999, 12, 3),
        "DATE",
        "1999-11-25",
    ),
    ("Crowds gathered this past weekend.", "this past weekend", THURSDAY, "DATE", "2025-W27-WE"),
    ("It was cold last Christmas.", "last Christmas", THURSDAY, "DATE", "2024-12-25"),
    # a future verb points ahead; Easter's days come from Easter Sunday
    ("The shop will close on Christmas.", "Christmas", THURSDAY, "DATE", "2025-12-25"),
    # a past verb right before it: the one gone, even a few days ahead
    (
        "The shop closed on Christmas Day.",
        "Christmas Day",
        dt.date(2025, 12, 20),
        "DATE",
        "2024-12-25",
    ),
    # New Year's Day and Eve written without the apostrophe or the "s"
    ("The club will open on New Years Day.", "New Years Day", THURSDAY, "DATE", "2026-01-01"),
    ("Gunmen raided the town on New Year Day.", "New Year Day", THURSDAY, "DATE", "2025-01-01"),
    ("Crowds gathered on New Years Eve.", "New Years Eve", THURSDAY, "DATE", "2024-12-31"),
    # the day next to a holiday
    (
        "Shoppers queued on the day after Christmas.",
        "the day after Christmas",
        THURSDAY,
        "DATE",
        "2024-12-26",
    ),
    (
        "Airports will be busiest the day before Thanksgiving.",
        "the day before Thanksgiving",
        THURSDAY,
        "DATE",
        "2025-11-26",
    ),
    (
        "The plan scraps Easter Monday as a holiday.",
        "Easter Monday",
        THURSDAY,
        "DATE",
        "2025-04-21",
    ),
    ("Churches will be full on Good Friday.", "Good Friday", THURSDAY, "DATE", "2026-04-03"),
    # a holiday's name holds no phrase of time ("a Day" is no set); Mother's Day is a Sunday
    (
        "He was shot at a Day of the Dead festival.",
        "Day of the Dead",
        THURSDAY,
        "DATE",
        "2025-11-02",
    ),
    ("Florists will be busy before Mother's Day.", "Mother's Day", THURSDAY, "DATE", "2026-05-10"),
    ("Numbers fell through the nineties.", "the nineties", THURSDAY, "DATE", "199"),
    ("A temple of the 11th century.", "the 11th century", THURSDAY, "DATE", "10"),
    ("Atlanta, nineteen ninety-six.", "nineteen ninety-six", THURSDAY, "DATE", "1996"),
    ("Plans for the year two thousand.", "the year two thousand", THURSDAY, "DATE", "2000"),
    ("Over the past decade, rents rose.", "the past decade", THURSDAY, "DURATION", "P10Y"),
    # an amount counted from another event: the signal word stays out (TimeML)
    ("Three days later, he left.", "Three days", THURSDAY, "DURATION", "P3D"),
    ("A day earlier, trucks came.", "A day", THURSDAY, "DURATION", "P1D"),
    ("He died an hour later.", "an hour", THURSDAY, "DURATION", "PT1H"),
    ("Net rose from a year earlier.", "a year earlier", THURSDAY, "DATE", "2024"),
    # sets
    ("Drones come every night.", "every night", THURSDAY, "SET", "P1D"),
    ("Barrages are nightly.", "nightly", THURSDAY, "SET", "P1D"),
    ("The index is published weekly.", "weekly", THURSDAY, "SET", "P1W"),
    ("He backs a $15-an-hour wage.", "an-hour", THURSDAY, "SET", "PT1H"),
    # "every other" is every second one
    ("The paper comes out every other week.", "every other week", THURSDAY, "SET", "P2W"),
    # a season of every year
    ("The festival runs every summer.", "every summer", THURSDAY, "SET", "XXXX-SU"),
    ("Crews plant trees each fall.", "each fall", THURSDAY, "SET", "XXXX-FA"),
    (
        "It is published every other Thursday.",
        "every other Thursday",
        THURSDAY,
        "SET",
        "XXXX-WXX-4",
    ),
    ("Dividends are paid quarterly.", "quarterly", THURSDAY, "SET", "P3M"),
    ("The fair is held annually.", "annually", THURSDAY, "SET", "P1Y"),
    ("They meet twice a year.", "twice a year", THURSDAY, "SET", "P1Y"),
    ("It costs $5 a day.", "a day", THURSDAY, "SET", "P1D"),
    ("Rabies kills 20,000 people a year.", "a year", THURSDAY, "SET", "P1Y"),
    ("She works 60 hours a week.", "a week", THURSDAY, "SET", "P1W"),
    # a rate of times or of pay, unlike a speed, is a set
    ("His heart beat 150 times a minute.", "150 times a minute", THURSDAY, "SET", "PT1M"),
    ("Cleaners earn 50 cents an hour more.", "an hour", THURSDAY, "SET", "PT1H"),
    ("It builds 300,000 electric vehicles a year.", "a year", THURSDAY, "SET", "P1Y"),
    # past an aside in brackets, and counted in billions or trillions of a thing
    ("Dues are 9,000 rand (about $480) a year.", "a year", THURSDAY, "SET", "P1Y"),
    ("Billions of tons of cargo a year pass the strait.", "a year", THURSDAY, "SET", "P1Y"),
    ("It earned $147 million over the five-day weekend.", "five-day", THURSDAY, "DURATION", "P5D"),
    (
        "Sales rose over the Fourth of July weekend.",
        "Fourth of July weekend",
        THURSDAY,
        "DATE",
        "2025-W27-WE",
    ),
    ("Offices close on Juneteenth.", "Juneteenth", THURSDAY, "DATE", "2025-06-19"),
    (
        "It ran between July 15 and Aug. 5, 2024.",
        "July 15",
        THURSDAY,
        "DATE",
        "2024-07-15",
    ),
    (
        "It ran from Dec. 20 to Jan. 5, 2024.",
        "Dec. 20",
        THURSDAY,
        "DATE",
        "2023-12-20",
    ),
    ("In 1991, after a decade of war, it ended.", "a decade", THURSDAY, "DURATION", "P10Y"),
    ("It will cost $28.4 billion over a decade.", "a decade", THURSDAY, "DURATION", "P10Y"),
    ("Prices are set each month.", "each month", THURSDAY, "SET", "P1M"),
    ("They drank two to three cups of coffee a day.", "a day", THURSDAY, "SET", "P1D"),
    # a week after or before an event is a distance in time, no rate
    (
        "More than 160 remained missing a week after the flood.",
        "a week",
        THURSDAY,
        "DURATION",
        "P1W",
    ),
    # an adjective in -ed is no past tense
    (
        "It sells from compressed natural gas trucks starting Aug. 15.",
        "Aug. 15",
        THURSDAY,
        "DATE",
        "2025-08-15",
    ),
    # a month a contract is for is the one to come, whatever the tense
    ("December corn contracts dropped 9 cents.", "December", THURSDAY, "DATE", "2025-12"),
    ("Brent for September delivery fell 1%.", "September", THURSDAY, "DATE", "2025-09"),
    # ... and so is a month right before a good traded for delivery (data/contract_goods.txt)
    ("November crude gained 31 cents to $71.10.", "November", THURSDAY, "DATE", "2025-11"),
    ("August silver ended 6 cents higher.", "August", THURSDAY, "DATE", "2025-08"),
    ("The December Bund future ended lower.", "December", THURSDAY, "DATE", "2025-12"),
    # not after a word of time: when the good was made or sold
    ("In March copper output fell 3%.", "March", THURSDAY, "DATE", "2025-03"),
    # "last" after a modal is the verb: no "last four hours", and no past tense
    ("The strike would last four hours.", "four hours", THURSDAY, "DURATION", "PT4H"),
    ("It said the strike would last through Friday.", "Friday", THURSDAY, "DATE", "2025-07-11"),
    # a day that names one event of one year by the noun after it (data/named_days.tsv)
    ("His speech recalled the Sept. 11 attacks.", "Sept. 11", THURSDAY, "DATE", "2001-09-11"),
    (
        "An aide said the envoys had no role [in the September 11th terrorist attacks].",
        "September 11th",
        THURSDAY,
        "DATE",
        "2001-09-11",
    ),
    ("She left the Sept. 11 vigil early.", "Sept. 11", THURSDAY, "DATE", "2024-09-11"),
    ("Polls open on Sept. 11 for the attacks inquiry.", "Sept. 11", THURSDAY, "DATE", "2025-09-11"),
    # "the last" is the final ones, no past: the coming September
    (
        "She will tour until the last of the town hall meetings in September.",
        "September",
        THURSDAY,
        "DATE",
        "2025-09",
    ),
    # the quarter a day ends, and "a year earlier" goes back from the quarter named before it
    ("Profit rose in the quarter ended March 29.", "the quarter", THURSDAY, "DATE", "2025-Q1"),
    # "ending" is either: the coming quarter when its day is close ahead, else the last one
    (
        "It expects a charge in the quarter ending Sept. 28.",
        "the quarter",
        THURSDAY,
        "DATE",
        "2025-Q3",
    ),
    ("Sales rose in the quarter ending June 29.", "the quarter", THURSDAY, "DATE", "2025-Q2"),
    (
        "Profit rose 9% in the fiscal first quarter from a year earlier.",
        "a year earlier",
        THURSDAY,
        "DATE",
        "2024-Q1",
    ),
    (
        "Net rose in the quarter, from a year earlier.",
        "a year earlier",
        THURSDAY,
        "DATE",
        "2024-Q2",
    ),
    # a year's quarter, the year named before it
    (
        "It may start in next year's first quarter.",
        "next year's first quarter",
        THURSDAY,
        "DATE",
        "2026-Q1",
    ),
    ("Sales for last year's quarter fell.", "last year's quarter", THURSDAY, "DATE", "2024-Q2"),
    # a day set for what is to come; a relative clause after the day tells of something else
    ("Sentencing is set for Jan. 29.", "Jan. 29", THURSDAY, "DATE", "2026-01-29"),
    (
        "He was convicted, and sentencing was set for Oct. 3.",
        "Oct. 3",
        THURSDAY,
        "DATE",
        "2025-10-03",
    ),
    (
        "Spending rose in fiscal 2026, which runs through September, she said.",
        "September",
        THURSDAY,
        "DATE",
        "2025-09",
    ),
    (
        "Milei gained ahead of October's midterm elections.",
        "October",
        THURSDAY,
        "DATE",
        "2025-10",
    ),
    # a hyphenated word of a lead cue before the expression: "run-up to", "lead-up to"
    (
        "Police were busy in the run-up to Sunday's vote.",
        "Sunday",
        THURSDAY,
        "DATE",
        "2025-07-13",
    ),
    (
        "Crews worked late in the lead-up to Saturday's launch.",
        "Saturday",
        THURSDAY,
        "DATE",
        "2025-07-12",
    ),
    (
        "She won on Wednesday to reach the final, where she will face Gauff.",
        "Wednesday",
        THURSDAY,
        "DATE",
        "2025-07-09",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), TABLE)
def test_expression(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    fact = only(sentence, expression, published)
    assert (fact.type, fact.value) == (kind, value)


def test_table_is_large() -> None:
    assert len(TABLE) >= 60
