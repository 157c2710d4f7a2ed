"""What every normalizer shares: the reading it returns and what it may look at."""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Callable
from typing import Any, NamedTuple

import attrs
import regex

from newsfacts.plugin import Segment
from newsfacts_dates import anchor, tense, tense_cues
from newsfacts_dates.grammar import MODIFIERS, MONTHS, RELATIVES

Match = regex.Match[str]


def word_before(text: str, start: int) -> str:
    """The word right before ``start``, in lower case ("" at the text's start)."""
    words = text[max(0, start - 16) : start].lower().split()
    return words[-1] if words else ""


def after_the(text: str, start: int) -> bool:
    """Whether "the " (in any case) ends right at ``start``: "the next year". The four
    characters before ``start`` are lowered, not the text up to it, which cost a read back to
    the text's start at each relative word. The same answer: no character lowers to more
    than one that ends in a letter of "the " or a space ("İ" lowers to "i" and a dot above)."""
    return text[start - 4 if start > 4 else 0 : start].lower() == "the "


def word_after(text: str, end: int) -> str:
    """The word right after ``end``, in lower case, without a mark after it."""
    words = text[end : end + 16].lower().split()
    return words[0].strip(".,;:") if words else ""


class Reading(NamedTuple):
    """What a matched expression means: its TIMEX3 type, value and mod."""

    type: str
    value: str
    mod: str | None = None
    resolved: bool = True
    range: tuple[str, str] | None = None


@attrs.define(repr=False, eq=False)
class Context:
    """What a normalizer may look at besides its match: the text, the anchor, the tense."""

    text: str
    published: dt.date | None
    # (start, end, verbs) -> tense; see tense.tense_near
    tense_of: Callable[[int, int, bool], tense.Tense]
    # The value of the latest calendar date read before the current position, for "that
    # year", "the following month" (TimeML anchors these to the date last mentioned).
    last_date: str | None = None
    # Where that date ends in the text (-1 before any).
    last_date_end: int = -1
    # The latest quarter named ("2025-Q1"; not a year-ago one) and where it ends: an earnings
    # report's "a year earlier" soon after it goes back from it.
    last_quarter: str | None = None
    last_quarter_end: int = -1
    # Whether the article reads as a sports report (``Document.sports_report``, read only
    # when a rule asks): there "the third quarter" is a period of the game.
    sports: Callable[[], bool] = lambda: False
    # The core's sentence holding an offset (``Document.sentence_at``): a fronted year
    # (fronted_years.py) holds only within its sentence.
    sentence_at: Callable[[int], Segment | None] = lambda offset: None


Normalizer = Callable[[Match, Context], "Reading | None"]
# An expression found in the text: its start, its end and its reading.
Found = tuple[int, int, Reading]


def group(match: Match, name: str) -> str | None:
    """The text of group ``name``, or None when the rule has no such group."""
    number = _group_numbers(match.re).get(name)
    return None if number is None else match.group(number)


def groups(match: Match, names: tuple[str, ...]) -> tuple[str | None, ...]:
    """The text of each group of ``names`` (two or more), None for a group the rule has not:
    one call for all of a normalizer's groups (one by one, a text of clock times read eight
    for each time, a third of the cost of reading it)."""
    # Each group's index in groups(), and -1 for a group the rule has not: the None after them
    return _group_getter(match.re, names)((*match.groups(), None))  # type: ignore[no-any-return]


@functools.cache
def _group_getter(rule: regex.Pattern[str], names: tuple[str, ...]) -> operator.itemgetter[Any]:
    numbers = _group_numbers(rule)
    return operator.itemgetter(*(numbers.get(name, 0) - 1 for name in names))


@functools.cache
def _group_numbers(rule: regex.Pattern[str]) -> dict[str, int]:
    # By number: the regex module reads a group by name six times slower (0.6 us), and its
    # groupindex is a fresh dict at each look-up; a few rules, each looked up once.
    return dict(rule.groupindex)


def point_mod(match: Match) -> str | None:
    """The TIMEX3 mod of a date's leading words ("early", "the end of"), or ``APPROX`` after
    "or so" ("the next year or so")."""
    return modifier(group(match, "pmod")) or _rough(match)


def duration_mod(match: Match) -> str | None:
    """The TIMEX3 mod of an amount's leading words ("about", "more than"), ``APPROX`` after
    "or so" ("an hour or so"), or ``EQUAL_OR_MORE`` for a number with "-plus", "+" or "or
    more" ("15-plus years", "two or more weeks")."""
    return modifier(group(match, "dmod")) or _rough(match) or _at_least(match)


def _rough(match: Match) -> str | None:
    return "APPROX" if group(match, "so") else None


def _at_least(match: Match) -> str | None:
    return "EQUAL_OR_MORE" if group(match, "plus") else None


def modifier(words: str | None) -> str | None:
    """The TIMEX3 mod of leading words ("early", "about"), if any."""
    return MODIFIERS[words.lower()][0] if words else None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def relative(words: str | None) -> int | None:
    return RELATIVES.get(words.lower()) if words else None


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def a_day_of(year: int | None, month: int, day: int) -> bool:
    """Whether ``month`` of ``year`` has a day ``day``: "Feb. 30" and "April 31" are no day,
    nor is "Feb. 29, 2023"; with no year known, "Feb. 29" may be."""
    if month == 2 and day == 29 and year is not None:
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 1 <= day <= _MONTH_DAYS[month - 1]


def date_value(year: int | None, month: int, day: int | None = None) -> str:
    """ "2025-07-10", "2025-07", or "XXXX-07-10" when no year is known."""
    text = f"{year:04d}" if year is not None else "XXXX"
    return f"{text}-{month:02d}" + (f"-{day:02d}" if day else "")


def shifted(published: dt.date, unit: str, offset: int) -> str:
    """The calendar ``unit`` ``offset`` units away from the one holding ``published``."""
    if unit == "day":
        return anchor.day(published + dt.timedelta(days=offset))
    if unit == "week":
        return anchor.week(published + dt.timedelta(weeks=offset))
    if unit == "month":
        return anchor.month(*anchor.shift_month(published.year, published.month, offset))
    if unit == "quarter":
        year, quarter = anchor.shift_quarter(published.year, anchor.quarter_of(published), offset)
        return f"{year:04d}-Q{quarter}"
    if unit in ("decade", "century"):
        years, digits = (10, 3) if unit == "decade" else (100, 2)
        number = published.year // years + offset
        if not 0 <= number < 10**digits:
            # After year 9999 a decade's value would read as a year ("1000"), a century's
            # as a decade ("100"); before year 0 it would be negative.
            raise ValueError(f"the {unit} {offset:+d} from {published} is beyond the calendar")
        return f"{number:0{digits}d}"
    return f"{published.year + offset:04d}"


# The open value of a calendar unit when no publication day anchors it.
OPEN_VALUES = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "decade": "XXX",
    "century": "XX",
}


def open_value(unit: str) -> str:
    return OPEN_VALUES.get(unit, "XXXX")


def anaphoric(last: str | None, unit: str, offset: int) -> str | None:
    """The ``unit`` ``offset`` units from the date last mentioned (``last``), if it has one."""
    if last is None or not last[:4].isdigit():
        return None
    year = int(last[:4])
    if unit == "year":
        return f"{year + offset:04d}"
    month = last[5:7]
    if not month.isdigit():
        return None
    if unit == "month":
        return anchor.month(*anchor.shift_month(year, int(month), offset))
    day_text = last[8:10]
    if unit == "day" and not day_text.isdigit():
        # "that day", "the next day" after a month named without its day ("sued the firm
        # last September ... settled the next day"): a day of that month, left open
        return f"{last[:7]}-XX"
    if unit != "day":
        return None
    return anchor.day(dt.date(year, int(month), int(day_text)) + dt.timedelta(days=offset))


def ahead_of_a_past_clause(known: str, ctx: Context, start: int, end: int) -> bool:
    """Whether the date ``known``, counted from the date last mentioned, begins after the
    publication day while the clause of the expression at ``start``-``end`` is told in the
    past: "the following day, the landlord raised the rent" or "he broke his leg the
    following year", after a date still to come ("from November to March", "this year"), is
    a day the words do not date, not one after the news was written."""
    if ctx.published is None or not known[:4].isdigit():
        return False
    month, day = known[5:7], known[8:10]
    first = (int(known[:4]), int(month) if month.isdigit() else 1, int(day) if day.isdigit() else 1)
    published = ctx.published
    return first > (published.year, published.month, published.day) and _told_in_the_past(
        ctx, start, end
    )


def _told_in_the_past(ctx: Context, start: int, end: int) -> bool:
    """Whether the expression at ``start``-``end`` reads as past and its sentence holds, in
    the tense cues' reach, a past verb and no word of the future: not "the board expects to
    name a winner later that night", "a rally that day could draw thousands" (a modal's
    "could" may read as a past ability, a tense too loose here)."""
    if ctx.tense_of(start, end, True) != "past":
        return False
    sentence = ctx.sentence_at(start)
    low, high = (0, len(ctx.text)) if sentence is None else (sentence.start, sentence.end)
    low, high = max(low, start - tense_cues.CUE_REACH), min(high, end + tense_cues.CUE_REACH)
    tenses = {cue[2] for cue in tense_cues.cues_between(ctx.text, low, high)}
    return "past" in tenses and "future" not in tenses


def day_of(value: str | None) -> dt.date | None:
    """The day a value names ("2024-03-11", "2024-03-11TNI"), if it names one."""
    if value is None or len(value) < 10 or not (value[:4] + value[5:7] + value[8:10]).isdigit():
        return None
    try:
        return dt.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:  # "Feb. 29" of no leap year, as written
        return None


def anaphoric_weekday(last: str | None, number: int, offset: int) -> str | None:
    """The first ISO weekday ``number`` after (``offset`` 1) or before (-1) the day last
    mentioned (``last``), if it names a day: "closed through Jan. 2 and reopen the following
    Monday" is Jan. 5; "down from the previous Friday" after a Friday, the Friday before."""
    day = day_of(last)
    if day is None:
        return None
    try:
        days = (offset * (number - day.isoweekday())) % 7 or 7
        return anchor.day(day + dt.timedelta(days=offset * days))
    except OverflowError:  # year 10000
        return None
