"""Days named by a rule of the calendar: holidays ("Thanksgiving", "last Christmas", "the day
after Christmas"), the nth weekday of a month ("the first Monday in October") and its nth
day, week or weekend ("the first day of next month", "the last weekend of June"); and the
nth day of something under way, told as today's ("today is the eighth day of the strike")."""

from __future__ import annotations

import calendar
import datetime as dt

from newsfacts.plugin import compiled
from newsfacts_dates import anchor, tense_cues
from newsfacts_dates.grammar import HOLIDAYS, WEEKDAYS
from newsfacts_dates.reading import (
    Context,
    Match,
    Reading,
    group,
    month_number,
    relative,
)
from newsfacts_dates.tense import Tense


def holiday(match: Match, ctx: Context) -> Reading | None:
    """ "Thanksgiving Day", "last Christmas": the day of the year the tense points to; "the
    day after Christmas", "the day before Thanksgiving": the day next to it."""
    rule, _, cycle = HOLIDAYS[match.group("holiday").lower()].partition("/")
    if " " not in match.group("holiday") and _NAME_AFTER.match(ctx.text, match.end()):
        return None  # "Easter Island", "Easter Seals", "Christmas Island": a name
    year_text = group(match, "year")
    if year_text is None and _SEQUEL.match(ctx.text, match.end()):
        return None  # "Super Tuesday 2", "Super Tuesday II": another day, named after it
    shift = _SHIFTS[(group(match, "shift") or "").lower()]
    span = (group(match, "holiday_span") or "").lower()
    if year_text is not None:
        # "the 1988 Super Tuesday", "Christmas 2005": that year's, whatever the tense
        day = _holiday_date(rule, int(year_text)) + dt.timedelta(days=shift)
        return Reading("DATE", _week_of(day, span) if span else day.isoformat())
    if ctx.published is None:
        if span:
            return Reading("DATE", "XXXX-WXX" + _WEEKEND[span], resolved=False)
        if "-" in rule and ":" not in rule:
            # a fixed day moves the same in any year; a year that is not a leap year
            day = _holiday_date(rule, 2001) + dt.timedelta(days=shift)
            return Reading("DATE", f"XXXX-{day:%m-%d}", resolved=False)
        return Reading("DATE", "XXXX-XX-XX", resolved=False)
    offset = relative(group(match, "rel"))
    reading = _day_of_rule(rule, match, ctx, offset)
    if cycle:
        value = _in_cycle(rule, cycle, reading.value, _direction(offset, match, ctx), ctx)
        reading = reading._replace(value=value)
    shifted = dt.date.fromisoformat(reading.value) + dt.timedelta(days=shift)
    if span:
        return reading._replace(value=_week_of(shifted, span))
    return reading._replace(value=shifted.isoformat())


def election_day(match: Match, ctx: Context) -> dt.date:
    """The US Election Day the words around ``match`` point to, as a holiday's ("the
    November election": :mod:`newsfacts_dates.election_months`)."""
    rule, _, cycle = HOLIDAYS["election day"].partition("/")
    value = _day_of_rule(rule, match, ctx, None).value
    return dt.date.fromisoformat(_in_cycle(rule, cycle, value, _direction(None, match, ctx), ctx))


def cycle_election_day(year: int) -> dt.date | None:
    """The US Election Day of ``year`` when the holiday's cycle holds one that year (the even
    years: not an odd year's, held in its own news only), else None."""
    rule, _, cycle = HOLIDAYS["election day"].partition("/")
    every, _, remainder = cycle.partition(":")
    if (year - int(remainder.rstrip("+"))) % int(every):
        return None
    return _holiday_date(rule, year)


# "Christmas week", "Thanksgiving weekend": the ISO week holding the holiday, or its weekend
_WEEKEND = {"week": "", "weekend": "-WE"}


def _week_of(day: dt.date, span: str) -> str:
    """The week holding ``day`` ("Easter week" holds Easter Sunday, the last day of an ISO
    week), or the weekend next to it: a holiday on a Monday or Tuesday follows its weekend
    ("Memorial Day weekend" is the Saturday and Sunday before it)."""
    if span == "weekend" and day.isoweekday() <= 2:
        day -= dt.timedelta(days=7)
    week_year, week, _ = day.isocalendar()
    return f"{week_year}-W{week:02d}{_WEEKEND[span]}"


# "the day before" / "the day after" a holiday, in days; no word: the holiday itself
_SHIFTS = {"": 0, "before": -1, "after": 1}


# The nth weekday of a month as written: "the first Monday in October"
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}


def nth_weekday(match: Match, ctx: Context) -> Reading | None:
    """ "the first Monday in October", "the last Thursday of November": that day of the
    month, in the year written or else the one the tense points to (a holiday's rule)."""
    month = month_number(match.group("month"))
    weekday = WEEKDAYS[match.group("weekday").lower()]
    rule = f"{month}:{_NTH[match.group('nth').lower()]}:{weekday}:0"
    year_text = group(match, "year")
    if year_text:
        day = _holiday_date(rule, int(year_text))
        return Reading("DATE", day.isoformat()) if day.month == month else None
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{month:02d}-XX", resolved=False)
    reading = _day_of_rule(rule, match, ctx, None)
    return reading if int(reading.value[5:7]) == month else None  # no fifth Monday


def nth_unit(match: Match, ctx: Context) -> Reading | None:
    """ "the first day of next month" (its day), "the last week of June" (the ISO week that
    holds most of its last seven days), "the second weekend in August" (its second Saturday's
    weekend): of the month written, in the year written or the one the tense points to, or
    of "this", "next", "last" or "the" month of the publication."""
    nth, unit = _NTH[match.group("nth").lower()], match.group("unit").lower()
    year_month = _month_of(match, ctx)
    if year_month is None:
        month_text = group(match, "month")
        written = f"{month_number(month_text):02d}" if month_text else "XX"
        return Reading("DATE", f"XXXX-{written}", resolved=False)
    year, month = year_month
    last_day = calendar.monthrange(year, month)[1]
    if unit == "weekend":
        saturday = _holiday_date(f"{month}:{nth}:{WEEKDAYS['saturday']}:0", year)
        if saturday.month != month:
            return None  # no fifth weekend
        week_year, week, _ = saturday.isocalendar()
        return Reading("DATE", f"{week_year}-W{week:02d}-WE")
    # A week: the one holding the middle of the nth seven days, so most of them
    day = (last_day if nth < 0 else 7 * nth) - 3 if unit == "week" else last_day if nth < 0 else nth
    if day > last_day:
        return None
    date = dt.date(year, month, day)
    if unit == "day":
        return Reading("DATE", date.isoformat())
    week_year, week, _ = date.isocalendar()
    return Reading("DATE", f"{week_year}-W{week:02d}")


def day_of_event(match: Match, ctx: Context) -> Reading | None:
    """ "today is the eighth day of the blockade", "it's the second day of the talks": the
    present day, which the sentence says is that day of something under way."""
    if ctx.published is None:
        return Reading("DATE", "XXXX-XX-XX", resolved=False)
    return Reading("DATE", ctx.published.isoformat())


def _month_of(match: Match, ctx: Context) -> tuple[int, int] | None:
    """The year and month :func:`nth_unit` counts in; None when no publication date says."""
    month_text, year_text = group(match, "month"), group(match, "year")
    if month_text and year_text:
        return int(year_text), month_number(month_text)
    if ctx.published is None:
        return None
    if month_text:
        month = month_number(month_text)
        day = _day_of_rule(f"{month:02d}-01", match, ctx, None)
        return int(day.value[:4]), month
    months = relative(group(match, "rel")) or 0  # "the month", "this month": the same
    year, month = divmod(ctx.published.year * 12 + ctx.published.month - 1 + months, 12)
    return year, month + 1


def _day_of_rule(rule: str, match: Match, ctx: Context, offset: int | None) -> Reading:
    """The day a holiday's ``rule`` gives in the year the tense points to (``offset``: the
    year a word before it names, "last Christmas")."""
    assert ctx.published is not None
    lead = ctx.tense_of(match.start(), match.end(), False)
    if offset is not None:
        lead = "past" if offset < 0 else "future"
    verb = "none" if lead != "none" else _verb_tense(match, ctx)
    guess = _holiday_date(rule, ctx.published.year)
    # (a past verb is one right before it, so the day is done: "closed on Christmas Day",
    # said on 20 December, is the one gone)
    year = anchor.month_day_year(
        ctx.published,
        guess.month,
        guess.day,
        lead,
        verb,
        start=match.start(),
        end=match.end(),
        done=verb == "past",
    )
    return Reading("DATE", _holiday_date(rule, year).isoformat())


def _direction(offset: int | None, match: Match, ctx: Context) -> str:
    """Where a holiday lies from the publication day, as :func:`_day_of_rule` reads it: the
    word before it ("last", "next", "since", "until"), else the verb's tense
    (:func:`_verb_tense`: "past", "future" or "none")."""
    if offset:
        return "past" if offset < 0 else "future"
    lead = ctx.tense_of(match.start(), match.end(), False)
    if lead != "none":
        return lead
    return _verb_tense(match, ctx)


def _verb_tense(match: Match, ctx: Context) -> Tense:
    """The tense of the verb nearest a holiday: a future one points ahead ("will close on
    Christmas" is the coming one); a past one only right before it, maybe "on" between, the
    verb of an event held that day ("He won on Election Day", said in February 2016, is the
    3 November 2015 gone); elsewhere a past verb says little, as reported speech tells of
    holidays to come and a holiday before a noun is often the one to come ("has bought ad
    time in five Super Tuesday primaries", said in February)."""
    if tense_cues.past_verb_right_before(ctx.text, match.start()):
        return "past"
    verb = ctx.tense_of(match.start(), match.end(), True)
    return verb if verb == "future" else "none"


def _in_cycle(rule: str, cycle: str, value: str, direction: str, ctx: Context) -> str:
    """The day of a holiday held only every few years (``cycle`` "4:1": the years after one
    divisible by 4, "Inauguration Day"), near the day ``value`` its rule gives: the last one
    up to the publication day in the past tense, the next one in the future tense, else the
    nearer one ("to run past Inauguration Day", said in February 2016: 2017-01-20). A cycle
    ending in "+" is held in the publication year too ("Election Day": the even years', and
    an odd year's own in its news)."""
    assert ctx.published is not None
    published = ctx.published
    every, _, remainder = cycle.partition(":")
    years = int(every)
    own_year = remainder.endswith("+")
    below = int(value[:4]) - (int(value[:4]) - int(remainder.rstrip("+"))) % years
    days = [_holiday_date(rule, year) for year in (below - years, below, below + years)]
    if own_year:
        # the publication year's, and in the past the last year's: "Democrats lost seats
        # on Election Day", said in February 2016, is the odd year's 3 November 2015
        days.append(_holiday_date(rule, published.year))
        if direction == "past":
            days.append(_holiday_date(rule, published.year - 1))
    if direction == "past":
        days = [day for day in days if day <= published] or days
    elif direction == "future":
        days = [day for day in days if day >= published] or days
    return min(days, key=lambda day: abs((day - published).days)).isoformat()


# A capitalized word right after a holiday's name of one word: the name goes on
_NAME_AFTER = compiled(r"[ \t]\p{Lu}\p{Ll}")

# A number of one digit or a Roman one right after a holiday's name, and no word in lower
# case after it: a sequel's name ("Super Tuesday 2", "Super Tuesday II"), not "Christmas 3
# people died"
_SEQUEL = compiled(r"[ \t](?:\d(?![\w.,]|[ \t]+\p{Ll})|I{2,3}(?!\w))")


def _holiday_date(rule: str, year: int) -> dt.date:
    if rule.startswith("easter:"):
        return easter(year) + dt.timedelta(days=int(rule.removeprefix("easter:")))
    if "-" in rule[1:] and ":" not in rule:
        month_text, day_text = rule.split("-")
        return dt.date(year, int(month_text), int(day_text))
    month_text, nth_text, weekday_text, plus_text = rule.split(":")
    month_number_, nth, weekday = int(month_text), int(nth_text), int(weekday_text)
    if nth > 0:
        first = dt.date(year, month_number_, 1)
        date = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        following = dt.date(year + month_number_ // 12, month_number_ % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        date = last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    return date + dt.timedelta(days=int(plus_text))


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian
    computus, after Meeus)."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_centuries - moon + 15) % 30
    leap_years, year_rest = divmod(of_century, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)
