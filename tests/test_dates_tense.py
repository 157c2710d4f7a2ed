"""Date values that turn on the tense of their sentence: the weekday gone or the one to come.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, Row, check

WEDNESDAY = dt.date(2025, 7, 9)
OCTOBER = dt.date(2025, 10, 16)


# --- A plan word carries its tense on through "to" to the verb after it ------------------------

PLANS: list[Row] = [
    # A past perfect ends the plan, and "to expire" after it is no fresh plan: the day gone.
    (
        "The offer previously had been scheduled to expire at midnight Friday.",
        "midnight Friday",
        THURSDAY,
        "TIME",
        "2025-07-04T24:00",
    ),
    (
        "The bid had been due to expire Friday evening.",
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
        "Officials said they did not plan to remove the boy on Thursday morning.",
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


# --- A fronted day takes the verb of the main clause, past a clause opening after its comma ----

FRONTED: list[Row] = [
    (
        "On Friday, when the minister set aside vacation plans for the trip, the ministry lifted"
        " a warning against travel.",
        "Friday",
        THURSDAY,
        "DATE",
        "2025-07-04",
    ),
    (
        "On Monday, as the storm weakened, residents returned to their homes in Manila.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    (
        "On Monday, when the court opens, lawyers will file the appeal.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    # so does a month after "In", past an aside longer than the reach of the cues
    (
        "In January, weeks after a vote in the Senate of Kenya on the tax bill, a bomb killed"
        " two people.",
        "January",
        OCTOBER,
        "DATE",
        "2025-01",
    ),
    (
        "In March, months after the elections in Bogota and Medellin, the new senate will sit.",
        "March",
        OCTOBER,
        "DATE",
        "2026-03",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), FRONTED)
def test_a_fronted_day_takes_the_main_clause(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A quote's clause ends at its closing mark, of any style; a meeting is a schedule -----------


QUOTES_AND_SCHEDULES: list[Row] = [
    # British papers' straight single quotes and wire copy's doubled ones close the clause
    (
        "'We will meet them again on Friday,' the minister said.",
        "Friday",
        THURSDAY,
        "DATE",
        "2025-07-11",
    ),
    (
        "``The father will leave at 4 in the morning (4 a.m. Friday),'' the president said.",
        "4 a.m. Friday",
        THURSDAY,
        "TIME",
        "2025-07-11T04:00",
    ),
    # a meeting in the present tense is on a schedule
    ("The council meets Monday to decide on the budget.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    (
        "He and the opposition leader meet separately Monday.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    # ... not an infinitive, nor after a negation
    (
        "The prime minister flew to Paris to meet Macron on Monday.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    (
        "The two sides did not meet on Monday, officials said.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # so with the other verbs of a schedule after a negation ("the talks resume on Monday"
    # is to come, not "did not reopen"); as an infinitive they still point ahead
    ("The talks resume on Monday in Geneva.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    (
        "The plant did not reopen on Monday after the flood.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    (
        "The speaker invited the nominee to meet with party leaders on Monday to begin talks.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    # "through" after "this year" opens nothing to come: the year so far
    (
        "Imports followed a steady climb in the nation's trade figures this year through August.",
        "August",
        OCTOBER,
        "DATE",
        "2025-08",
    ),
    ("Water rates rise 8 percent starting Jan. 1.", "Jan. 1", OCTOBER, "DATE", "2026-01-01"),
]


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "kind", "value"), QUOTES_AND_SCHEDULES
)
def test_quotes_and_schedules(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A comma before "with" opens no clause: what follows takes the tense before it ----------

WITH: list[Row] = [
    (
        "Flights would leave Perth from March 30, with a third each Monday from Aug. 6.",
        "Aug. 6",
        dt.date(2025, 2, 10),
        "DATE",
        "2025-08-06",
    ),
    (
        "Copper exports fell in the mining region of Atacama, with sea shipments peaking in"
        " September.",
        "September",
        THURSDAY,
        "DATE",
        "2024-09",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), WITH)
def test_a_with_clause_takes_the_tense_before_it(
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
        "Supporters said they were hoping to meet the candidate before Monday's caucuses.",
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
        "The senator was projected as the winner of the primary on Tuesday.",
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


# --- "might", "may" and "could" before a day put it ahead; after it, the day is a subject -------

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
    # a past ability: "could not", "could be reached", "could have"
    (
        "The senator could not be reached for comment on Tuesday.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    (
        "Neither he nor his parents could be located Wednesday in their hometown.",
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
        "Aides noted that Saturday would have been the late president's 105th birthday.",
        "Saturday",
        THURSDAY,
        "DATE",
        "2025-07-05",
    ),
    ("He said he would have a decision by Friday.", "Friday", THURSDAY, "DATE", "2025-07-11"),
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


# --- A day's event no one schedules is a day gone, whatever the tense ---------------------------

UNPLANNED: list[Row] = [
    (
        "The president will visit the site of Sunday's shooting on Friday.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2025-07-06",
    ),
    (
        "Officials said they would investigate Monday's crash.",
        "Monday",
        WEDNESDAY,
        "DATE",
        "2025-07-07",
    ),
    (
        "Security will be tightened after Sunday's deadly attack.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2025-07-06",
    ),
    # the event named before the day, after a determiner
    (
        "The slaying in Chicago on Friday of a young mother will shape the debate.",
        "Friday",
        WEDNESDAY,
        "DATE",
        "2025-07-04",
    ),
    (
        "Her victories in four states on Tuesday will accelerate that shift.",
        "Tuesday",
        WEDNESDAY,
        "DATE",
        "2025-07-08",
    ),
    (
        "She will be charged in the incident Sunday evening that left one person dead.",
        "Sunday evening",
        WEDNESDAY,
        "DATE",
        "2025-07-06TEV",
    ),
    # no determiner: a verb, and the day is to come
    ("Rebels said they would attack on Sunday.", "Sunday", WEDNESDAY, "DATE", "2025-07-13"),
    # a decision may be announced ahead: the verb decides
    (
        "Investors will watch Thursday's decision by the central bank.",
        "Thursday",
        WEDNESDAY,
        "DATE",
        "2025-07-10",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), UNPLANNED)
def test_an_unplanned_event_is_of_a_day_gone(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- Past tenses in "-ed" of four letters are past cues ----------------------------------------

SHORT_PASTS: list[Row] = [
    (
        "The former first lady, who died Sunday, will be buried on Friday.",
        "Sunday",
        THURSDAY,
        "DATE",
        "2025-07-06",
    ),
    (
        "The union, which sued the city Monday, will hold a rally.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # "led", an irregular past, is read too
    (
        "The senator, who led a filibuster in June, thinks the issue should now be a test.",
        "June",
        THURSDAY,
        "DATE",
        "2025-06",
    ),
    # the words the "-ed" rule leaves out stay no cue: "need" here, "will" decides
    ("The clinics will need more staff on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SHORT_PASTS)
def test_short_past_tenses_in_ed(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A question asked after the day ("how", "whether", "why") tells of another time -----------

QUESTIONS: list[Row] = [
    (
        "He struggled to answer a question on Sunday about how he would form a coalition.",
        "Sunday",
        THURSDAY,
        "DATE",
        "2025-07-06",
    ),
    (
        "The senator declined to explain on Tuesday why he would vote against the bill.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    (
        "The minister refused to say on Tuesday whether the talks would resume.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), QUESTIONS)
def test_a_question_asked_after_the_day(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- "plans" as a noun is no cue -------------------------------------------------------------

PLANS_AS_NOUN: list[Row] = [
    (
        "Party operatives worked behind the scenes Wednesday on plans for an ad blitz.",
        "Wednesday",
        THURSDAY,
        "DATE",
        "2025-07-09",
    ),
    (
        "The senator revamped his plans for an important Monday appearance.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # the verb still points ahead
    ("The company plans to sell the unit on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PLANS_AS_NOUN)
def test_plans_as_a_noun_is_no_cue(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A quote opening after the day holds the speaker's words, their tense theirs --------------

QUOTED_AFTER: list[Row] = [
    (
        'The senator acknowledged in a forum Monday night "it will be very hard for us to win".',
        "Monday night",
        THURSDAY,
        "DATE",
        "2025-07-07TNI",
    ),
    (
        "The senator acknowledged in a forum Monday night “it will be very hard for us to win”.",
        "Monday night",
        THURSDAY,
        "DATE",
        "2025-07-07TNI",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), QUOTED_AFTER)
def test_a_quote_after_the_day_is_the_speakers(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
