"""Clock times: "10:35 a.m.", "8 p.m. Wednesday", "noon Saturday", "6 pm" after a day's date
in its sentence; on the publication day when no day is named."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates import anchor
from newsfacts_dates.absolute import monthday
from newsfacts_dates.grammar import MACROS, WEEKDAYS
from newsfacts_dates.holidays import holiday
from newsfacts_dates.reading import Context, Match, Reading, day_of, groups, modifier
from newsfacts_dates.relative import weekday

_CLOCK_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


def clock(match: Match, ctx: Context) -> Reading | None:
    """ "10:35 a.m.", "8 p.m. Wednesday", "noon Saturday": on the publication day if unnamed."""
    # All groups in one call (see reading.groups): a text of times reads a dozen per time.
    noon, part, hour_text, ampm, minute, dmod = groups(match, _TIME_GROUPS)
    if noon:
        time = _CLOCK_WORDS[noon.lower()]
    else:
        assert hour_text is not None  # every form of a clock time but noon's has an hour
        hour = int(hour_text)
        ampm = (ampm or "").lower()
        if (ampm.startswith("p") or (part and part.lower() != "morning")) and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        time = f"{hour:02d}:{minute or '00'}"
    mod = modifier(dmod)
    day = _clock_day(match, ctx)
    if day is None:
        return Reading("TIME", f"XXXX-XX-XXT{time}", mod, resolved=False)
    # A day named without a publication day to place it: "9pm, 2 April" is XXXX-04-02T21:00,
    # "5 p.m. Friday" XXXX-WXX-5T17:00
    return Reading("TIME", f"{day}T{time}", mod, resolved=not day.startswith("X"))


_TIME_GROUPS = ("noon", "part", "hour", "ampm", "minute", "dmod")
_DAY_GROUPS = ("month", "day", "weekday", "relday", "holiday")


def _clock_day(match: Match, ctx: Context) -> str | None:
    # Two rules share this normalizer and only "clock" has month and day groups.
    month, day, weekday_name, relday_text, holiday_name = groups(match, _DAY_GROUPS)
    named = monthday if month and day else weekday if weekday_name else None
    if holiday_name:
        named = holiday  # "at 7 a.m. on Election Day"
    if named is not None:
        reading = named(match, ctx)
        # a day: not a month, which a day the month lacks leaves ("5 p.m. on Feb. 30")
        whole = reading is not None and len(reading.value) >= len("XXXX-MM-DD")
        return (
            reading.value
            if reading and whole and (reading.resolved or _OPEN_DAY.match(reading.value))
            else None
        )
    relday = (relday_text or "").lower()
    if not relday:
        after = _day_after_aside(match, ctx)
        if after is not None:
            return after
    if not relday and _day_just_named(match, ctx):
        # "on Friday, June 12, 2015 at 7 pm", "August 09, 2019 11:42 AM": the day named
        # just before, in the same sentence
        return ctx.last_date[:10] if ctx.last_date else None
    if ctx.published is None:
        return None
    if not relday:
        told = _day_of_the_story(match, ctx)
        if told is not None:
            return told
    shift = {"yesterday": -1, "tomorrow": 1}.get(relday, 0)
    return anchor.day(ctx.published + dt.timedelta(days=shift))


# A weekday after the time and an aside in brackets, as wire copy writes it: "at 10:35 a.m.
# (0735 GMT) Friday", "4am local time (0100 GMT) on Friday". TimeML marks the day apart, so
# it stays a fact of its own; the time takes its date.
_DAY_AFTER_ASIDE = compiled(
    rf"[ ]\([^()\n]{{1,24}}\),?[ ]++(?:on[ ]++)?{MACROS['WEEKDAY']}\b", flags=regex.IGNORECASE
)


def _day_after_aside(match: Match, ctx: Context) -> str | None:
    """The day of a weekday named after the time and a bracketed aside, if one is."""
    after = _DAY_AFTER_ASIDE.match(ctx.text, match.end(), match.end() + 48)
    if after is None or ctx.published is None or not after.group("weekday")[0].isupper():
        return None
    number = WEEKDAYS[after.group("weekday").lower()]
    tense = ctx.tense_of(after.start("weekday"), after.end("weekday"), True)
    return anchor.day(anchor.weekday_date(ctx.published, number, tense, None))


# A day written without its year, with no publication day to give one: "XXXX-04-02", or a
# weekday: "XXXX-WXX-5" ("5 p.m. Friday" is XXXX-WXX-5T17:00, as "Friday night" is
# XXXX-WXX-5TNI)
_OPEN_DAY = compiled(r"XXXX-(?:\d{2}-\d{2}|WXX-[1-7])$")
# A value naming one day: "2024-03-11", "2024-03-11TNI"
_A_DAY = compiled(r"\d{4}-\d{2}-\d{2}(?!\d)")
# How far before a clock time the day it belongs to may end, in its sentence: "Friday, March
# 27, 2009, at 11:00 A.M. with", "launched on Wednesday for a six-month stay, lifting off at
# 11:43 a.m." (not a day of another paragraph: "Monday ... At 2 p.m.").
_DAY_REACH = 80
# What ends a sentence between the day and the clock time.
_SENTENCE_END = compiled(r"[.!?][\s\"'”’)]*\s|\n")


def _day_just_named(match: Match, ctx: Context) -> bool:
    """Whether a day's date ends just before the clock time ``match``, in its sentence."""
    gap = match.start() - ctx.last_date_end
    return (
        ctx.last_date is not None
        and 0 <= gap <= _DAY_REACH
        and _A_DAY.match(ctx.last_date) is not None
        and _SENTENCE_END.search(ctx.text, ctx.last_date_end, match.start()) is None
    )


# How far after the day named last a clock time told in the past may be, to be of that day:
# the next sentence or two ("A bus overturned on the A9 early on Sunday. The crash happened
# at about 5.30am."), as "that night" is (phrases._THEN_REACH).
_STORY_REACH = 400
# A day's possessive names another time than the story's: "up 0.42 from Tuesday's
# closing level ... drifting slightly higher near midday" is the publication day's midday.
_POSSESSIVE = compiled(r"[ ]?['’]s\b")


def _day_of_the_story(match: Match, ctx: Context) -> str | None:
    """The day named in the sentences just before a clock time told in the past, if it is
    not after the publication day: police and court reports name the day once and give the
    times after it ("A woman was found dead in a house on Sunday. Officers were called at
    11.45pm": Sunday's 11.45pm, not the publication day's). A time in the present or to come
    ("The road reopens at 6am") stays the publication day's."""
    day = day_of(ctx.last_date)
    if (
        day is None
        or ctx.published is None
        or day > ctx.published
        or not 0 <= match.start() - ctx.last_date_end <= _STORY_REACH
        or _POSSESSIVE.match(ctx.text, ctx.last_date_end) is not None
    ):
        return None
    if ctx.tense_of(match.start(), match.end(), True) != "past":
        return None
    return anchor.day(day)
