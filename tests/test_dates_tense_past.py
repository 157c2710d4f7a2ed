"""Date values that turn on the tense of their sentence: words that make a weekday the one
gone (an event no one schedules, a past tense in "-ed").

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import MAY_2025, THURSDAY, Row, check

WEDNESDAY = dt.date(2025, 7, 9)


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
        "The shooting in Denver on Friday of a young teacher will color the debate.",
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
        "She will be asked about the crash Sunday evening that sent three cyclists to hospital.",
        "Sunday evening",
        WEDNESDAY,
        "DATE",
        "2025-07-06TEV",
    ),
    # the noun in capitals, or a word out of ASCII in the reach (the pattern then reads it all)
    (
        "The SHOOTING in Orlando on Sunday will shape the debate.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2025-07-06",
    ),
    (
        "The shooting in Bogotá on Sunday will shape the debate.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2025-07-06",
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
        "The senator, who staged a filibuster in June, thinks the bill should now be a test.",
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


# --- The past of an irregular verb made with a prefix is a past cue too ------------------------

PREFIXED_PASTS: list[Row] = [
    ("The senator underwent knee surgery in August.", "August", MAY_2025, "DATE", "2024-08"),
    ("The appeals court upheld the fine in July.", "July", MAY_2025, "DATE", "2024-07"),
    ("Rebels overran the border town in June.", "June", MAY_2025, "DATE", "2024-06"),
    # the verb of the present stays no cue: the month to come, near enough
    ("The senator will undergo knee surgery in August.", "August", MAY_2025, "DATE", "2025-08"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PREFIXED_PASTS)
def test_prefixed_irregular_pasts(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
