"""Date values that turn on the tense of their sentence: which clause's verbs speak for the
weekday (a fronted day, a quote, a "with" clause, a question asked after it, a verb of
telling in "-ing" after it).

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import MAY_2025, THURSDAY, Row, check

OCTOBER = dt.date(2025, 10, 16)


# --- A fronted day takes the verb of the main clause, past a clause opening after its comma ----

FRONTED: list[Row] = [
    (
        "On Friday, when the minister cut short a holiday for the visit, the ministry lifted"
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
        "``The column will leave at 5 in the morning (5 a.m. Friday),'' the colonel said.",
        "5 a.m. Friday",
        THURSDAY,
        "TIME",
        "2025-07-11T05:00",
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


# --- An infinitive after a past verb points ahead, its "to" set off by a space or a tab -------

INFINITIVES: list[Row] = [
    (
        "The club asked her to coach its juniors starting Aug. 24.",
        "Aug. 24",
        OCTOBER,
        "DATE",
        "2026-08-24",
    ),
    (
        "The club asked her to\tcoach its juniors starting Aug. 24.",
        "Aug. 24",
        OCTOBER,
        "DATE",
        "2026-08-24",
    ),
    # no infinitive: the past verb speaks for the day
    (
        "The club asked her about its juniors starting Aug. 24.",
        "Aug. 24",
        OCTOBER,
        "DATE",
        "2025-08-24",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), INFINITIVES)
def test_an_infinitive_after_a_past_verb_points_ahead(
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


# --- A question asked after the day ("how", "whether", "why") tells of another time -----------

QUESTIONS: list[Row] = [
    (
        "She hesitated when asked on Sunday about how she would fund the plan.",
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


# --- A quote opening after the day holds the speaker's words, their tense theirs --------------

QUOTED_AFTER: list[Row] = [
    (
        'The mayor admitted at a forum Monday night "it will be hard for us to carry the county".',
        "Monday night",
        THURSDAY,
        "DATE",
        "2025-07-07TNI",
    ),
    (
        "The mayor admitted at a town hall Monday night “this race is slipping away from us”.",
        "Monday night",
        THURSDAY,
        "DATE",
        "2025-07-07TNI",
    ),
    # ... and so is one right after the mark that ends a clause of no verb around the day
    (
        'In a speech on Monday, "We will carry this county," the mayor said.',
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    (
        'In a column on July 2, "The cuts must stop," the councillor seems to argue.',
        "July 2",
        THURSDAY,
        "DATE",
        "2025-07-02",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), QUOTED_AFTER)
def test_a_quote_after_the_day_is_the_speakers(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A verb of telling in "-ing" or a subject pronoun after the day opens a reported clause ---

TOLD_AFTER: list[Row] = [
    (
        "The lender wrapped up its rate review on Tuesday by announcing fares would rise.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    (
        "The union ended the strike on Monday, saying its members would return to work soon.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-07",
    ),
    # ... and so does a subject pronoun right after the day, "that" left out
    (
        "The mayor told reporters Tuesday he would resign before the budget vote.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
    (
        "The senator told donors this weekend she would stay in the race.",
        "this weekend",
        THURSDAY,
        "DATE",
        "2025-W27-WE",
    ),
    # the clause's own verb, before the day, still points ahead, and a day already in a
    # reported clause is that clause's
    ("The board will meet Monday and she will speak.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    ("The coach said that on Monday he will quit.", "Monday", THURSDAY, "DATE", "2025-07-14"),
    (
        "The coach will name his squad on Monday, adding that two players would be rested.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), TOLD_AFTER)
def test_a_verb_of_telling_after_the_day_opens_a_reported_clause(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A day or month inside a quote takes the quote's tense, not the verb that tells it ---------

JULY_2024 = dt.date(2024, 7, 18)  # in a US election year, before its November

IN_A_QUOTE: list[Row] = [
    # no tense in the quote: the month is unmarked, not gone for "told" or "said"
    (
        "“Let’s carry this state in November,” the senator told the crowd.",
        "November",
        JULY_2024,
        "DATE",
        "2024-11",
    ),
    (
        "``A summer of knocking on doors, all through July,'' she said.",
        "July",
        MAY_2025,
        "DATE",
        "2025-07",
    ),
    (
        'The coach leaned in and shouted: "A title for this town in August!"',
        "August",
        MAY_2025,
        "DATE",
        "2025-08",
    ),
    # a past tense in the quote still holds, and a month outside the quote keeps its verb
    ('"We lost the lead in July," she said.', "July", MAY_2025, "DATE", "2024-07"),
    ('She said in July that "the plan is dead."', "July", MAY_2025, "DATE", "2024-07"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), IN_A_QUOTE)
def test_a_quote_holding_the_day_keeps_its_own_tense(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
