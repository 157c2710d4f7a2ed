"""The quarter a quarter's end written after it names: "the quarter ended March 29", "the
quarter that ended Sept. 30, 2024", and as British and Australian papers write it, "the
quarter to June" (a month alone: the quarter ending with that month). Read by
:func:`newsfacts_dates.quarters.quarter` for "the quarter" with no number."""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates import anchor
from newsfacts_dates.grammar import KEEP_GIL, MONTHS
from newsfacts_dates.reading import Context, month_number
from newsfacts_dates.tense import Tense

# The day or month a quarter ends, written after it:
#   "the quarter ended March 29", "the quarter that ended Sept. 30, 2024"
#   "the three months ending June 30" (not "the quarter ended with")
#   "the quarter to June", "the quarter to June 30", "the quarter to March 2024"
#   "the quarter to end-June", "the quarter to the end of June" (its end is the month's)
_QUARTER_END = compiled(
    r"""[ \t]++(?:that[ \t]++|which[ \t]++)?(?P<verb>ended|ending|to)[ \t]++
    (?:end-|the[ \t]++end[ \t]++of[ \t]++)?
    (?P<month>\p{L}++)\.?
    (?:[ \t]++(?P<day>\d{1,2})\b)?
    (?:,?[ \t]++(?P<year>\d{4})\b)?
    """,
    regex.VERBOSE,
)
_QUARTER_END_REACH = 64


def quarter_end(ctx: Context, end: int) -> str | None:
    """The quarter ending on the day (or in the month) written after a quarter that ends at
    ``end``, as "2025-Q1", if one is."""
    assert ctx.published is not None
    # bounded: the regex module looks for "ended"/"ending" as far as the end position
    written = _QUARTER_END.match(ctx.text, end, end + _QUARTER_END_REACH, KEEP_GIL)
    if written is None or not _a_month(written):
        return None
    number = month_number(written.group("month"))
    year_text = written.group("year")
    tense = _tense(ctx, written)
    year = int(year_text) if year_text else anchor.month_year(ctx.published, number, tense, None)
    # A fiscal quarter is the three months up to its last day; the calendar quarter holding
    # their middle is the one most of them lie in: "ended July 31" (May to July) is the
    # second, "ended Oct. 1" (a 52-week year's) and "ended Sept. 30" the third, "ended
    # Jan. 31" last year's fourth; a month alone ends on its last day ("to June": April to
    # June, the second).
    try:
        day = written.group("day")
        day_number = int(day) if day else calendar.monthrange(year, number)[1]
        last_day = dt.date(year, number, day_number)
        if tense == "past" and not year_text and last_day > ctx.published:
            last_day = last_day.replace(year=year - 1)  # "ended July 31" said on July 10
        middle = last_day - _HALF_A_QUARTER
    except (ValueError, OverflowError):
        return None  # "the quarter ended Feb. 30", or one before the calendar's first days
    return f"{middle.year:04d}-Q{anchor.quarter_of(middle)}"


_HALF_A_QUARTER = dt.timedelta(days=45)


def _a_month(written: regex.Match[str]) -> bool:
    """Whether the word after the verb is a month; after "to", a capitalized one ("the
    quarter to June", not "the quarter to may")."""
    month = written.group("month")
    if month.lower().rstrip(".") not in MONTHS:
        return False
    return written.group("verb") != "to" or month[:1].isupper()


def _tense(ctx: Context, written: regex.Match[str]) -> Tense:
    """ "ended" is past; "ending" is either ("a charge in the quarter ending April 27" said
    in March is the coming one), so the month is read as one named alone; "to" as its
    clause tells, as the month itself is ("sales fell in the quarter to June")."""
    verb = written.group("verb")
    if verb == "ended":
        return "past"
    if verb == "to":
        return ctx.tense_of(written.start("month"), written.end("month"), True)
    return "none"
