"""Vague and event-bound times: "in recent years" (a vague past, no amount) and "the eighth
day of" something under way (the day the sentence names).

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, dates, only


def reading(text: str, expression: str, published: dt.date | None) -> tuple[str, str, bool]:
    fact = only(text, expression, published)
    return fact.type, fact.value, fact.resolved


# --- "recent years" is a vague past; other unsaid amounts stay amounts -------------------

UNSAID_AMOUNTS = [
    ("Air pollution has worsened sharply in recent years.", "recent years", "DATE", "PAST_REF"),
    ("In recent years, the port has doubled its traffic.", "recent years", "DATE", "PAST_REF"),
    ("The housing boom of recent years has faded.", "recent years", "DATE", "PAST_REF"),
    ("Prices have fallen in recent months.", "recent months", "DURATION", "PXM"),
    ("Talks stalled in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("Exports grew over the past few years.", "the past few years", "DURATION", "PXY"),
    ("The mill has been idle for years.", "years", "DURATION", "PXY"),
    # "past" alone after a preposition, as "recent" (TimeBank marks "past years" PAST_REF)
    ("Ferries ran more often in past years.", "past years", "DATE", "PAST_REF"),
    ("The levee held during past floods and in past decades.", "past decades", "DURATION", "PXY"),
    ("Over the past years the mill has shed jobs.", "the past years", "DURATION", "PXY"),
    # "past" as a preposition leaves the amount alone
    ("The governor wants to move past weeks of infighting.", "weeks", "DURATION", "PXW"),
    ("The truck rolled past hours of queues at the border.", "hours", "DURATION", "PTXH"),
    # quarters of a year, after a word that leaves their number unsaid
    ("Margins have narrowed in recent quarters.", "recent quarters", "DURATION", "PXQ"),
    (
        "The airline lost money for several quarters in a row.",
        "several quarters",
        "DURATION",
        "PXQ",
    ),
    (
        "The airline returned to profit after several quarters in the red.",
        "several quarters",
        "DURATION",
        "PXQ",
    ),
    (
        "Growth should pick up over the next few quarters.",
        "the next few quarters",
        "DURATION",
        "PXQ",
    ),
    # one unit before "-long", no article: one of it ("a week-long strike" is read as "a week")
    ("Ministers left their second day-long meeting without a deal.", "day-long", "DURATION", "P1D"),
    ("The strike ended a year-long dispute over pay.", "a year-long", "DURATION", "P1Y"),
    ("Union leaders called off their week-long strike.", "week-long", "DURATION", "P1W"),
]

# two units joined by "or" or "and": one vague amount, of the first unit ("or": about it)
JOINED_AMOUNTS = [
    ("The virus clears within days or weeks.", "days or weeks", "PXD", "APPROX"),
    ("Some camped there for months or years.", "months or years", "PXM", "APPROX"),
    ("Funds have sold bonds in recent weeks and months.", "recent weeks and months", "PXW", None),
    ("Campaigns spend years and years building lists.", "years and years", "PXY", None),
]


@pytest.mark.parametrize(("sentence", "expression", "value", "mod"), JOINED_AMOUNTS)
def test_two_unsaid_amounts_joined_are_one(
    sentence: str, expression: str, value: str, mod: str | None
) -> None:
    facts = dates(sentence, THURSDAY)
    assert [(fact.text, fact.type, fact.value, fact.mod) for fact in facts] == [
        (expression, "DURATION", value, mod)
    ]


# "quarters" of a town, a building or of opinion: no quarters of a year
NO_QUARTERS_OF_A_YEAR = [
    "The plan drew criticism in many quarters.",
    "The reaction has been angry in some quarters.",
    "Troops moved into several quarters of the city.",
    "The soldiers returned to their quarters after the parade.",
]


@pytest.mark.parametrize("sentence", NO_QUARTERS_OF_A_YEAR)
def test_quarters_of_a_place_or_of_opinion_are_no_time(sentence: str) -> None:
    assert dates(sentence, THURSDAY) == []


@pytest.mark.parametrize(("sentence", "expression", "kind", "value"), UNSAID_AMOUNTS)
def test_recent_years_are_a_vague_past(
    sentence: str, expression: str, kind: str, value: str
) -> None:
    assert reading(sentence, expression, THURSDAY) == (kind, value, True)


# --- "today is the eighth day of the strike": the present day -------------------------------

DAYS_OF_AN_EVENT = [
    ("Today is the eighth day of the blockade.", "the eighth day"),
    ("It's the second day of a strike by the nurses.", "the second day"),
    ("It’s the third day of talks in Geneva.", "the third day"),
    ("This is the 10th day of the walkout at the plant.", "the 10th day"),
    ("Officials said today is the last day of the amnesty.", "the last day"),
]


@pytest.mark.parametrize(("sentence", "expression"), DAYS_OF_AN_EVENT)
def test_the_nth_day_of_something_under_way_is_today(sentence: str, expression: str) -> None:
    assert reading(sentence, expression, THURSDAY) == ("DATE", "2025-07-10", True)
    assert reading(sentence, expression, None) == ("DATE", "XXXX-XX-XX", False)


NO_DAY_OF_AN_EVENT = [
    "It was the third day of the strike when talks resumed.",  # a day gone, which one unsaid
    "He vowed to act on his first day in office.",
    "The second day of the trial was taken up by witnesses.",
]


@pytest.mark.parametrize("sentence", NO_DAY_OF_AN_EVENT)
def test_the_nth_day_of_something_is_no_date_without_the_present(sentence: str) -> None:
    assert not [fact for fact in dates(sentence, THURSDAY) if "day" in fact.text]


def test_the_nth_day_of_a_month_is_that_day() -> None:
    assert reading("It's the first day of March.", "the first day of March", THURSDAY) == (
        "DATE",
        "2025-03-01",
        True,
    )


# --- "soon" next to a verb in the past orders events: no future of the publication day ----

SOON_IN_THE_PAST = [
    "He was taken to hospital but was soon released.",
    "The trickle of donations soon became a flood.",
    "Rescuers soon pulled three survivors from the rubble.",
    "The slogan was soon trending across the country.",
]


@pytest.mark.parametrize("sentence", SOON_IN_THE_PAST)
def test_soon_next_to_a_verb_in_the_past_is_no_time(sentence: str) -> None:
    assert dates(sentence, THURSDAY) == []


SOON_TO_COME = [
    "The central bank will soon raise rates.",
    "Investigators told her they may soon file charges.",
    "He said the names would be released soon.",
    "Nobody expects prices to fall anytime soon.",
]


@pytest.mark.parametrize("sentence", SOON_TO_COME)
def test_soon_elsewhere_is_the_future(sentence: str) -> None:
    assert reading(sentence, "soon", THURSDAY) == ("DATE", "FUTURE_REF", True)
