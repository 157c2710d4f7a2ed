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

import newsfacts
from date_checks import EXTRACTOR, OCTOBER_1989, THURSDAY, dates, only
from newsfacts import TimeExpression

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
    fact = _seed_fact(seed_dates, "Wednesday")  # "between Wednesday and Thursday"
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
        # a weekend stays a weekend of an open week, as "Easter weekend" is
        ("The fair drew crowds last weekend.", "last weekend", "XXXX-WXX-WE"),
        ("Showers are due over the weekend.", "the weekend", "XXXX-WXX-WE"),
        ("He arrived yesterday.", "yesterday", "XXXX-XX-XX"),
        ("The alarm rang that night.", "that night", "XXXX-XX-XXTNI"),
        # at the grain the distance names with a publication day: a year, a day, a month
        ("The mill closed a decade ago.", "a decade ago", "XXXX"),
        ("The fire started two hours ago.", "two hours ago", "XXXX-XX-XX"),
        ("He left two and a half years ago.", "two and a half years ago", "XXXX-XX"),
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
        "Snow totals ranged from a quarter inch to two inches.",
        "The fall in prices hurt exporters.",
        "Farm income is forecast to fall 25.5% on lower prices.",
        "Anyone with information can call 1800 333 000.",
        "A 29-year-old woman of Winter Haven was hurt.",
        "The mill in Fall River closed, and the Summer Youth Program moved.",
        "He scored 2015 points in his career.",
        "Shots were fired near the 1600 block of West 79th Street.",
        # a house number after a word that places something there, before a street's name
        "Protesters marched to the gates at 1700 Lakeview Avenue.",
        "The law firm's office at 1800 Market Street will move.",
        # a number after "No." numbers a thing
        "Baker spoke on a visit to Ocala's VFW Post No. 4108.",
        "The price was $2015.",
        "They are ready to go.",
        # a month's name between a capitalized word and a surname is a given name
        "U.S. District Judge April Perry blocked the order.",
        "Singer June Carter performed.",
        # a speed is no set of times (TimeML marks no expression of speed)
        "Gusts of up to 90 miles per hour tore roofs off homes.",
        "The new server handles 40 million operations per second.",
        "The jets blow at 500 metres a second.",
        "The train will run at 320 kilometers an hour.",
        # ... also of a cube's or a square's measure, or with its conversion in brackets
        "The river flowed at 550,000 cubic feet per second.",
        "The storm came ashore with winds of 130 kilometers (80 miles) per hour.",
    ],
)
def test_no_date(sentence: str) -> None:
    assert dates(sentence) == []


def test_a_year_after_no_in_lower_case() -> None:
    """Only "No." or "Nos." capitalized numbers a thing: "no." ending a sentence is a word."""
    fact = only("Asked if it would work, he said no. 2016 was a hard year.", "2016")
    assert (fact.type, fact.value) == ("DATE", "2016")


def test_range_between() -> None:
    fact = only("Strikes hit between Wednesday and Thursday.", "Wednesday")
    assert fact.range == ("2025-07-09", "2025-07-10")


@pytest.mark.parametrize(
    ("sentence", "expression", "ends"),
    [
        ("The summit runs from 8 to 10 July.", "8 to 10 July", ("2025-07-08", "2025-07-10")),
        ("The summit runs July 8-10, 2026.", "July 8-10, 2026", ("2026-07-08", "2026-07-10")),
        # two expressions joined: each its own fact (TimeML's two TIMEX3s), the first
        # holding the range
        ("Prices doubled between 2015 and 2019.", "2015", ("2015", "2019")),
        ("Talks run Sept. 20-24 in Geneva.", "Sept. 20-24", ("2025-09-20", "2025-09-24")),
        ("It runs Jan. 27-Feb. 1, 2026.", "Jan. 27-Feb. 1, 2026", ("2026-01-27", "2026-02-01")),
        ("It ran Dec. 28-Jan. 3, 2025.", "Dec. 28-Jan. 3, 2025", ("2024-12-28", "2025-01-03")),
        # a start without a year is in the end's year, or the year before
        (
            "Exports fell between January and September.",
            "January",
            ("2024-01", "2024-09"),
        ),
        ("Rain fell from November to February.", "November", ("2024-11", "2025-02")),
        # the month once, "to" and a day ending the clause
        ("The fair runs from Aug. 6 to 17.", "Aug. 6 to 17", ("2025-08-06", "2025-08-17")),
        # clock times: an end earlier than the start is on the next day, and a start without
        # a day is on the day of the end written with one (the day before, overnight)
        (
            "A curfew runs from 10 p.m. to 5 a.m.",
            "10 p.m.",
            ("2025-07-10T22:00", "2025-07-11T05:00"),
        ),
        (
            "The shooting happened between 11:30 p.m. and 1 a.m. Saturday.",
            "11:30 p.m.",
            ("2025-07-04T23:30", "2025-07-05T01:00"),
        ),
        # two weekdays make a range of less than a week, in the past before the article's
        # day (a Thursday's here), else to come
        (
            "The festival runs from Friday through Sunday.",
            "Friday",
            ("2025-07-11", "2025-07-13"),
        ),
        (
            "The shop was open from Monday through Friday.",
            "Monday",
            ("2025-06-30", "2025-07-04"),
        ),
        (
            "The shop will be open from Monday through Friday.",
            "Monday",
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
        # "the next year", "the next month" too, but not after a word of a stretch ahead
        ("She was named judge in 1995 and elected the next year.", "the next year", "1996"),
        ("Talks began in May 2001. The next month, they failed.", "The next month", "2001-06"),
        ("Sales rose in 2008, and prices will rise over the next year.", "the next year", "2026"),
        ("Shot Oct. 23, 1998. Earlier that day, a fax came.", "Earlier that day", "1998-10-23"),
        (
            "On March 2, 2015, the paper broke the story, and the following day it was denied.",
            "the following day",
            "2015-03-03",
        ),
        ("The plant shut on March 3. It restarted the next day.", "the next day", "2025-03-04"),
        # after a month named without its day, a day of that month, left open
        (
            "He sued the firm last September and settled the next day.",
            "the next day",
            "2024-09-XX",
        ),
        (
            "The convention closed in July; at a breakfast the following morning, he spoke.",
            "the following morning",
            "2025-07-XXTMO",
        ),
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


def test_range_ends_are_facts_of_their_own() -> None:
    """TimeML marks each end of "from Aug. 12 to Oct. 3" with a TIMEX3 of its own, the
    joining word outside both: the first end holds the range."""
    found = dates("It bought shares from Aug. 12 to Oct. 3.")
    assert [(f.text, f.range) for f in found] == [
        ("Aug. 12", ("2024-08-12", "2024-10-03")),  # bought: the last ones
        ("Oct. 3", None),
    ]


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
