"""Date values that turn on the words around them: a stretch of the day or of a day word
("late yesterday"), a year earlier in a results report, the last quarter of a year, a second
day after "and".

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check, dates

# --- A stretch of the day takes the day word right after it ---------------------------------

DAY_AFTER: list[Row] = [
    (
        "Bonds were down in Frankfurt at mid-afternoon yesterday.",
        "mid-afternoon yesterday",
        THURSDAY,
        "TIME",
        "2025-07-09TAF",
    ),
    (
        "Rain is expected in early afternoon tomorrow.",
        "early afternoon tomorrow",
        THURSDAY,
        "TIME",
        "2025-07-11TAF",
    ),
    # without one, the day last mentioned
    (
        "Police arrived on Oct. 23. In late afternoon, the crowd dispersed.",
        "late afternoon",
        THURSDAY,
        "TIME",
        "2024-10-23TAF",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), DAY_AFTER)
def test_a_stretch_of_the_day_takes_the_day_after_it(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A day word with its stretch is one expression, with the stretch's mod -------------------

#: sentence, expression (published on THURSDAY), TIMEX3 type, value and mod
DAY_STRETCHES: list[tuple[str, str, str, str, str]] = [
    ("The minister resigned late yesterday.", "late yesterday", "DATE", "2025-07-09", "END"),
    ("Earlier today, the strike was called off.", "Earlier today", "DATE", "2025-07-10", "START"),
    ("Results are due later tomorrow.", "later tomorrow", "DATE", "2025-07-11", "END"),
    ("Talks will resume later tonight.", "later tonight", "TIME", "2025-07-10TNI", "END"),
    ("Gunmen struck late last night.", "late last night", "TIME", "2025-07-09TNI", "END"),
    (
        "The fire broke out early this morning.",
        "early this morning",
        "TIME",
        "2025-07-10TMO",
        "START",
    ),
    (
        "The vote came late yesterday afternoon.",
        "late yesterday afternoon",
        "TIME",
        "2025-07-09TAF",
        "END",
    ),
    (
        "The deal must be signed by the end of today.",
        "the end of today",
        "DATE",
        "2025-07-10",
        "END",
    ),
    ("Oil rose to $80 at midmorning today.", "midmorning today", "TIME", "2025-07-10TMO", "MID"),
    (
        "Shares slid in late afternoon yesterday.",
        "late afternoon yesterday",
        "TIME",
        "2025-07-09TAF",
        "END",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "kind", "value", "mod"), DAY_STRETCHES)
def test_a_day_word_takes_its_stretch(
    sentence: str, expression: str, kind: str, value: str, mod: str
) -> None:
    facts = [(f.text, f.type, f.value, f.mod) for f in dates(sentence, THURSDAY)]
    assert facts == [(expression, kind, value, mod)]


# --- In a results report "a year earlier" is the period named last, a year back ---------------

YEAR_AGO: list[Row] = [
    (
        "Acme reported a second-quarter loss of $3 million. Weak demand in Europe and higher fuel"
        " costs hurt results, and the company cut 200 jobs at its plant in Ohio. It also took a"
        " charge for closing two stores in Texas and for writing down the value of a venture"
        " with a Japanese partner. Revenue fell to $40 million from $45 million a year earlier.",
        "a year earlier",
        THURSDAY,
        "DATE",
        "2024-Q2",
    ),
    (
        "Profit rose in the second quarter. For the nine months, Acme earned $20 million, up"
        " from $15 million a year earlier.",
        "a year earlier",
        THURSDAY,
        "DATE",
        "2024",
    ),
    (
        "Acme's second-quarter profit rose. Net income was $4 million, compared with $3 million"
        " in the corresponding period last year.",
        "the corresponding period last year",
        THURSDAY,
        "DATE",
        "2024-Q2",
    ),
    (
        "Exports rose 5% in the first half compared with the same period last year.",
        "the same period last year",
        THURSDAY,
        "DATE",
        "2024",
    ),
    (
        "Profit climbed to $6 million in the second quarter, against a loss of $2 million"
        " last year.",
        "last year",
        THURSDAY,
        "DATE",
        "2024-Q2",
    ),
    (
        "Revenue in the second quarter was 2.84 billion euros, up from last year's"
        " 2.61 billion euros.",
        "last year",
        THURSDAY,
        "DATE",
        "2024-Q2",
    ),
    (
        "Second-quarter profit rose. Last year, Acme cut 500 jobs.",
        "Last year",
        THURSDAY,
        "DATE",
        "2024",
    ),
    (
        "Acme posted a loss of $2 million for the quarter a year ago.",
        "the quarter a year ago",
        THURSDAY,
        "DATE",
        "2024-Q2",
    ),
    # "quarterly" names no period.
    (
        "Analysts pore over its quarterly earnings releases. The firm earned $600 million last"
        " year.",
        "last year",
        THURSDAY,
        "DATE",
        "2024",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), YEAR_AGO)
def test_a_year_earlier_in_a_results_report(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- "the last quarter of 2024": the year's last; "final" and "latter" need the year ----------

LAST_OF_A_YEAR: list[Row] = [
    (
        "Sales grew in the last quarter of 2024.",
        "the last quarter of 2024",
        THURSDAY,
        "DATE",
        "2024-Q4",
    ),
    (
        "Sales grew in the final quarter of 2024.",
        "the final quarter of 2024",
        THURSDAY,
        "DATE",
        "2024-Q4",
    ),
    (
        "Profit fell in the final quarter of last year.",
        "the final quarter of last year",
        THURSDAY,
        "DATE",
        "2024-Q4",
    ),
    (
        "Prices fell in the latter half of 2024.",
        "the latter half of 2024",
        THURSDAY,
        "DATE",
        "2024-H2",
    ),
    (
        "Earnings will be lower for the last half of 1989.",
        "the last half of 1989",
        THURSDAY,
        "DATE",
        "1989-H2",
    ),
    # without a year "the last quarter" is the one before, as "last quarter" is
    ("Sales grew in the last quarter.", "the last quarter", THURSDAY, "DATE", "2025-Q2"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), LAST_OF_A_YEAR)
def test_the_last_quarter_of_a_year(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(
    "sentence",
    ["The Lakers pulled away in the final quarter.", "They led in the latter half."],
)
def test_a_final_quarter_without_a_year_is_no_date(sentence: str) -> None:
    assert dates(sentence, THURSDAY) == []


# --- "on April 24 and 25": the second day is a date of the first day's month -----------------

SECOND_DAY: list[Row] = [
    ("Leaders will meet on April 24 and 25 in Washington.", "25", THURSDAY, "DATE", "2026-04-25"),
    ("The talks ran on Sept. 3 and 4.", "4", dt.date(2025, 9, 10), "DATE", "2025-09-04"),
    (
        "The summit is on April 24 and 25, 2026, in Nairobi.",
        "25, 2026",
        THURSDAY,
        "DATE",
        "2026-04-25",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SECOND_DAY)
def test_a_second_day_after_and(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(
    "sentence",
    ["Polls opened on Nov. 5, and 6 people were arrested.", "He met them on March 3 and 12 more."],
)
def test_a_count_after_a_day_is_no_second_day(sentence: str) -> None:
    assert len(dates(sentence, THURSDAY)) == 1
