"""Date values: the classes of error the value rules of the dates field are written against.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import NEW_YEAR, THURSDAY, Row, check, dates

# --- A four-digit year inside a longer phrase is a year, not an amount of time ----------------

YEAR_OR_AMOUNT: list[Row] = [
    (
        "Turnout rose between 2016 and 2019 hours before polls closed.",
        "2019",
        THURSDAY,
        "DATE",
        "2019",
    ),
    ("The choir of 2011 minutes its meetings carefully.", "2011", THURSDAY, "DATE", "2011"),
    (
        "The harbour was dredged from 2003 to 2006 months after the storm.",
        "2006",
        THURSDAY,
        "DATE",
        "2006",
    ),
    # Round hundreds, a modifier or a comma make an amount.
    ("The olive grove has stood for 1900 years.", "1900 years", THURSDAY, "DURATION", "P1900Y"),
    ("The canal took some 1750 days to dig.", "some 1750 days", THURSDAY, "DURATION", "P1750D"),
    ("The strike lasted 1,024 days.", "1,024 days", THURSDAY, "DURATION", "P1024D"),
    ("The repairs took 48 hours.", "48 hours", THURSDAY, "DURATION", "PT48H"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), YEAR_OR_AMOUNT)
def test_year_or_amount(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_no_year_is_read_as_a_duration() -> None:
    text = "Prices climbed from 2014 to 2017 days before the merger was announced."
    assert not [fact for fact in dates(text, THURSDAY) if fact.type == "DURATION"]


# --- "N years ago" is the year it names, counted back from the publication day --------------

AGO: list[Row] = [
    (
        "The ferry stopped running three or four years ago.",
        "three or four years ago",
        THURSDAY,
        "DATE",
        "202X",
    ),
    ("The lighthouse was rebuilt 10-15 years ago.", "10-15 years ago", THURSDAY, "DATE", "201X"),
    (
        "The orchard was planted two and a half years ago.",
        "two and a half years ago",
        THURSDAY,
        "DATE",
        "2023-01",
    ),
    (
        "Her shop opened a year and a half ago.",
        "a year and a half ago",
        THURSDAY,
        "DATE",
        "2024-01",
    ),
    (
        "The mayor moved in two-and-a-half years ago.",
        "two-and-a-half years ago",
        THURSDAY,
        "DATE",
        "2023-01",
    ),
    ("The pier collapsed 20 or so years ago.", "20 or so years ago", THURSDAY, "DATE", "2005"),
    (
        "The abbey burned hundreds of years ago.",
        "hundreds of years ago",
        THURSDAY,
        "DATE",
        "PAST_REF",
    ),
    ("The league folded five years back.", "five years back", THURSDAY, "DATE", "2020"),
    (
        "The well ran dry three or four days ago.",
        "three or four days ago",
        THURSDAY,
        "DATE",
        "2025-07",
    ),
    ("The club was founded twenty years ago.", "twenty years ago", THURSDAY, "DATE", "2005"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), AGO)
def test_years_ago_name_a_year(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_years_ago_with_an_approximate_amount_is_marked() -> None:
    [fact] = dates("The pier collapsed 20 or so years ago.", THURSDAY)
    assert fact.mod == "APPROX"


# --- A month and day without a year: the verb tense and the publication day decide -----------

MONTH_DAY: list[Row] = [
    # "starting" and "beginning" point ahead when no verb says otherwise.
    ("Water rates rise 8 percent starting Jan. 1.", "Jan. 1", THURSDAY, "DATE", "2026-01-01"),
    ("The tolls applied beginning Jan. 1.", "Jan. 1", THURSDAY, "DATE", "2025-01-01"),
    # ... so do they before "in", "on" or "from", in a clause of their own
    (
        "The utility said it would raise water and sewer rates for most homes, starting on Jan. 1.",
        "Jan. 1",
        THURSDAY,
        "DATE",
        "2026-01-01",
    ),
    # A clause of contrast or cause after the day tells of something else.
    (
        "The line would be closed from Oct. 18 while engineers replaced a bridge.",
        "Oct. 18",
        THURSDAY,
        "DATE",
        "2025-10-18",
    ),
    # A clause of what came first after the day: its past does not date it, what is still
    # to come there does.
    (
        "Fares rise on Sept. 8 after the board approved the plan.",
        "Sept. 8",
        THURSDAY,
        "DATE",
        "2025-09-08",
    ),
    (
        "Prices rose on Sept. 8 after the board approved the plan.",
        "Sept. 8",
        THURSDAY,
        "DATE",
        "2024-09-08",
    ),
    # A plan's participle after the day may tell of another thing to come.
    (
        "The strike entered its third week on Jan. 5 with no talks scheduled.",
        "Jan. 5",
        THURSDAY,
        "DATE",
        "2025-01-05",
    ),
    # The expression's own clause decides before an attribution after a comma.
    (
        "The company will open the plant in September, its chief executive said.",
        "September",
        THURSDAY,
        "DATE",
        "2025-09",
    ),
    # A participle after "is" or "are" is no past tense: a present passive.
    ("The ballots are counted on Aug. 2.", "Aug. 2", THURSDAY, "DATE", "2025-08-02"),
    # Past tense: the latest such day up to the publication day.
    ("Firefighters said the blaze started on Aug. 2.", "Aug. 2", THURSDAY, "DATE", "2024-08-02"),
    ("The council voted on Dec. 30 to raise the fare.", "Dec. 30", NEW_YEAR, "DATE", "2025-12-30"),
    # Future tense: the next one from the publication day.
    (
        "The ferry company will resume service on Jan. 15.",
        "Jan. 15",
        THURSDAY,
        "DATE",
        "2026-01-15",
    ),
    ("The new bridge is expected to open June 3.", "June 3", THURSDAY, "DATE", "2026-06-03"),
    ("The dividend is payable Feb. 2.", "Feb. 2", THURSDAY, "DATE", "2026-02-02"),
    # A participle after "be" is no past tense; "un-...-ed" and listed words are no verbs.
    ("The ceremony would be held on March 12.", "March 12", NEW_YEAR, "DATE", "2026-03-12"),
    # ... nor one after a linking verb: an adjective
    ("Schools will remain closed on Friday.", "Friday", THURSDAY, "DATE", "2025-07-11"),
    # "hopes" as a noun is no future cue, before "to" it is
    ("Inflation fell in June, boosting rate cut hopes.", "June", THURSDAY, "DATE", "2025-06"),
    ("She hopes to sell the farm in June.", "June", THURSDAY, "DATE", "2026-06"),
    (
        "The unnamed buyer takes over the mill on Sept. 20.",
        "Sept. 20",
        THURSDAY,
        "DATE",
        "2025-09-20",
    ),
    # nor is one after a determiner: an adjective
    (
        "He will present a revised budget on May 21.",
        "May 21",
        THURSDAY,
        "DATE",
        "2026-05-21",
    ),
    # A deadline moved, a record date, a weekday written with the day.
    ("The offer was extended to July 31.", "July 31", THURSDAY, "DATE", "2025-07-31"),
    ("The vote was postponed until July 20.", "July 20", THURSDAY, "DATE", "2025-07-20"),
    ("It is paid to holders of record July 25.", "July 25", THURSDAY, "DATE", "2025-07-25"),
    ("He wrote in a column on Friday, July 11.", "Friday, July 11", THURSDAY, "DATE", "2025-07-11"),
    ("The hall reopened on Monday, Jan. 12.", "Monday, Jan. 12", THURSDAY, "DATE", "2026-01-12"),
    ("Her two deputies succeed her Sept. 1.", "Sept. 1", THURSDAY, "DATE", "2025-09-01"),
    # A nearer present tense leaves the day unmarked: the nearest such day.
    (
        "The board said it is calling a meeting on Sept. 5.",
        "Sept. 5",
        THURSDAY,
        "DATE",
        "2025-09-05",
    ),
    # The word before settles it first: "until" points forward, "since" back.
    ("The museum stays closed until March 4.", "March 4", THURSDAY, "DATE", "2026-03-04"),
    ("Rents have risen since Nov. 1.", "Nov. 1", THURSDAY, "DATE", "2024-11-01"),
    # ... however near ahead: a span up to now opens on a day gone
    ("The mine has been shut since July 24.", "July 24", THURSDAY, "DATE", "2024-07-24"),
    # A past perfect turns "through" back: the day just gone, not next year's.
    ("The fund had bought shares through June 9.", "June 9", THURSDAY, "DATE", "2025-06-09"),
    # ... but not one in a relative clause set off before the day, telling of its noun
    (
        "The hearing, which had been set for Friday, was moved to Sept. 8.",
        "Sept. 8",
        THURSDAY,
        "DATE",
        "2025-09-08",
    ),
    # Reported speech in the past tells of a day within a month ahead: this year's; a past
    # verb right before a day ahead makes it last year's.
    ("The agency announced a July 24 return date.", "July 24", THURSDAY, "DATE", "2025-07-24"),
    ("Sales fell in the quarter that ended July 31.", "July 31", THURSDAY, "DATE", "2024-07-31"),
    ("The old plant closed on Aug. 2.", "Aug. 2", THURSDAY, "DATE", "2024-08-02"),
    # Unmarked: the nearest such day (coming if at most 120 days ahead, or in a month an
    # unmarked month would be read as coming in: at most four months ahead).
    ("The festival, Aug. 14, draws crowds.", "Aug. 14", THURSDAY, "DATE", "2025-08-14"),
    ("The fair, Dec. 14, draws crowds.", "Dec. 14", THURSDAY, "DATE", "2024-12-14"),
    (
        "Ruiz, the left's candidate, faces the far right in the Nov. 16 first round.",
        "Nov. 16",
        THURSDAY,
        "DATE",
        "2025-11-16",
    ),
    # A present tense of a schedule points ahead ("housing starts" is a noun: not a cue).
    ("The third Test begins in Perth on Dec. 14.", "Dec. 14", THURSDAY, "DATE", "2025-12-14"),
    ("The museum reopens on Nov. 20 after repairs.", "Nov. 20", THURSDAY, "DATE", "2025-11-20"),
    ("The exhibition closes on Sunday after a long run.", "Sunday", THURSDAY, "DATE", "2025-07-13"),
    ("Aid comes when the Assembly convenes Jan. 12.", "Jan. 12", THURSDAY, "DATE", "2026-01-12"),
    ("The fiscal year ends Sept. 30.", "Sept. 30", THURSDAY, "DATE", "2025-09-30"),
    ("Ana Ruiz, who takes office on Oct. 1, backed it.", "Oct. 1", THURSDAY, "DATE", "2025-10-01"),
    # a predicate joined by "and" after the day is another's: the past tense before decides
    ("Police held him on Friday and would not say why.", "Friday", THURSDAY, "DATE", "2025-07-04"),
    ("She is up for election in May and will face Ruiz.", "May", THURSDAY, "DATE", "2026-05"),
    # a plan told in the past: "was to"
    ("His contract was to expire on June 30.", "June 30", THURSDAY, "DATE", "2025-06-30"),
    ("The tax was to take effect on Monday.", "Monday", THURSDAY, "DATE", "2025-07-07"),
    # "through" points ahead only when no verb says otherwise
    ("The offer runs through Dec. 5.", "Dec. 5", THURSDAY, "DATE", "2025-12-05"),
    ("Prices rose 4.8% in the year through Dec. 5.", "Dec. 5", THURSDAY, "DATE", "2024-12-05"),
    # A rule that takes effect is still to come; one that took effect is not.
    ("The law takes effect on Jan. 1.", "Jan. 1", THURSDAY, "DATE", "2026-01-01"),
    ("The rule took effect on Jan. 1.", "Jan. 1", THURSDAY, "DATE", "2025-01-01"),
    # The verb of the expression's own clause counts beyond the reach, unless a clause of
    # its own opens between them: an infinitive, "that", "since".
    (
        "Walmart will raise starting pay for its store workers to $14 an hour from $12"
        " beginning Feb. 1.",
        "Feb. 1",
        THURSDAY,
        "DATE",
        "2026-02-01",
    ),
    (
        "The campaign asked the singer Cher to appear at the party's national"
        " convention in October.",
        "October",
        THURSDAY,
        "DATE",
        "2025-10",
    ),
    # What a past verb asks someone to do is still to come: the infinitive after an object
    # pronoun, or before a determiner, opens a clause of its own. "to" before an adjective or
    # an amount is no infinitive.
    (
        "Djokovic had asked him to help prepare for the U.S. Open starting Aug. 24.",
        "Aug. 24",
        THURSDAY,
        "DATE",
        "2025-08-24",
    ),
    # ... and so does the one after a verb of agreeing, deciding or promising
    (
        "The two leaders agreed to meet in September.",
        "September",
        THURSDAY,
        "DATE",
        "2025-09",
    ),
    (
        "The committee subjected him to more than six hours of testimony in October.",
        "October",
        THURSDAY,
        "DATE",
        "2024-10",
    ),
    # Only whole words within reach are tense cues: the end of a far verb cut by the reach
    # ("...tened" of "threatened") is none, so the month is unmarked, and near: the coming one.
    (
        "Many threatened to disturb the union's congresses in Indianapolis in September.",
        "September",
        THURSDAY,
        "DATE",
        "2025-09",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), MONTH_DAY)
def test_month_and_day_take_the_year_of_their_tense(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A day far into an infinitive's clause after a plan told in the present -----------------

PLANNED: list[Row] = [
    (
        "Marsh is scheduled to make his first appearance in Lakeland County Court on Tuesday.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-15",
    ),
    # what someone was told to do is still to do when said
    (
        "The utility on Sunday warned customers to brace for power cuts from Monday.",
        "Monday",
        THURSDAY,
        "DATE",
        "2025-07-14",
    ),
    (
        "The mayor urged residents to stay indoors on Friday.",
        "Friday",
        THURSDAY,
        "DATE",
        "2025-07-11",
    ),
    # told in the past, the plan may have fallen through: the clause decides as before
    (
        "Marsh was scheduled to make his first appearance in Lakeland County Court on Tuesday.",
        "Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PLANNED)
def test_a_day_in_a_planned_infinitives_clause_is_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A part of the day belongs to a weekday only when it names that day's time --------------

PART_OF_DAY: list[Row] = [
    ("Firefighters arrived Friday morning.", "Friday morning", THURSDAY, "DATE", "2025-07-04TMO"),
    ("The ferry sank on Sunday night.", "Sunday night", THURSDAY, "DATE", "2025-07-06TNI"),
    # "overnight" before the weekday: that day's night, one expression
    (
        "Police said the fire began overnight Tuesday.",
        "overnight Tuesday",
        THURSDAY,
        "DATE",
        "2025-07-08TNI",
    ),
    # The part modifies a noun: the weekday alone is the time.
    ("Friday's night shift was cancelled.", "Friday", THURSDAY, "DATE", "2025-07-04"),
    ("A Sunday evening service was held for the crew.", "Sunday", THURSDAY, "DATE", "2025-07-06"),
    ("Tuesday night's debate was tense.", "Tuesday", THURSDAY, "DATE", "2025-07-08"),
    ("Monday morning flights were grounded.", "Monday", THURSDAY, "DATE", "2025-07-07"),
    # Recurring parts of days stay a set.
    (
        "The market opens on Saturday mornings.",
        "Saturday mornings",
        THURSDAY,
        "SET",
        "XXXX-WXX-6TMO",
    ),
    # "the morning" alone: of the day last mentioned, else of the publication day
    (
        "Talks broke down Friday. Traders sold heavily in the morning.",
        "the morning",
        THURSDAY,
        "TIME",
        "2025-07-04TMO",
    ),
    (
        "She campaigned in Leeds in the morning and Hull in the afternoon.",
        "the afternoon",
        THURSDAY,
        "TIME",
        "2025-07-10TAF",
    ),
    ("Visits may be booked during the evening.", "the evening", THURSDAY, "TIME", "2025-07-10TEV"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), PART_OF_DAY)
def test_part_of_day_only_when_it_is_the_days_time(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# "the morning" before a noun it modifies or in a name is no time
@pytest.mark.parametrize(
    "sentence",
    [
        "He called into the morning shows.",
        "The afternoon session was cut short.",
        "She read it in the Evening Standard.",
        "Doctors handed out the morning after pill.",
        "He spoke of the morning of the attack.",
        'Aides bring charts to the morning meetings," he said.',
    ],
)
def test_the_morning_before_a_noun_or_in_a_name_is_no_time(sentence: str) -> None:
    assert dates(sentence, THURSDAY) == []
