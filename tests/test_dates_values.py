"""Date values: the classes of error the value rules of the dates field are written against.

Each table row reads: this sentence, published on this day, holds this expression with this
TIMEX3 type and value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts import TimeExpression

EXTRACTOR = newsfacts.Extractor(["dates"])

THURSDAY = dt.date(2025, 7, 10)  # Thursday 10 July 2025
NEW_YEAR = dt.date(2026, 1, 8)  # Thursday 8 January 2026


def found(text: str, published: dt.date) -> list[TimeExpression]:
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=published))
    assert not result.errors
    return [fact for fact in result.dates if isinstance(fact, TimeExpression)]


Row = tuple[str, str, dt.date, str, str]


def check(sentence: str, expression: str, published: dt.date, kind: str, value: str) -> None:
    facts = [fact for fact in found(sentence, published) if fact.text == expression]
    seen = [(fact.text, fact.type, fact.value) for fact in found(sentence, published)]
    assert len(facts) == 1, (expression, seen)
    assert (facts[0].type, facts[0].value) == (kind, value), seen


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
    assert not [fact for fact in found(text, THURSDAY) if fact.type == "DURATION"]


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
    [fact] = found("The pier collapsed 20 or so years ago.", THURSDAY)
    assert fact.mod == "APPROX"


# --- A month and day without a year: the verb tense and the publication day decide -----------

MONTH_DAY: list[Row] = [
    # "starting" and "beginning" point ahead when no verb says otherwise.
    ("Water rates rise 8 percent starting Jan. 1.", "Jan. 1", THURSDAY, "DATE", "2026-01-01"),
    ("The tolls applied beginning Jan. 1.", "Jan. 1", THURSDAY, "DATE", "2025-01-01"),
    # A clause of contrast or cause after the day tells of something else.
    (
        "The line would be closed from Oct. 18 while engineers replaced a bridge.",
        "Oct. 18",
        THURSDAY,
        "DATE",
        "2025-10-18",
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
    # A past perfect turns "through" back: the day just gone, not next year's.
    ("The fund had bought shares through June 9.", "June 9", THURSDAY, "DATE", "2025-06-09"),
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
        "The campaign invited the boxer Mike Tyson to appear at the party's national"
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
        "The panel subjected her to more than eight hours of questioning in October.",
        "October",
        THURSDAY,
        "DATE",
        "2024-10",
    ),
    # Only whole words within reach are tense cues: the end of a far verb cut by the reach
    # ("...tened" of "threatened") is none, so the month is unmarked, and near: the coming one.
    (
        "Some threatened to disrupt the party's convention in Philadelphia in September.",
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


# --- A part of the day belongs to a weekday only when it names that day's time --------------

PART_OF_DAY: list[Row] = [
    ("Firefighters arrived Friday morning.", "Friday morning", THURSDAY, "DATE", "2025-07-04TMO"),
    ("The ferry sank on Sunday night.", "Sunday night", THURSDAY, "DATE", "2025-07-06TNI"),
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
    ("Donations may be made during the evening.", "the evening", THURSDAY, "TIME", "2025-07-10TEV"),
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
    assert found(sentence, THURSDAY) == []


# --- The weekday, too, follows the tense ---------------------------------------------------

WEEKDAY: list[Row] = [
    # a fixture or a visit on a schedule, in the present, is to come
    ("The team plays Toronto on Sunday.", "Sunday", THURSDAY, "DATE", "2025-07-13"),
    ("The president visits Kenya on Monday.", "Monday", THURSDAY, "DATE", "2025-07-14"),
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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The city will hire 500 firefighters over the next two fiscal years.", "P2Y"),
        ("The renovation took three school years.", "P3Y"),
    ],
)
def test_a_kind_of_year_counts_as_years(sentence: str, expected: str) -> None:
    [expression] = found(sentence, THURSDAY)
    assert expression.value == expected


def test_a_kind_of_year_alone_is_no_duration() -> None:
    sentence = "The company changed from a fiscal year to a calendar year in December."
    assert [e.text for e in found(sentence, THURSDAY)] == ["December"]


OVER = [
    # "over" before an amount of time is "during" it: the span is the amount alone ...
    ("Prices rose 5% over the past two years.", "the past two years", THURSDAY, "DURATION", "P2Y"),
    ("The plan would cost $45 billion over 10 years.", "10 years", THURSDAY, "DURATION", "P10Y"),
    ("The offer was a 25% raise over four years.", "four years", THURSDAY, "DURATION", "P4Y"),
    (
        "It will invest AU$20 billion ($13 billion) over five years.",
        "five years",
        THURSDAY,
        "DURATION",
        "P5Y",
    ),
    ("It adds 7 percentage points over nine years.", "nine years", THURSDAY, "DURATION", "P9Y"),
    (
        "The gas tax rises by 6 cents a gallon over three years.",
        "three years",
        THURSDAY,
        "DURATION",
        "P3Y",
    ),
    ("The rules have evolved over several years.", "several years", THURSDAY, "DURATION", "PXY"),
    ("Over five years, the mill will cut 2,000 jobs.", "five years", THURSDAY, "DURATION", "P5Y"),
    # ... and "more than" after a word that asks for an amount, or before one that measures
    ("He has worked there for over two years.", "over two years", THURSDAY, "DURATION", "P2Y"),
    ("The hearing lasted just over an hour.", "over an hour", THURSDAY, "DURATION", "PT1H"),
    ("It took over two hours to clear the road.", "over two hours", THURSDAY, "DURATION", "PT2H"),
    ("It was the first rise in over a decade.", "over a decade", THURSDAY, "DURATION", "P10Y"),
    ("Anyone over 18 years of age may vote.", "over 18 years", THURSDAY, "DURATION", "P18Y"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), OVER)
def test_over_before_an_amount_of_time(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
    [fact] = [fact for fact in found(sentence, published) if fact.text == expression]
    assert fact.mod == ("MORE_THAN" if expression.startswith("over") else None)


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
    assert "the week" not in [fact.text for fact in found(sentence, THURSDAY)]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), WEEKDAY)
def test_weekday_follows_the_tense(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- Words that only look like time expressions --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Now, the mayor said, the bridge must wait.",  # a discourse word opening a sentence
        "She was interviewed on 60 Minutes.",  # a title
        # an ordinal day only before punctuation or another day: these count holes, floors
        "He birdied the hole on the 15th and 17th holes.",
        "The fire spread between the 4th and 5th floors.",
        "The office moved to the 22nd floor.",
        # "May" or "March" after a determiner: a name, the noun or a surname before a
        # preposition, a verb or a leader's office
        "The March on Washington drew thousands.",
        "The march began in Belgrade.",
        "The May government fell in London.",
        # "latest" without a determiner: no time
        "If you came more than once, print latest year.",
        # two quarters of a game are no half of a year
        "The Lakers led in the first two quarters of the game.",
        # "the past" before a count of something other than time is an adjective
        "The senator in Ohio has won six of the past seven contests.",
        "The past two winners in Iowa were pastors.",
    ],
)
def test_no_time_expression(sentence: str) -> None:
    assert found(sentence, THURSDAY) == []


def test_now_inside_a_sentence_is_the_present() -> None:
    [fact] = found("The bridge is now closed, the mayor said.", THURSDAY)
    assert (fact.text, fact.value) == ("now", "PRESENT_REF")


def test_a_quarter_named_by_its_year_is_the_reported_quarter() -> None:
    text = "Profit rose to $4 million from $3 million in the 2024 quarter."
    [fact] = found(text, dt.date(2025, 10, 30))
    assert (fact.text, fact.value) == ("the 2024 quarter", "2024-Q3")


SPOKEN_YEARS: list[Row] = [
    (
        "June nineteen eighty-two. The river rose again.",
        "June nineteen eighty-two",
        THURSDAY,
        "DATE",
        "1982-06",
    ),
    (
        "Floods like those of the spring of twenty oh-eight.",
        "the spring of twenty oh-eight",
        THURSDAY,
        "DATE",
        "2008-SP",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), SPOKEN_YEARS)
def test_spoken_years_with_a_month_or_season(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


# --- A quarter named without a year: the one reported, the tense deciding ------------------

MAY_2025 = dt.date(2025, 5, 15)  # in the second quarter

QUARTERS: list[Row] = [
    # a quarter not begun, told in the past, is last year's
    (
        "The airline carried 9 million people in the third quarter.",
        "the third quarter",
        MAY_2025,
        "DATE",
        "2024-Q3",
    ),
    # an irregular past ("flew", "sold") is past as well as an -ed verb
    (
        "The airline flew 9 million people in the third quarter.",
        "the third quarter",
        MAY_2025,
        "DATE",
        "2024-Q3",
    ),
    (
        "The airline will fly more people in the third quarter.",
        "the third quarter",
        MAY_2025,
        "DATE",
        "2025-Q3",
    ),
    (
        "The airline carried 9 million people in the first quarter.",
        "the first quarter",
        MAY_2025,
        "DATE",
        "2025-Q1",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), QUARTERS)
def test_quarters_without_a_year(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_a_quotes_own_tense_decides_inside_it() -> None:
    # "said" after the quote is the reporter's past; the quote speaks of the December to come
    check(
        '"The bank will raise rates again in December," said an analyst.',
        "December",
        MAY_2025,
        "DATE",
        "2025-12",
    )


@pytest.mark.parametrize(
    "expression",
    ["the week of Sept. 14", "the week beginning 14 September", "the week starting Sept. 14"],
)
def test_the_week_of_a_day_is_its_iso_week(expression: str) -> None:
    check(f"Talks will resume {expression}.", expression, MAY_2025, "DATE", "2025-W37")


def test_a_unit_ending_a_compound_is_no_time() -> None:
    assert found("Shares fell in after-hours trading.", THURSDAY) == []
    assert found("Intel shares fell 4% after hours.", THURSDAY) == []


def test_a_plural_unit_before_long_is_an_unsaid_amount_of_time() -> None:
    # the article before it is the noun's: "a months-long battle" is no month
    facts = found("His parents staged a months-long battle with the courts.", THURSDAY)
    assert [(fact.text, fact.type, fact.value) for fact in facts] == [
        ("months-long", "DURATION", "PXM")
    ]


@pytest.mark.parametrize(
    ("sentence", "expression", "span"),
    [
        ("The 2025-26 season began badly.", "2025-26", ("2025", "2026")),
        ("The council passed the 2024-2025 budget.", "2024-2025", ("2024", "2025")),
        ("He led the party in 1905-1908.", "1905-1908", ("1905", "1908")),
        ("Sales rose in fiscal 1999-00.", "fiscal 1999-00", ("1999", "2000")),
    ],
)
def test_years_joined_by_a_hyphen_are_one_range(
    sentence: str, expression: str, span: tuple[str, str]
) -> None:
    [fact] = found(sentence, THURSDAY)
    assert (fact.text, fact.value, fact.range) == (expression, span[0], span)


def test_a_hyphen_before_other_digits_makes_no_range() -> None:
    assert [fact.text for fact in found("The 2024-20 score stood.", THURSDAY)] == []


def test_overnight_before_a_rate_is_no_time() -> None:
    text = "The bank lowered its overnight deposit rate. Rain fell overnight."
    assert [fact.text for fact in found(text, THURSDAY)] == ["overnight"]
    assert found(text, THURSDAY)[0].start == text.rindex("overnight")


def test_a_quarter_named_by_its_months() -> None:
    [fact] = found("Sales in the January-March quarter rose 4%.", THURSDAY)
    assert (fact.text, fact.value) == ("the January-March quarter", "2025-Q1")
    assert [f.text for f in found("The May-July quarter was odd.", THURSDAY)] == ["July"]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Inflation eased to 2.1% in the June quarter.", "the June quarter", "2025-Q2"),
        ("Output grew in the March quarter of 2024.", "the March quarter of 2024", "2024-Q1"),
    ],
)
def test_a_quarter_named_by_the_month_it_ends_in(
    sentence: str, expression: str, value: str
) -> None:
    [fact] = found(sentence, THURSDAY)
    assert (fact.text, fact.value) == (expression, value)


def test_a_quarter_alone_is_a_fourth() -> None:
    text = "Sales rose by a quarter to 1.6 million units in July."
    assert [fact.text for fact in found(text, THURSDAY)] == ["July"]
    [fact] = found("Profit fell in a year-earlier quarter.", THURSDAY)
    assert (fact.text, fact.value) == ("a year-earlier quarter", "2024-Q2")


def test_the_end_of_a_quarter_is_its_end() -> None:
    text = "It will close its plant by the end of the first quarter of 2026."
    [fact] = found(text, THURSDAY)
    assert (fact.text, fact.value, fact.mod) == (
        "the end of the first quarter of 2026",
        "2026-Q1",
        "END",
    )


def test_the_early_hours_of_a_day_are_no_amount_of_time() -> None:
    text = "The talks ended in the early hours of Saturday after they had waited for hours."
    assert [(fact.text, fact.type) for fact in found(text, THURSDAY)] == [
        ("Saturday", "DATE"),
        ("hours", "DURATION"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bus service would be cut to rush hours only.",
        "Trucks may not pass during peak hours.",
        "Homes were burglarized during daylight hours.",
        "The clinic answers calls in office hours.",
    ],
)
def test_a_kind_of_hours_is_no_amount_of_time(text: str) -> None:
    assert found(text, THURSDAY) == []


def test_a_one_day_international_is_a_kind_of_match() -> None:
    text = "Pakistan won the second one-day international. Workers held a one-day strike."
    assert [(fact.text, fact.value) for fact in found(text, THURSDAY)] == [("one-day", "P1D")]
    assert found(text, THURSDAY)[0].start == text.index("one-day strike")
