"""Days named by a rule of the calendar: holidays ("Thanksgiving", "last Christmas", "the day
after Christmas") and the nth weekday of a month ("the first Monday in October")."""

from __future__ import annotations

import datetime as dt

from newsfacts.plugin import compiled
from newsfacts_dates import anchor
from newsfacts_dates.grammar import HOLIDAYS, WEEKDAYS
from newsfacts_dates.reading import Context, Match, Reading, group, month_number, relative


def holiday(match: Match, ctx: Context) -> Reading | None:
    """ "Thanksgiving Day", "last Christmas": the day of the year the tense points to; "the
    day after Christmas", "the day before Thanksgiving": the day next to it."""
    rule = HOLIDAYS[match.group("holiday").lower()]
    if " " not in match.group("holiday") and _NAME_AFTER.match(ctx.text, match.end()):
        return None  # "Easter Island", "Easter Seals", "Christmas Island": a name
    shift = _SHIFTS[(group(match, "shift") or "").lower()]
    if ctx.published is None:
        if "-" in rule and ":" not in rule:
            # a fixed day moves the same in any year; a year that is not a leap year
            day = _holiday_date(rule, 2001) + dt.timedelta(days=shift)
            return Reading("DATE", f"XXXX-{day:%m-%d}", resolved=False)
        return Reading("DATE", "XXXX-XX-XX", resolved=False)
    reading = _day_of_rule(rule, match, ctx, relative(group(match, "rel")))
    shifted = dt.date.fromisoformat(reading.value) + dt.timedelta(days=shift)
    return reading._replace(value=shifted.isoformat())


# "the day before" / "the day after" a holiday, in days; no word: the holiday itself
_SHIFTS = {"": 0, "before": -1, "after": 1}


# The nth weekday of a month as written: "the first Monday in October"
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


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


def _day_of_rule(rule: str, match: Match, ctx: Context, offset: int | None) -> Reading:
    """The day a holiday's ``rule`` gives in the year the tense points to (``offset``: the
    year a word before it names, "last Christmas")."""
    assert ctx.published is not None
    lead = ctx.tense_of(match.start(), match.end(), False)
    if offset is not None:
        lead = "past" if offset < 0 else "future"
    # a future verb points ahead ("will close on Christmas" is the coming one); a past one
    # says little, as reported speech tells of holidays to come ("said he would win on
    # Election Day")
    verb = "none" if lead != "none" else ctx.tense_of(match.start(), match.end(), True)
    verb = verb if verb == "future" else "none"
    guess = _holiday_date(rule, ctx.published.year)
    year = anchor.month_day_year(
        ctx.published, guess.month, guess.day, lead, verb, start=match.start(), end=match.end()
    )
    return Reading("DATE", _holiday_date(rule, year).isoformat())


# A capitalized word right after a holiday's name of one word: the name goes on
_NAME_AFTER = compiled(r"[ \t]\p{Lu}\p{Ll}")


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
