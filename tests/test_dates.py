"""The dates field: time expressions normalized TIMEX3-style against the publication day.

Each table row reads: this sentence, published on this day, holds this expression with this
type and value. Values follow TimeML's TIMEX3: "2025-07-10" a day, "2025-W28" a week,
"2025-Q3" a quarter, "XXXX-WXX-4" a Thursday that no publication day anchors, "P2W" a
duration, "PRESENT_REF" now.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import TimeExpression
from newsfacts.testing import FieldUnderTest, check_field, check_text, news_texts

EXTRACTOR = newsfacts.Extractor(["dates"])

THURSDAY = dt.date(2025, 7, 10)


def dates(text: str, published: dt.date | None = THURSDAY) -> list[TimeExpression]:
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=published))
    assert not result.errors
    return [fact for fact in result.dates if isinstance(fact, TimeExpression)]


def only(text: str, expression: str, published: dt.date | None = THURSDAY) -> TimeExpression:
    found = [fact for fact in dates(text, published) if fact.text == expression]
    assert len(found) == 1, (expression, [fact.text for fact in dates(text, published)])
    return found[0]


# --- The seed article: Russian strikes on Kyiv, published Thursday 10 July 2025 -------------


@pytest.fixture(scope="module")
def seed_dates(seed_article: newsfacts.Article) -> list[TimeExpression]:
    result = EXTRACTOR.extract(seed_article)
    assert not result.errors
    return [fact for fact in result.dates if isinstance(fact, TimeExpression)]


def _seed_fact(facts: list[TimeExpression], text: str) -> TimeExpression:
    found = [fact for fact in facts if fact.text.lower() == text.lower()]
    assert found, (text, [fact.text for fact in facts])
    return found[0]


def test_seed_overnight_range(seed_dates: list[TimeExpression]) -> None:
    fact = _seed_fact(seed_dates, "Wednesday and Thursday")
    assert fact.range == ("2025-07-09", "2025-07-10")
    assert fact.type == "DATE"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Thursday", "DATE", "2025-07-10"),  # "said on Thursday"
        ("March", "DATE", "2025-03"),  # "began in March"
        ("the end of February", "DATE", "2025-02"),
        ("10-hour", "DURATION", "PT10H"),
        ("two weeks", "DURATION", "P2W"),
        ("every night", "SET", "P1D"),
    ],
)
def test_seed_expressions(
    seed_dates: list[TimeExpression], text: str, kind: str, value: str
) -> None:
    fact = _seed_fact(seed_dates, text)
    assert (fact.type, fact.value) == (kind, value)
    assert fact.resolved


def test_seed_end_of_february_is_the_end(seed_dates: list[TimeExpression]) -> None:
    assert _seed_fact(seed_dates, "the end of February").mod == "END"


def test_seed_previous_night(seed_dates: list[TimeExpression]) -> None:
    fact = _seed_fact(seed_dates, "The previous night")
    assert fact.value in ("2025-07-09TNI", "2025-07-09")


def test_seed_false_friends(
    seed_article: newsfacts.Article, seed_dates: list[TimeExpression]
) -> None:
    """No date for "we", "ready to go" or the count 397; "now" is never a calendar date."""
    text = seed_article.text
    for word in ("we", "ready to go", "397"):
        for match in re.finditer(rf"\b{word}\b", text):
            assert not any(f.start < match.end() and match.start() < f.end for f in seed_dates)
    for fact in seed_dates:
        if fact.text.lower().endswith("now"):
            assert fact.value == "PRESENT_REF"


# --- Expressions, one by one -----------------------------------------------------------------

FRIDAY_1998 = dt.date(1998, 8, 7)  # a Friday
OCTOBER_1989 = dt.date(1989, 10, 26)  # a Thursday, in the fourth quarter

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
    ("She left Cuba in 1962 when she was 4.", "1962", THURSDAY, "DATE", "1962"),
    ("Profit rose in fiscal 1989.", "fiscal 1989", OCTOBER_1989, "DATE", "1989"),
    ("The fiscal year 2026 budget passed.", "fiscal year 2026", OCTOBER_1989, "DATE", "2026"),
    ("Prices rose in the 1990s.", "the 1990s", THURSDAY, "DATE", "199"),
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
    ("He spoke over the weekend.", "the weekend", THURSDAY, "DATE", "2025-W27-WE"),
    ("They will meet at the weekend.", "the weekend", THURSDAY, "DATE", "2025-W28-WE"),
    ("Sales rose this week.", "this week", THURSDAY, "DATE", "2025-W28"),
    ("Sales fell last month.", "last month", THURSDAY, "DATE", "2025-06"),
    ("Sales rise next month.", "next month", THURSDAY, "DATE", "2025-08"),
    ("Sales fell last year.", "last year", THURSDAY, "DATE", "2024"),
    ("Sales rose this year.", "this year", THURSDAY, "DATE", "2025"),
    ("Sales rose earlier this year.", "earlier this year", THURSDAY, "DATE", "2025"),
    ("Sales will fall early next year.", "early next year", THURSDAY, "DATE", "2026"),
    ("It closed two weeks ago.", "two weeks ago", THURSDAY, "DATE", "2025-W26"),
    ("It closed 10 days ago.", "10 days ago", THURSDAY, "DATE", "2025-06-30"),
    ("It closed five months ago.", "five months ago", THURSDAY, "DATE", "2025-02"),
    ("It closed a year ago.", "a year ago", THURSDAY, "DATE", "2024"),
    ("Shares are now higher.", "now", THURSDAY, "DATE", "PRESENT_REF"),
    ("Shares are currently higher.", "currently", THURSDAY, "DATE", "PRESENT_REF"),
    ("He recently resigned.", "recently", THURSDAY, "DATE", "PAST_REF"),
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
        "The blast came at about 10:35 a.m. (0735 GMT) Friday.",
        "about 10:35 a.m.",
        THURSDAY,
        "TIME",
        "2025-07-04T10:35",
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
    # a clock time on the day named just before it in its sentence; else on the publication day
    (
        "The council met on Monday, March 16, 2009, at 6 p.m. in City Hall.",
        "6 p.m.",
        THURSDAY,
        "TIME",
        "2009-03-16T18:00",
    ),
    (
        "The shop closed on March 3. At 9 p.m. the lights went out.",
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
    ("Compared with year-earlier profit, it fell.", "year-earlier", THURSDAY, "DATE", "2024"),
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
    ("It earned $147 million over the five-day weekend.", "five-day", THURSDAY, "DURATION", "P5D"),
    (
        "Sales rose over the Fourth of July weekend.",
        "Fourth of July",
        THURSDAY,
        "DATE",
        "2025-07-04",
    ),
    ("Offices close on Juneteenth.", "Juneteenth", THURSDAY, "DATE", "2025-06-19"),
    (
        "It ran between July 15 and Aug. 5, 2024.",
        "July 15 and Aug. 5, 2024",
        THURSDAY,
        "DATE",
        "2024-07-15",
    ),
    (
        "It ran from Dec. 20 to Jan. 5, 2024.",
        "Dec. 20 to Jan. 5, 2024",
        THURSDAY,
        "DATE",
        "2023-12-20",
    ),
    ("In 1991, after a decade of war, it ended.", "a decade", THURSDAY, "DURATION", "P10Y"),
    ("It will cost $33.6 billion over a decade.", "a decade", THURSDAY, "DURATION", "P10Y"),
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
    # "last" after a modal is the verb: no "last four hours", and no past tense
    ("The strike would last four hours.", "four hours", THURSDAY, "DURATION", "PT4H"),
    ("It said the strike would last through Friday.", "Friday", THURSDAY, "DATE", "2025-07-11"),
    # the quarter a day ends, and "a year earlier" goes back from the quarter named before it
    ("Profit rose in the quarter ended March 29.", "the quarter", THURSDAY, "DATE", "2025-Q1"),
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


def test_mods() -> None:
    assert only("It took nearly two months.", "nearly two months").mod == "APPROX"
    assert only("It took more than four hours.", "more than four hours").mod == "MORE_THAN"
    assert only("Sales rose earlier this year.", "earlier this year").mod == "START"
    assert only("It ran until late November.", "late November").mod == "END"
    # a half of a month is its start or end (TIMEX3 has no value for it)
    first_half = only(
        "Elections will be held in the first half of February.", "the first half of February"
    )
    assert (first_half.value, first_half.mod) == ("2026-02", "START")
    second_half = only("The vote is due in the second half of March.", "the second half of March")
    assert (second_half.value, second_half.mod) == ("2026-03", "END")


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Peskov said on Thursday there is no date.", "Thursday", "XXXX-WXX-4"),
        ("Planning began in March.", "March", "XXXX-03"),
        ("The vote is on July 14.", "July 14", "XXXX-07-14"),
        ("Sales fell last week.", "last week", "XXXX-WXX"),
        ("He arrived yesterday.", "yesterday", "XXXX-XX-XX"),
    ],
)
def test_without_publication_day_values_stay_open(
    sentence: str, expression: str, value: str
) -> None:
    fact = only(sentence, expression, published=None)
    assert fact.value == value
    assert not fact.resolved


LAST_DAY = dt.date(9999, 12, 31)  # a Friday, the last day Python's calendar (and TIMEX3) can write
THIRD_DAY = dt.date(1, 1, 3)


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "value"),
    [
        ("The law takes effect next year.", "next year", LAST_DAY, "XXXX"),
        ("The vote is tomorrow.", "tomorrow", LAST_DAY, "XXXX-XX-XX"),
        ("Talks resume next month.", "next month", LAST_DAY, "XXXX-XX"),
        ("Talks resume next week.", "next week", LAST_DAY, "XXXX-WXX"),
        ("They meet again next Monday.", "next Monday", LAST_DAY, "XXXX-WXX-1"),
        ("Rates will rise next century.", "next century", LAST_DAY, "XX"),
        ("The vote was yesterday.", "yesterday", LAST_DAY, "9999-12-30"),
        ("The vote was on Monday.", "Monday", LAST_DAY, "9999-12-27"),
        ("It closes this year.", "this year", LAST_DAY, "9999"),
        ("The war began 2 years ago.", "2 years ago", THIRD_DAY, "XXXX"),
        ("Sales fell last year.", "last year", THIRD_DAY, "XXXX"),
        ("Prices rose last month.", "last month", THIRD_DAY, "XXXX-XX"),
        ("It was built three days ago.", "three days ago", THIRD_DAY, "XXXX-XX-XX"),
        ("The vote was yesterday.", "yesterday", THIRD_DAY, "0001-01-02"),
        ("The rally was two days ago.", "two days ago", THIRD_DAY, "0001-01-01"),
        ("It opens next year.", "next year", THIRD_DAY, "0002"),
    ],
)
def test_values_at_the_ends_of_the_calendar(
    sentence: str, expression: str, published: dt.date, value: str
) -> None:
    """A value past year 9999 or before year 1 reads as if no publication day were given
    (open, "XXXX", and not resolved): TIMEX3 years have four digits, and "10000" or "-001"
    would be wrong. Values within the calendar are resolved as anywhere else."""
    fact = only(sentence, expression, published=published)
    assert (fact.type, fact.value, fact.resolved) == ("DATE", value, not value.startswith("X"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia fired 397 Shahed drones.",
        "The 1,000-kilometre front line.",
        "We may decide later.",
        "Protesters march on the capital.",
        "A quarter of the vote went to him.",
        "The central bank cut its rate by a quarter point.",
        "Ice accumulations were from a quarter inch to an inch.",
        "The fall in prices hurt exporters.",
        "Farm income is forecast to fall 25.5% on lower prices.",
        "Anyone with information can call 1800 333 000.",
        "A 29-year-old woman of Winter Haven was hurt.",
        "The mill in Fall River closed, and the Summer Youth Program moved.",
        "He scored 2015 points in his career.",
        "Shots were fired near the 1600 block of West 79th Street.",
        "The price was $2015.",
        "They are ready to go.",
        # a month's name between a capitalized word and a surname is a given name
        "U.S. District Judge April Perry blocked the order.",
        "Singer June Carter performed.",
        # a speed is no set of times (TimeML marks no expression of speed)
        "Gusts of up to 90 miles per hour tore roofs off homes.",
        "The new chip runs 40 million instructions per second.",
        "The jets blow at 500 metres a second.",
        "The train will run at 320 kilometers an hour.",
    ],
)
def test_no_date(sentence: str) -> None:
    assert dates(sentence) == []


def test_range_between() -> None:
    fact = only("Strikes hit between Wednesday and Thursday.", "Wednesday and Thursday")
    assert fact.range == ("2025-07-09", "2025-07-10")


@pytest.mark.parametrize(
    ("sentence", "expression", "ends"),
    [
        ("The summit runs from 8 to 10 July.", "8 to 10 July", ("2025-07-08", "2025-07-10")),
        ("The summit runs July 8-10, 2026.", "July 8-10, 2026", ("2026-07-08", "2026-07-10")),
        ("Prices doubled between 2015 and 2019.", "2015 and 2019", ("2015", "2019")),
        ("Talks run Sept. 20-24 in Geneva.", "Sept. 20-24", ("2025-09-20", "2025-09-24")),
        ("It runs Jan. 27-Feb. 1, 2026.", "Jan. 27-Feb. 1, 2026", ("2026-01-27", "2026-02-01")),
        ("It ran Dec. 28-Jan. 3, 2025.", "Dec. 28-Jan. 3, 2025", ("2024-12-28", "2025-01-03")),
        # a start without a year is in the end's year, or the year before
        (
            "Exports fell between January and September.",
            "January and September",
            ("2024-01", "2024-09"),
        ),
        ("Rain fell from November to February.", "November to February", ("2024-11", "2025-02")),
        # the month once, "to" and a day ending the clause
        ("The fair runs from Aug. 6 to 17.", "Aug. 6 to 17", ("2025-08-06", "2025-08-17")),
        # clock times: an end earlier than the start is on the next day, and a start without
        # a day is on the day of the end written with one (the day before, overnight)
        (
            "A curfew runs from 10 p.m. to 5 a.m.",
            "10 p.m. to 5 a.m.",
            ("2025-07-10T22:00", "2025-07-11T05:00"),
        ),
        (
            "The shooting happened between 11:30 p.m. and 1 a.m. Saturday.",
            "11:30 p.m. and 1 a.m. Saturday",
            ("2025-07-04T23:30", "2025-07-05T01:00"),
        ),
        # two weekdays make a range of less than a week, in the past before the article's
        # day (a Thursday's here), else to come
        (
            "The festival runs from Friday through Sunday.",
            "Friday through Sunday",
            ("2025-07-11", "2025-07-13"),
        ),
        (
            "The shop was open from Monday through Friday.",
            "Monday through Friday",
            ("2025-06-30", "2025-07-04"),
        ),
        (
            "The shop will be open from Monday through Friday.",
            "Monday through Friday",
            ("2025-07-14", "2025-07-18"),
        ),
    ],
)
def test_ranges(sentence: str, expression: str, ends: tuple[str, str]) -> None:
    fact = only(sentence, expression)
    assert fact.range == ends
    assert fact.value == ends[0]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("He left in June 1998 and came back later that year.", "later that year", "1998"),
        (
            "Sale failed in March 1989; the following month it sold.",
            "the following month",
            "1989-04",
        ),
        ("He was promoted in 1995, and the following year he moved.", "the following year", "1996"),
        ("Shot Oct. 23, 1998. Earlier that day, a fax came.", "Earlier that day", "1998-10-23"),
        (
            "On March 2, 2015, the paper broke the story, and the following day it was denied.",
            "the following day",
            "2015-03-03",
        ),
        ("The plant shut on March 3. It restarted the next day.", "the next day", "2025-03-04"),
        # a part of the day does too
        (
            "Polls close on Nov. 4, with results expected the next morning.",
            "the next morning",
            "2025-11-05TMO",
        ),
        # ... and so does a part of the day with its stretch
        ("The fire began on June 2 in the early morning.", "early morning", "2025-06-02TMO"),
        ("Shares slid in mid-afternoon trading.", "mid-afternoon", "2025-07-10TAF"),
        (
            "The fire began on June 2. The night before, it was hot.",
            "The night before",
            "2025-06-01TNI",
        ),
        ("Imports that year rose.", "that year", "2025"),  # nothing mentioned: the publication
    ],
)
def test_anchored_to_the_date_last_mentioned(sentence: str, expression: str, value: str) -> None:
    assert only(sentence, expression).value == value


def test_range_ends_are_also_facts() -> None:
    """TimeML marks each end of "from Aug. 26 to Oct. 20": the last end is a fact too."""
    texts = [f.text for f in dates("It bought shares from Aug. 26 to Oct. 20.")]
    assert texts == ["Aug. 26 to Oct. 20", "Oct. 20"]


def test_vague_ends_make_no_range() -> None:
    found = dates("He stays between now and Feb. 10.")
    assert [(f.text, f.range) for f in found] == [("now", None), ("Feb. 10", None)]


def test_scores_are_no_day_range() -> None:
    assert dates("They won Jan. 5-3.") == []


def test_a_quarter_or_half_of_a_game_is_no_date() -> None:
    report = (
        "Kevin Durant scored 31 points and the Suns beat the Lakers 118-109 in their game on "
        "Friday night. The Lakers coach said his team lost the rebounds battle and the game "
        "in the third quarter, and Booker added 20 points in the second half."
    )
    assert [f.text for f in dates(report)] == ["Friday night"]
    # a word of a game before it in its sentence says so too, in any article
    assert dates("Mahomes left the game in the fourth quarter with an ankle injury.") == []
    # outside a sports report, and with a year or "fiscal", it is the calendar's
    assert [f.value for f in dates("Profit rose in the third quarter, Ford said.")] == ["2025-Q3"]


def test_spans_leave_out_determiners_and_possessives() -> None:
    assert [f.text for f in dates("It posted a third-quarter loss.", OCTOBER_1989)] == [
        "third-quarter"
    ]
    assert [f.text for f in dates("Friday's vote was close.")] == ["Friday"]
    assert [f.text for f in dates("It began in March.")] == ["March"]


def test_facts_are_in_the_result_dict() -> None:
    result = EXTRACTOR.extract(newsfacts.Article(text="It closed on Friday.", published=THURSDAY))
    [fact] = result.to_dict()["facts"]["dates"]
    assert fact["value"] == "2025-07-04" and fact["type"] == "DATE"


def test_hostile_text_does_not_hang() -> None:
    text = ("the past few " * 2000) + ("12/" * 2000) + ("a " * 5000)
    dates(text)


# --- Properties ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "the",
        "last",
        "next",
        "past",
        "this",
        "early",
        "late",
        "mid",
        "every",
        "each",
        "a",
        "two",
        "10",
        "1998",
        "2025",
        "20",
        "Friday",
        "March",
        "may",
        "week",
        "weeks",
        "years",
        "year-earlier",
        "quarter",
        "third",
        "fiscal",
        "ago",
        "now",
        "today",
        "night",
        "morning",
        "3pm",
        "10:30",
        "a.m.",
        "noon",
        ",",
        ".",
        "-",
        "/",
        "'s",
        "and",
        "between",
        "about",
        "nearly",
    ]
)
_TEXT = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=40).map(" ".join))
_PUBLISHED = st.one_of(st.none(), st.dates())  # the whole calendar, 1 to 9999


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=_PUBLISHED)
def test_never_raises_and_offsets_hold(text: str, published: dt.date | None) -> None:
    for fact in dates(text, published):
        assert text[fact.start : fact.end] == fact.text
        assert fact.type in ("DATE", "TIME", "DURATION", "SET")
        assert fact.value


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_no_value_from_the_clock(text: str) -> None:
    """Without a publication day no value holds a year the text does not hold."""
    years_in_text = set(re.findall(r"\d{4}", text))
    for fact in dates(text, published=None):
        for year in re.findall(r"(?<!\d)\d{4}(?!\d)", fact.value):
            assert year in years_in_text, (fact, text)
        if fact.value[:1].isdigit() and not fact.resolved:
            raise AssertionError(fact)


_CALENDAR_ENDS = st.one_of(
    st.dates(max_value=dt.date(1, 3, 31)), st.dates(min_value=dt.date(9999, 10, 1))
)


@settings(max_examples=200, deadline=None)
@given(text=st.lists(_WORDS, max_size=40).map(" ".join), published=_CALENDAR_ENDS)
def test_values_stay_within_the_calendar(text: str, published: dt.date) -> None:
    """Published at either end of the calendar, no value has a year TIMEX3 cannot write."""
    for fact in dates(text, published):
        for value in (fact.value, *(fact.range or ())):
            assert not re.match(r"-|0000|\d{5}", value), (fact, text)


_MONTH_NAMES = st.sampled_from(
    ["January", "March", "June", "July", "September", "November", "December"]
)
_DAYS = st.integers(1, 28)
_TENSES = st.sampled_from(["Sales fell", "Sales will rise", "Sales rose"])


@settings(max_examples=200, deadline=None)
@given(
    first=_MONTH_NAMES,
    last=_MONTH_NAMES,
    first_day=st.none() | _DAYS,
    last_day=st.none() | _DAYS,
    tense=_TENSES,
    published=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
)
def test_a_range_never_runs_backwards(
    first: str,
    last: str,
    first_day: int | None,
    last_day: int | None,
    tense: str,
    published: dt.date,
) -> None:
    """Whatever the months, days, tense and publication day, a range's start is not after its
    end: a start without a year takes the end's year, or the year before."""
    start = first if first_day is None else f"{first} {first_day}"
    end = last if last_day is None else f"{last} {last_day}"
    for fact in dates(f"{tense} between {start} and {end}.", published):
        if fact.range is not None and len(fact.range[0]) == len(fact.range[1]):
            assert fact.range[0] <= fact.range[1], fact


# --- the checks every plugin passes (newsfacts.testing) -----------------------------------

UNDER_TEST = FieldUnderTest.load(newsfacts.DATES)


def test_passes_the_plugin_checks() -> None:
    check_field(
        UNDER_TEST,
        [
            newsfacts.Article(
                text="Russia fired 397 drones at Kyiv on Thursday. Talks resume on 14 July 2025 "
                "and will last two weeks, every Monday at 10am.",
                published=THURSDAY,
            ),
            "The war began in February 2022.",
        ],
    )


@settings(max_examples=25, deadline=None)
@given(news_texts())
def test_news_texts_pass_the_plugin_checks(text: str) -> None:
    check_text(UNDER_TEST, text)


def test_a_day_then_to_and_a_count_makes_no_range() -> None:
    assert [f.text for f in dates("The toll rose from 10 on June 12 to 14.")] == ["June 12"]
    assert [f.text for f in dates("It rose from June 12 to 14 on Friday.")] == ["June 12", "Friday"]


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "mod"),
    [
        ("Sales fell at the start of the year.", "the start of the year", "2025", "START"),
        ("Rents peak in the middle of the month.", "the middle of the month", "2025-07", "MID"),
        ("By the end of the decade, sales will double.", "the end of the decade", "202", "END"),
    ],
)
def test_a_part_of_the_current_unit(sentence: str, expression: str, value: str, mod: str) -> None:
    found = only(sentence, expression)
    assert (found.value, found.mod) == (value, mod)


def test_the_end_of_a_year_written_is_that_year() -> None:
    assert [(f.text, f.value) for f in dates("It was the end of the year 2000.")] == [
        ("2000", "2000")
    ]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a clock time, a weekday and a day before its month, as British news writes them
        (
            "Police were called at 11.45pm on Sunday 12 May.",
            "11.45pm on Sunday 12 May",
            "2024-05-12T23:45",
        ),
        ("Sales have fallen for the past fortnight.", "the past fortnight", "P2W"),
    ],
)
def test_british_forms(sentence: str, expression: str, value: str) -> None:
    assert only(sentence, expression).value == value
