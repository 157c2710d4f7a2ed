"""Date values anchored to the day the news is of, vague times, and the clause that gives
the tense.

Each line of a table reads: published on this day, this sentence holds this expression (in
square brackets) with this TIMEX3 type and value; a pilcrow (¶) is a paragraph break. The
sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts import TimeExpression

EXTRACTOR = newsfacts.Extractor(["dates"])

# published, type and value | the sentence, with [the expression] in square brackets
OVERNIGHT = """
# "overnight" is the night before the day the news is of: a day of the week up to the
# publication day, named before it
2025-07-10 TIME 2025-07-06TNI | Shares in Sydney rose on Monday after [overnight] gains.
2025-07-14 TIME 2025-07-10TNI | Shares closed lower on Friday. ¶ They fell on [overnight] losses.
# ... so a report of Friday's trading, published on Monday, counts back from that Friday
2025-07-14 DATE 2025-07-04 | Stocks fell Friday after overnight losses, from [the previous Friday].
# no day named: the night before the publication day
2025-07-10 TIME 2025-07-09TNI | Rebels shelled the port of Hodeidah [overnight].
# a day long before or to come is no day of the news
2025-07-10 TIME 2025-07-09TNI | He was convicted on March 3, 2019. Rebels struck [overnight].
2025-07-10 TIME 2025-07-09TNI | The summit opens on Saturday. Protesters camped out [overnight].
# after a night, that night told again (a headline's "overnight" and its story's too)
2025-11-15 TIME 2025-11-13TNI | Navy downs drones on Thursday night ¶ It shot them [overnight].
2025-11-15 TIME 2025-11-09TNI | Fires spread on Sunday night. ¶ Crews worked [overnight] there.
"""

ONE_DAY = """
# "one day" after a modal or "to" and before a verb is some day to come
2025-07-10 DATE FUTURE_REF | Scientists in Oslo could [one day] cure the disease.
2025-07-10 DATE FUTURE_REF | She hopes to [one day] run for the Senate.
2025-07-10 DATE FUTURE_REF | Fans fear the club will [one day] leave Naples.
# ... after a verb of hope, before a subject and a modal, or ending a clause with a modal in it
2025-07-10 DATE FUTURE_REF | Doctors in Lyon hope [one day] to grow new livers.
2025-07-10 DATE FUTURE_REF | He said that [one day] the city would pay for the cuts.
2025-07-10 DATE FUTURE_REF | She hopes she can coach the team [one day] and win a title.
2025-07-10 DATE FUTURE_REF | The plant may be rebuilt [some day] by another owner.
# an amount of one day
2025-07-10 DURATION P1D | The hearing in Nairobi will take [one day].
2025-07-10 DURATION P1D | Farmers can apply for [one day], the ministry said.
2025-07-10 DURATION P1D | He had been in the job [one day] when the strike began.
2025-07-10 DURATION P1D | It came [one day] before they would vote.
2025-07-10 DURATION P1D | The strike will last [one day], unions in Seoul said.
2025-07-10 DURATION P1D | Thousands went to [one day] of the test match.
2025-07-10 DURATION P1D | The ferry would be [one day] late.
"""


TENSE = """
# an attribution after the expression's clause ("..., aides said") tells when it was said,
# not when the thing told is
2025-02-10 DATE 2025-03 | Kenya has decided to admit Uganda, Chad and Mali in [March], aides said.
2025-02-10 DATE 2025-06 | Ajax has agreed to sign Diaz, Kane and Son in [June], its coach said.
# ... but the verb after an expression that opens its clause is its own
2016-04-15 DATE 2016-04-14 | Palin was due to speak, but on [Thursday], the party said she was ill.
2025-07-10 DATE 2024-09 | The plant closed in [September], the union said on Monday.
"""


MONTH_BEFORE_A_NOUN = """
# "May" or "March" between a determiner and a lower-case noun is the month the noun is of
2025-07-10 DATE 2025-03 | The [March] jobs report showed strong hiring in Ohio.
2025-07-10 DATE 2025-03 | Thousands joined a [March] rally in Tbilisi.
2025-07-10 DATE 2026-05 | Parties in Lagos will struggle to meet a [May] deadline.
# a month before the noun of a report on it is under way or gone, whatever the tense
2025-12-01 DATE 2025-11 | Markets will watch the [November] jobs report on Friday.
2026-03-20 DATE 2026-02 | Each charity must file its [February] expense reports by April.
2025-07-10 DATE 2025-07 | A [July] poll will show how far the mayor has fallen.
# ... not a month a clause after it opens with
2025-12-01 DATE 2026-03 | Sales will rise in [March] and the report says so.
# a month in a phrase opened by "since" and a verb in "-ing" is gone too
2025-07-10 DATE 2024-10 | Since saying in [October] that she would retire, the judge has kept busy.
2025-07-10 DATE 2024-09 | Since leaving office in [September], he has written two books.
"""


LATEST = """
# "the latest" or "its latest" before a unit is the last one ended, as "the last" is
2025-07-10 DATE 2024 | Sales rose 4% in [the latest fiscal year], the Toronto grocer said.
2025-07-10 DATE 2024 | The Lagos bank posted a loss in [its latest fiscal year].
2025-07-10 DATE 2025-06 | The agency said [the latest month] showed a rise in Chile.
"""


YEARS_QUARTER = """
# a year's quarter or half, the year written before it with "'s", is of that year
2025-07-10 DATE 2023-Q3 | Sales in [2023's third quarter] were flat, the Seoul carmaker said.
2025-07-10 DATE 2024-Q4 | Profit fell in [last fiscal year's fourth quarter].
"""


CLOCK_DAY = """
# a clock time takes the day and month written after it, British style
2025-07-10 TIME 2025-07-31T17:00 | Applications close at [5pm on 31 July], the council said.
2025-07-10 TIME 2024-01-01T24:00 | The law came into force at [midnight on 1 January 2024].
2025-07-10 TIME 2023-06-12T06:30 | The ferry left Dover at [6.30am on 12 June, 2023].
"""


AT_LARGE = """
# "today's" or "tomorrow's" before a noun of the time at large is the present or the future
2025-07-10 DATE PRESENT_REF | In [today]'s world, privacy is hard to keep, the Nairobi judge said.
2025-07-10 DATE PRESENT_REF | Prices in [today]'s dollars were higher in 1980.
2025-07-10 DATE FUTURE_REF | The academy in Accra trains [tomorrow]'s leaders.
# ... and before any other noun the day
2025-07-10 DATE 2025-07-10 | [Today]'s meeting in Brussels ended without a deal.
2025-07-10 DATE 2025-07-11 | [Tomorrow]'s vote in the Senate is expected to be close.
# "of tomorrow", "of yesterday" completing a noun are the future and the past at large
2025-07-10 DATE FUTURE_REF | The school in Kumasi trains the engineers of [tomorrow].
2025-07-10 DATE PAST_REF | The senator offers only the slogans of [yesterday], his rival said.
# ... but not "as of", nor after a noun of a time, nor before a possessive
2025-07-10 DATE 2025-07-11 | The new fares apply as of [tomorrow], the rail operator said.
2025-07-10 DATE 2025-07-09 | The events of [yesterday] shocked the village of Tavira.
2025-07-10 DATE 2025-07-09 | Because of [yesterday]'s storm, the ferry to Skye was cancelled.
"""


SCHEDULE = """
# "play" in the present is a fixture to come, not after "to" or a negation
2025-07-10 DATE 2025-12-25 | The Lakers play the Celtics on [Christmas Day] in Los Angeles.
2025-07-10 DATE 2025-07-06 | The Wallabies did not play on [Sunday] after the storm in Perth.
"""


SHARED_PART = """
# a weekday joined to one with a plural part of the day recurs with it
2025-07-10 SET XXXX-WXX-1TNI | Flights leave Lagos on [Monday] and Tuesday nights.
2025-07-10 SET XXXX-WXX-6TMO | The market opens on [Saturday] or Sunday mornings in Hanoi.
# ... not with a single one
2025-07-10 DATE 2025-07-07 | Storms hit Manila on [Monday] and Tuesday night.
"""


NEXT_TO = """
# "the day before" or "the day after" a day written is one expression: the day next to it
2000-02-24 DATE 2000-02-21 | [The day before last Tuesday]'s vote, Ortega flew to Houston.
2025-07-10 DATE 2025-07-08 | Donors met in Lagos on [the day after Monday]'s debate.
2025-07-10 DATE 2024-10-13 | The rebels struck [the day after Oct. 12, 2024], officials said.
2025-07-10 DATE 2025-03-01 | Fans camped outside [the day before March 2] in Perth.
# ... not "a day after" (an amount counted from it) nor a week
2025-07-10 DATE 2025-07-07 | Shares rose a day after [Monday]'s vote in Seoul.
2025-07-10 DATE 2025-W27 | The fund closed the day after [last week]'s crash.
"""


TWO_QUARTERS = """
# "the first two quarters" of a year are its first half, "the last two quarters" its second
2025-07-10 DATE 1990-H1 | Ohio steelmakers expect weak sales in [the first two quarters of 1990].
2025-07-10 DATE 2024-H2 | Exports from Busan fell in [the last two quarters of 2024].
2025-07-10 DATE 2026-H1 | The Osaka firm will hire more in [the first two quarters of next year].
2025-07-10 DATE 2025-H1 | Sales rose 4% in [the first two quarters], the Osaka firm said.
# ... with no year, "the last two quarters" stay an amount
2025-07-10 DURATION P2Q | Sales rose 4% in [the last two quarters], the Osaka firm said.
# ... after a modifier too, and other numbers of quarters of a year are an amount, the year a
# date of its own, as TimeBank marks "the first nine months of 1997"
2025-07-10 DATE 1990-H1 | Ohio sales will stay weak for at least [the first two quarters of 1990].
2025-07-10 DURATION P3Q | Profit in Lima rose in [the first three quarters] of the year.
2025-07-10 DATE 2025 | Profit in Lima rose in the first three quarters of [the year].
2025-07-10 DURATION P3Q | Profit in Lima rose in [the first three quarters] of 1989.
"""


THAT_NIGHT = """
# "that night", "later that evening": of the day named a few sentences back at most
1999-10-24 TIME 1998-10-23TNI | He was shot on Oct. 23, 1998. [Later that night], police came.
2025-07-10 TIME 2025-03-03TNI | The storm hit Manila on March 3. [That night], the river rose.
2025-07-10 TIME 2025-07-05TEV | Fans marched on Saturday. [That evening], crowds gathered in Lima.
# ... else of a day left open: an event's, which the words do not date
2025-07-10 TIME XXXX-XX-XXTNI | The officers at the Kabul base [that night] backed his account.
"""


YEARS_NAMED = """
# "years" before a year written names those years, no amount: each year is a date
2025-07-10 DATE 2014 | Iowa set aside $90 million for fiscal years [2014] and 2015.
2025-07-10 DATE 2014 | The loans from the years 2011 to [2014] went unpaid in Accra.
"""


FRACTIONS = """
# a fraction of one unit, in the smaller unit when it makes a whole number of it
2025-07-10 DURATION P50Y | The war in Eritrea dragged on for [half a century].
2025-07-10 DURATION P25Y | He spent [a quarter-century] in the Senate in Accra.
2025-07-10 DURATION PT15M | The Perth ferry waited [a quarter of an hour].
2025-07-10 DURATION PT45M | Talks in Oslo lasted [three-quarters of an hour].
2025-07-10 DURATION PT30M | [A half-hour] delay hit trains in Leeds.
2025-07-10 DURATION PT12H | Dockers in Hull struck for [half a day].
2025-07-10 DURATION PT30M | Firefighters reached the mill in Bury [half an hour] later.
2025-07-10 DURATION PT30M | The roof in Kano fell [half an hour] after the blast.
# before "ago" (or a dated "earlier"): a date back, as for a number
2025-07-10 DATE 1975 | The dam near Aswan was built [half a century ago].
2025-07-10 DATE 2000 | The bridge in Hobart opened [a quarter of a century ago].
2025-07-10 DATE 2025-01 | Talks in Doha stalled [half a year ago].
2025-07-10 DATE 2025-07-10 | The Quito office closed [half an hour ago].
"""


HUNDREDS = """
# hundreds and thousands spelled out count whole, before a unit and before "ago"
2025-07-10 DURATION P200Y | The abbey near Cork stood for [two hundred years].
2025-07-10 DURATION P1000Y | The kingdom of Axum would last [a thousand years], he said.
2025-07-10 DURATION P250Y | Ships docked at the Riga quay for [two hundred and fifty years].
2025-07-10 DURATION P500D | The siege of the Lviv fort lasted [five hundred days].
2025-07-10 DURATION P2500D | The Kigali trial ran for [twenty-five hundred days].
2025-07-10 DATE 1725 | The well in Fez was dug [three hundred years ago].
"""


QUARTER_ENDED = """
# a quarter ended on a day written: the calendar quarter holding the middle of its three
# months, which most of them lie in
2025-10-30 DATE 2025-Q2 | Sales at the Leeds chain rose in [the quarter] ended July 31.
2025-10-30 DATE 2025-Q3 | Profit in Turin fell in [the quarter] ended Oct. 1.
2025-10-30 DATE 2025-Q3 | Profit in Turin fell in [the quarter] ended Sept. 30.
2025-10-30 DATE 2024-Q4 | Sales at the Leeds chain rose in [the quarter] ended Jan. 31.
# ... the last such day before the publication's, told in the past
2025-07-10 DATE 2024-Q2 | Sales at the Leeds chain rose in [the quarter] ended July 31.
"""


YEAR_PERIOD = """
# "the 2024 period" in a results report: the period named before it, in that year; a quarter
# makes it that quarter
2025-07-10 DATE 2024-Q3 | Net in Lyon rose in the third quarter. In [the 2024 period], it fell.
2025-07-10 DATE 2024-Q3 | Net in Lyon rose in the third quarter. Sales in [the 2024 quarter] fell.
# ... nine months, or no period at all, keep it the year
2025-07-10 DATE 2024 | Net in Lyon rose in the first nine months from a loss in [the 2024 period].
2025-07-10 DATE 2020 | Prices in Lyon rose over [the 2020 period].
"""


NO_SUCH_DAY = """
# a day its month lacks is a slip of the writer's: the month, a valid value all the same
2025-07-10 DATE 2024-04 | The Nantes depot opened on [April 31, 2024].
2025-07-10 DATE 2023-02 | The Nantes depot shut on [Feb. 29, 2023].
2025-07-10 DATE 2024-02-29 | The Nantes depot shut on [Feb. 29, 2024].
2025-07-10 DATE 2024-02 | The Nantes depot filed its plan on [30/02/2024].
2025-07-10 DATE 2024-02 | The Nantes depot filed its plan on [2024-02-30].
# ... and a clock time on it has no day
2025-07-10 TIME XXXX-XX-XXT17:00 | The Nantes depot shut at [5 p.m. on Feb. 30].
"""


def rows(*tables: str) -> list[tuple[str, str]]:
    """The lines of ``tables`` that are no comment, split at their bar."""
    lines = [line for table in tables for line in table.strip().splitlines()]
    return [tuple(line.split(" | ")) for line in lines if not line.startswith("#")]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("expected", "marked"),
    rows(
        OVERNIGHT,
        ONE_DAY,
        TENSE,
        MONTH_BEFORE_A_NOUN,
        LATEST,
        YEARS_QUARTER,
        CLOCK_DAY,
        AT_LARGE,
        SCHEDULE,
        SHARED_PART,
        NEXT_TO,
        TWO_QUARTERS,
        THAT_NIGHT,
        YEARS_NAMED,
        FRACTIONS,
        HUNDREDS,
        QUARTER_ENDED,
        YEAR_PERIOD,
        NO_SUCH_DAY,
    ),
)
def test_value(expected: str, marked: str) -> None:
    published, kind, value = expected.split()
    text = marked.replace("[", "").replace("]", "").replace(" ¶ ", "\n\n")
    expression = marked[marked.index("[") + 1 : marked.index("]")]
    article = newsfacts.Article(text=text, published=dt.date.fromisoformat(published))
    result = EXTRACTOR.extract(article)
    assert not result.errors
    facts = [fact for fact in result.dates if isinstance(fact, TimeExpression)]
    seen = [(fact.text, fact.type, fact.value) for fact in facts]
    named = [fact for fact in facts if fact.text == expression]
    assert len(named) == 1, (expression, seen)
    assert (named[0].type, named[0].value) == (kind, value), seen


def test_a_clock_time_keeps_its_day_without_a_publication_day() -> None:
    text = "The workshop opens at 7:15 p.m. April 23 at a school hall in Accra."
    [fact] = EXTRACTOR.extract(newsfacts.Article(text=text)).dates
    assert (fact.text, fact.value, fact.resolved) == (
        "7:15 p.m. April 23",
        "XXXX-04-23T19:15",
        False,
    )


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Deputies were called at 5 p.m. Friday to a farm.", "5 p.m. Friday", "XXXX-WXX-5T17:00"),
        ("The fair opens Sunday at 11 a.m. on the green.", "Sunday at 11 a.m.", "XXXX-WXX-7T11:00"),
        ("The blaze began around midnight Friday.", "around midnight Friday", "XXXX-WXX-5T24:00"),
    ],
)
def test_a_clock_time_keeps_its_weekday_without_a_publication_day(
    sentence: str, expression: str, value: str
) -> None:
    [fact] = EXTRACTOR.extract(newsfacts.Article(text=sentence)).dates
    assert (fact.text, fact.value, fact.resolved) == (expression, value, False)


def test_a_range_of_clock_times_on_a_weekday_starts_on_it_without_a_publication_day() -> None:
    text = "Tax clinics run from 3 to 5 p.m. Friday at the hall."
    first, last = EXTRACTOR.extract(newsfacts.Article(text=text)).dates
    assert (first.text, first.value, first.range) == (
        "3",
        "XXXX-WXX-5T15:00",
        ("XXXX-WXX-5T15:00", "XXXX-WXX-5T17:00"),
    )
    assert (last.text, last.value) == ("5 p.m. Friday", "XXXX-WXX-5T17:00")


@pytest.mark.parametrize(
    ("sentence", "expression", "ends"),
    [
        ("It takes two to six days to find a donor.", "two to six days", ("P2D", "P6D")),
        (
            "Deals in Oslo are due in the next 12 to 18 months.",
            "the next 12 to 18 months",
            ("P12M", "P18M"),
        ),
        (
            "The trip in Chile took between two and five hours.",
            "two and five hours",
            ("PT2H", "PT5H"),
        ),
        # "or": one amount, said roughly
        ("The trip in Chile took two or three hours.", "two or three hours", None),
    ],
)
def test_an_amount_written_as_a_range_holds_both_ends(
    sentence: str, expression: str, ends: tuple[str, str] | None
) -> None:
    published = dt.date(2025, 7, 10)
    [fact] = EXTRACTOR.extract(newsfacts.Article(text=sentence, published=published)).dates
    assert isinstance(fact, TimeExpression)
    assert fact.text == expression
    assert fact.range == ends


def test_years_before_a_year_written_are_no_amount() -> None:
    text = "Iowa set aside $90 million for fiscal years 2014 and 2015."
    article = newsfacts.Article(text=text, published=dt.date(2025, 7, 10))
    facts = EXTRACTOR.extract(article).dates
    assert [fact.text for fact in facts] == ["2014", "2015"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A cure for the blight will not happen overnight, farmers warn.",
        "The singer from Accra became famous almost overnight.",
    ],
)
def test_overnight_after_happen_or_a_degree_is_suddenly_no_night(sentence: str) -> None:
    result = EXTRACTOR.extract(newsfacts.Article(text=sentence, published=dt.date(2025, 7, 10)))
    assert [fact.text for fact in result.dates] == []


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The mill was sold following a year of strong harvests.", "a year"),
        ("Following two days of talks, the sides signed a deal.", "two days"),
        ("The talks resumed, and the following two days were calm.", "the following two days"),
    ],
)
def test_following_without_the_is_a_preposition_no_part_of_an_amount(
    sentence: str, expression: str
) -> None:
    result = EXTRACTOR.extract(newsfacts.Article(text=sentence, published=dt.date(2025, 7, 10)))
    assert [fact.text for fact in result.dates] == [expression]
