"""Date values that turn on the tense of their sentence: the weekday gone or the one to come,
as the words that point ahead say (a plan, a forecast, a modal) or do not.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check

WEDNESDAY = dt.date(2025, 7, 9)


# --- A plan word carries its tense on through "to" to the verb after it ------------------------

PLANS: list[Row] = [
    # A past perfect ends the plan, and "to expire" after it is no fresh plan: the day gone.
    (
        "The lease had been due to expire at midnight Friday.",
        "midnight Friday",
        THURSDAY,
        "TIME",
        "2025-07-04T24:00",
    ),
    (
        "The waiver had been due to expire on Friday evening.",
        "Friday evening",
        THURSDAY,
        "DATE",
        "2025-07-04TEV",
    ),
    # A plan still ahead stays ahead.
    (
        "The talks are due to resume on Tuesday in Geneva.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-15",
    ),
    ("The council is scheduled to vote on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    # "plan to" told with "do", "does" or "did (not)" points ahead.
    (
        "Staff said they did not plan to move the patients on Thursday morning.",
        "Thursday morning",
        WEDNESDAY,
        "DATE",
        "2025-07-10TMO",
    ),
    (
        "The union does not plan to strike on Monday, its leader said.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    # "plan" is a cue before "to" only: "the plan ... was approved" keeps the past.
    ("The plan was approved by the board on Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PLANS)
def test_a_plan_word_carries_its_tense(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A plan word after "as" says how, not when: the verb decides ---------------------------

AS_PLANNED: list[Row] = [
    (
        "The vote in Lagos went ahead as planned on Friday.",
        "Friday",
        THURSDAY,
        "DATE",
        "2025-07-04",
    ),
    (
        "The vote in Lagos went ahead as originally scheduled on Friday.",
        "Friday",
        THURSDAY,
        "DATE",
        "2025-07-04",
    ),
    (
        "The vote in Lagos will go ahead as planned on Friday.",
        "Friday",
        THURSDAY,
        "DATE",
        "2025-07-11",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), AS_PLANNED)
def test_a_plan_word_after_as_leaves_the_tense_to_the_verb(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A forecast or an expectation of a day puts it ahead, even told in the past -----------------

MONDAY = dt.date(2025, 7, 7)

FORECASTS: list[Row] = [
    # The article's case: a forecast reported in the past, published on a Monday.
    ("Forecasters said rain was possible on Thursday.", "Thursday", MONDAY, "DATE", "2025-07-10"),
    (
        "The weather service said snow was forecast for Friday in the mountains.",
        "Friday",
        MONDAY,
        "DATE",
        "2025-07-11",
    ),
    (
        "Economists said a rate cut was unlikely before June.",
        "June",
        MONDAY,
        "DATE",
        "2026-06",
    ),
    (
        "Aides said a vote on the bill looked likely by Wednesday.",
        "Wednesday",
        MONDAY,
        "DATE",
        "2025-07-09",
    ),
    # "expect" as "expects" and "expected" do
    (
        "Most analysts expect the bank to cut rates on Tuesday.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-15",
    ),
    # "hope" and "hoping" before "to" or "that", as "hopes"
    (
        "Volunteers were hoping to meet the candidate before Monday's caucuses.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    (
        "Organizers hope to reopen the bridge on Monday, the mayor said.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    # The same words not right before the day leave the tense to the verbs: the day gone.
    (
        "The governor was named the winner of the runoff on Tuesday.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    (
        "Buyers were more likely on Tuesday to sell their shares.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), FORECASTS)
def test_a_forecast_puts_the_day_ahead(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- "might", "may", "could" and "can" before a day put it ahead; after it, the day is a subject

MODALS: list[Row] = [
    ("Officials said a vote might come on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    ("The court said it may rule on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    (
        "Analysts said the dispute might weigh on exports in November.",
        "November",
        THURSDAY,
        "DATE",
        "2025-11",
    ),
    ("He could win the state's primary on Tuesday.", "Tuesday", THURSDAY, "DATE", "2025-07-15"),
    ("She said her party can win the seat in March.", "March", THURSDAY, "DATE", "2026-03"),
    (
        "Rivals said Monday's debate can still change the race.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # a past ability: "could not", "could be reached", "could have"
    (
        "The senator could not be reached for comment on Tuesday.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    (
        "Neither he nor his agent could be reached Wednesday at their offices.",
        "Wednesday",
        THURSDAY,
        "DATE",
        "2025-07-09",
    ),
    (
        "He did not play the role that he could have on Tuesday.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    # a modal before a perfect tells of a time gone; "have" as a verb of its own does not
    (
        "Friends said Saturday would have marked the singer's 90th birthday.",
        "Saturday",
        THURSDAY,
        "DATE",
        "2025-07-05",
    ),
    ("He said he would have a decision by Friday.", "Friday", THURSDAY, "DATE", "2025-07-11"),
    # "would not" or "wouldn't" before a verb of telling: a refusal, told in the past
    (
        "The governor would not say Tuesday how the state would pay for the plan.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    (
        "A club spokesman wouldn’t comment Monday on the striker's future.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    ("She would say Monday whether she will run.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    # a past of it: the participle is nearer the day
    (
        "Police said the man may have been killed on Monday.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # after the day, which is the subject: the debate gone
    (
        "Monday's debate might not change the race, analysts said.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # "effective" and "payable" count before the day only, as these do
    (
        "Her lead has grown since the March debate, and her rivals' attacks have not been"
        " effective.",
        "March",
        THURSDAY,
        "DATE",
        "2025-03",
    ),
    ("The new fares are effective Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    # "May" is the month, no verb: "reported" decides
    ("The chain reported its May sales on Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), MODALS)
def test_might_may_and_could_before_a_day_put_it_ahead(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- "plans" as a noun is no cue -------------------------------------------------------------

PLANS_AS_NOUN: list[Row] = [
    (
        "Aides worked quietly Wednesday on a plan for a phone drive.",
        "Wednesday",
        THURSDAY,
        "DATE",
        "2025-07-09",
    ),
    (
        "The mayor reworked her plans for a crucial Monday speech.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # ... nor before "in", after the noun it names ("hiring plans")
    ("The council dropped its hiring plans in October.", "October", THURSDAY, "DATE", "2024-10"),
    # the verb still points ahead
    ("The company plans to sell the unit on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PLANS_AS_NOUN)
def test_plans_as_a_noun_is_no_cue(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# An irregular past participle ("taken", "written") is a past, as a verb in "-ed" is; not
# after "be", a determiner or a present perfect, nor "known".
PARTICIPLES: list[Row] = [
    (
        "The survey of 800 adults, taken Friday through Tuesday, has a margin of 4 points.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    ("The final decision will be taken on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    (
        "The host has spoken to him about a special airing on Aug. 23.",
        "Aug. 23",
        THURSDAY,
        "DATE",
        "2025-08-23",
    ),
    (
        "Fans will make their feelings known at the match on Saturday.",
        "Saturday",
        THURSDAY,
        "DATE",
        "2025-07-12",
    ),
]


# A reach back into the past before a month is of the month gone, even one just ahead
REACHED_BACK: list[Row] = [
    ("The emails date back to September.", "September", THURSDAY, "DATE", "2024-09"),
    ("It is a feud that goes back to November.", "November", THURSDAY, "DATE", "2024-11"),
    ("Records dating as far back as August show it.", "August", THURSDAY, "DATE", "2024-08"),
    # not a schedule moved back
    ("The launch was pushed back to September.", "September", THURSDAY, "DATE", "2025-09"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), REACHED_BACK)
def test_a_reach_back_is_of_the_past(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# A word in "-ed" joined by a hyphen right before a day, no "on" between, is an adjective of
# the day's noun, no past verb of it: the day to come stays ahead
HYPHENATED: list[Row] = [
    (
        "Then comes the much-hyped July 29 runoff in Ohio.",
        "July 29",
        THURSDAY,
        "DATE",
        "2025-07-29",
    ),
    ("It is the long-awaited July 20 vote.", "July 20", THURSDAY, "DATE", "2025-07-20"),
    # a verb of its own before "on"
    ("The rocket was test-fired on July 20.", "July 20", THURSDAY, "DATE", "2024-07-20"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), HYPHENATED)
def test_a_hyphenated_adjective_is_no_past(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# "compared" before "to" or "with" is a preposition, no past: the future verb decides
COMPARED: list[Row] = [
    (
        "Output should peak in late September compared to last year.",
        "late September",
        THURSDAY,
        "DATE",
        "2025-09",
    ),
    (
        "Sales should rise in October compared with a year earlier.",
        "October",
        THURSDAY,
        "DATE",
        "2025-10",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), COMPARED)
def test_compared_is_no_past(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PARTICIPLES)
def test_an_irregular_participle_is_a_past(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
