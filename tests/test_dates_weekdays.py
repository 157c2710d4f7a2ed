"""Date values of weekdays and weeks: the verb tense and the publication day decide which
weekday a name means; "the week" is the publication week, unless it is another time's; the
week of a day is that day's ISO week, and a holiday's week ("Christmas week") the one holding
it. The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import MAY_2025, THURSDAY, Row, check, dates, only

# --- The weekday, too, follows the tense ---------------------------------------------------

WEEKDAY: list[Row] = [
    # a fixture or a visit on a schedule, in the present, is to come
    ("The team plays Toronto on Sunday.", "Sunday", THURSDAY, "DATE", "2025-07-13"),
    ("The president visits Kenya on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    ("The senator returns to Washington on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    ("The show returns on Monday, the network said.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    # a forecast: "is likely", "are likely" before the day
    ("Showers are likely Monday night.", "Monday night", THURSDAY, "DATE", "2025-07-14TNI"),
    # ... not "likely" before a noun
    ("Likely voters were polled on Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
    # ... not "returns" the noun
    (
        "Early returns on Monday night showed Ruiz ahead.",
        "Monday night",
        THURSDAY,
        "DATE",
        "2025-07-07TNI",
    ),
    # a weekday joined by "or" to one before it takes its tense, though the cue is far
    (
        "The storm is expected to cross the coast near Ballina and Byron Bay on Sunday or"
        " early Monday.",
        "early Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    # "the following" and "the previous" count from the day last mentioned
    (
        "The museum will be closed through Jan. 2 and reopen the following Monday.",
        "the following Monday",
        THURSDAY,
        "DATE",
        "2026-01-05",
    ),
    (
        "The fund closed at $12 on Oct. 3, up from $11 the previous Friday.",
        "the previous Friday",
        THURSDAY,
        "DATE",
        "2024-09-27",
    ),
    # the nth weekday of a month is that day of the month
    (
        "Applications open on the first Monday in October.",
        "the first Monday in October",
        THURSDAY,
        "DATE",
        "2025-10-06",
    ),
    (
        "The vote was held on the last Thursday of November 2023.",
        "the last Thursday of November 2023",
        THURSDAY,
        "DATE",
        "2023-11-30",
    ),
    # ... and so are its nth day, week (the ISO week holding most of its nth seven days) and
    # weekend (its nth Saturday's)
    (
        "The law takes effect on the first day of next month.",
        "the first day of next month",
        THURSDAY,
        "DATE",
        "2025-08-01",
    ),
    (
        "The deadline is the last day of the month.",
        "the last day of the month",
        THURSDAY,
        "DATE",
        "2025-07-31",
    ),
    (
        "Talks resume in the first week of August.",
        "the first week of August",
        THURSDAY,
        "DATE",
        "2025-W32",
    ),
    (
        "Polls peaked in the last week of October 2015.",
        "the last week of October 2015",
        THURSDAY,
        "DATE",
        "2015-W44",
    ),
    (
        "The fair opens on the second weekend in August.",
        "the second weekend in August",
        THURSDAY,
        "DATE",
        "2025-W32-WE",
    ),
    # a day of the month alone is in the month the tense points to
    ("The Senate will take it up on the 22nd.", "the 22nd", THURSDAY, "DATE", "2025-07-22"),
    ("The council will meet again on the 4th.", "the 4th", THURSDAY, "DATE", "2025-08-04"),
    ("He was arrested on the 25th, police said.", "the 25th", THURSDAY, "DATE", "2025-06-25"),
    (
        "Rent is due by the 1st of next month.",
        "the 1st of next month",
        THURSDAY,
        "DATE",
        "2025-08-01",
    ),
    ("A vote is planned for Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    ("Talks were slated to restart Tuesday.", "Tuesday", THURSDAY, "DATE", "2025-07-15"),
    ("The ferry was inspected on Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
    # An auxiliary yields to the future word after it; "is to" and "set to" point ahead.
    (
        "Growers were planning a march through the town on Saturday.",
        "Saturday",
        THURSDAY,
        "DATE",
        "2025-07-12",
    ),
    # ... also with an adverb between them
    (
        "A march on Saturday was still expected to draw thousands.",
        "Saturday",
        THURSDAY,
        "DATE",
        "2025-07-12",
    ),
    # ... and with a participle before "to" after the day
    ("Friday is forecast to be the hottest day.", "Friday", THURSDAY, "DATE", "2025-07-11"),
    # what is likely to happen is to come; "likely" before no "to" plans nothing
    ("The judge is likely to rule on Tuesday.", "Tuesday", THURSDAY, "DATE", "2025-07-15"),
    ("A poll of likely voters taken Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
    ("The market is to reopen Tuesday.", "Tuesday", THURSDAY, "DATE", "2025-07-15"),
    ("Game 4 is Monday in Boston.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    ("The final is on Sunday.", "Sunday", THURSDAY, "DATE", "2025-07-13"),
    ("Ferry crews are set to strike Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    # A past perfect ends the plan, and turns "until" and "by" back.
    ("The permit had been due to lapse Friday.", "Friday", THURSDAY, "DATE", "2025-07-04"),
    (
        "Until Tuesday, the police had not named the driver.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    ("Most towns had filed their budgets by Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
    # The verb before the day decides, not a reported clause after "that".
    (
        "The coach told players Monday that he would step down.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    ("The coach said that on Monday he will step down.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    # A day opening the sentence goes with its verb, however long the subject before it.
    (
        "On Tuesday, the regional association of independent grocery stores plans to protest.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-15",
    ),
]


THE_WEEK = [
    ("For the week, the index fell 3.8%.", "the week", THURSDAY, "DATE", "2025-W28"),
    ("The talks collapsed earlier in the week.", "the week", THURSDAY, "DATE", "2025-W28"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), THE_WEEK)
def test_the_week_is_the_publication_week(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(
    "sentence", ["He was the flavor of the week.", "Claims fell in the week ending March 19."]
)
def test_the_week_of_another_time_is_not_the_publication_week(sentence: str) -> None:
    assert "the week" not in [fact.text for fact in dates(sentence, THURSDAY)]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), WEEKDAY)
def test_weekday_follows_the_tense(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(
    "expression",
    ["the week of Sept. 14", "the week beginning 14 September", "the week starting Sept. 14"],
)
def test_the_week_of_a_day_is_its_iso_week(expression: str) -> None:
    check(f"Talks will resume {expression}.", expression, MAY_2025, "DATE", "2025-W37")


# --- "Christmas week", "the Memorial Day weekend": the week or weekend of a holiday ------------

HOLIDAY_WEEKS: list[Row] = [
    # the ISO week holding the holiday (Easter Sunday 20 April 2025 ends week 16)
    (
        "Pilgrims filled the old town as Easter week began.",
        "Easter week",
        THURSDAY,
        "DATE",
        "2025-W16",
    ),
    (
        "Retailers said Christmas week was their busiest.",
        "Christmas week",
        THURSDAY,
        "DATE",
        "2024-W52",
    ),
    (
        "Airlines expect record traffic during Thanksgiving week.",
        "Thanksgiving week",
        THURSDAY,
        "DATE",
        "2025-W48",
    ),
    # a weekend: the one of the holiday's week, or the one before a Monday's holiday
    (
        "Hotels will be full over the Thanksgiving weekend.",
        "Thanksgiving weekend",
        THURSDAY,
        "DATE",
        "2025-W48-WE",
    ),
    (
        "Three people drowned over the Memorial Day weekend.",
        "Memorial Day weekend",
        THURSDAY,
        "DATE",
        "2025-W21-WE",
    ),
    (
        "The park closes after the Labor Day weekend.",
        "Labor Day weekend",
        dt.date(1996, 8, 20),
        "DATE",
        "1996-W35-WE",
    ),
    # a possessive keeps the week
    (
        "Christmas week's sales beat forecasts.",
        "Christmas week",
        dt.date(2026, 1, 8),
        "DATE",
        "2025-W52",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), HOLIDAY_WEEKS)
def test_the_week_of_a_holiday(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_without_a_publication_day_the_week_is_left_open() -> None:
    fact = only("Traffic peaks over Easter weekend.", "Easter weekend", None)
    assert (fact.type, fact.value, fact.resolved) == ("DATE", "XXXX-WXX-WE", False)


# In a report of games a team's name takes a verb in the plural, and a fixture's verb puts the
# day after it ahead; elsewhere "host" is a noun as often ("the radio host on Wednesday").
REPORT = (
    "The Lakers beat the Celtics 110-101 on Sunday night as LeBron James scored 30 points and"
    " Anthony Davis added 12 rebounds. The Lakers host Denver on Monday, then travel to"
    " Phoenix on Wednesday."
)


def test_a_fixtures_verb_in_a_report_of_games_puts_the_day_ahead() -> None:
    assert [(d.text, d.value) for d in dates(REPORT)] == [
        ("Sunday night", "2025-07-06TNI"),
        ("Monday", "2025-07-14"),
        ("Wednesday", "2025-07-16"),
    ]
    assert only("The radio host on Wednesday criticized the plan.", "Wednesday").value == (
        "2025-07-09"
    )
