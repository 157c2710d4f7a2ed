"""From a matched rule to a TIMEX3 reading, anchored on the publication day when needed.

One function per rule of ``data/patterns.tsv``; each returns None to reject a match that
the pattern allowed but the words do not support ("may" the verb, a year that counts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import regex

from newsfacts_dates import anchor
from newsfacts_dates.amounts import (
    Reading,
    count,
    duration_mod,
    duration_value,
    is_frequency,
    set_value,
)
from newsfacts_dates.grammar import (
    MODIFIERS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    RELATIVES,
    SEASONS,
    UNITS,
    WEEKDAYS,
    YEAR_BLOCKERS,
    unit_of,
)

Match = regex.Match[str]


@attrs.define
class Context:
    """What a normalizer may look at besides its match: the text, the anchor, the tense."""

    text: str
    published: dt.date | None
    tense_of: Callable[[int, int], anchor.Tense]


def _mod(match: Match) -> str | None:
    words = _group(match, "pmod")
    return MODIFIERS[words.lower()][0] if words else None


def _group(match: Match, name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_number(word: str) -> int:
    return int(regex.sub(r"\D", "", word))


def _relative(words: str | None) -> int | None:
    return RELATIVES.get(words.lower()) if words else None


def _month_usable(match: Match, text: str) -> bool:
    """A month name alone must look like one: capitalized, not the modal "may"."""
    word = match.group("month")
    if not word[0].isupper() or (word.lower() in ("may", "march") and match.start() == 0):
        return False
    if len(word) <= 3 and word.lower() not in ("may",):  # "Jan" alone: a name more often
        return False
    if word.lower() in ("may", "march"):
        before = text[max(0, match.start() - 12) : match.start()].lower().split()
        return (bool(before) and before[-1] in _MONTH_LEADS) or _group(match, "pmod") is not None
    return True


_MONTH_LEADS = frozenset(
    [
        "in",
        "of",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "through",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "this",
        "next",
        "and",
        "or",
        "between",
    ]
)


def _date_value(ctx: Context, year: int | None, month: int, day: int | None) -> str:
    y = f"{year:04d}" if year is not None else "XXXX"
    return f"{y}-{month:02d}" + (f"-{day:02d}" if day else "")


def monthday(match: Match, ctx: Context) -> Reading | None:
    month = _month_number(match.group("month"))
    day = _day_number(match.group("day"))
    if day > 31 or (len(match.group("month")) <= 3 and not match.group("month")[0].isupper()):
        return None
    if match.group("year"):
        return Reading("DATE", _date_value(ctx, int(match.group("year")), month, day), _mod(match))
    if ctx.published is None:
        return Reading("DATE", _date_value(ctx, None, month, day), _mod(match), resolved=False)
    tense = ctx.tense_of(match.start(), match.end())
    year = anchor.month_day_year(ctx.published, month, day, tense)
    return Reading("DATE", _date_value(ctx, year, month, day), _mod(match))


def daymonth(match: Match, ctx: Context) -> Reading | None:
    if not match.group("month")[0].isupper():
        return None
    return monthday(match, ctx)


def monthyear(match: Match, ctx: Context) -> Reading | None:
    month = _month_number(match.group("month"))
    if match.group("year"):
        return Reading("DATE", _date_value(ctx, int(match.group("year")), month, None), _mod(match))
    if ctx.published is None:
        return Reading("DATE", _date_value(ctx, None, month, None), _mod(match), resolved=False)
    year = ctx.published.year + (_relative(match.group("rel")) or 0)
    return Reading("DATE", _date_value(ctx, year, month, None), _mod(match))


def month(match: Match, ctx: Context) -> Reading | None:
    if not _month_usable(match, ctx.text):
        return None
    number = _month_number(match.group("month"))
    if ctx.published is None:
        return Reading("DATE", _date_value(ctx, None, number, None), _mod(match), resolved=False)
    tense = ctx.tense_of(match.start(), match.end())
    year = anchor.month_year(ctx.published, number, tense, None)
    return Reading("DATE", _date_value(ctx, year, number, None), _mod(match))


def iso(match: Match, ctx: Context) -> Reading | None:
    value = f"{match.group('year')}-{match.group('month_num')}-{match.group('day')}"
    if match.group("hour"):
        return Reading("TIME", f"{value}T{match.group('hour')}:{match.group('minute')}")
    return Reading("DATE", value)


def numeric(match: Match, ctx: Context) -> Reading | None:
    """ "10/7/2025": month first unless a number cannot be a month; "10/7" alone is left open."""
    first, second = int(match.group("first")), int(match.group("second"))
    year_text = match.group("year")
    if year_text is None:
        return None  # "10/7" without a year is as often a score or a fraction as a date
    year = int(year_text) if len(year_text) == 4 else 1900 + int(year_text)
    if len(year_text) == 2 and ctx.published and year + 100 <= ctx.published.year + 1:
        year += 100
    if first > 12 >= second:
        return Reading("DATE", _date_value(ctx, year, second, first))
    if second > 12 >= first:
        return Reading("DATE", _date_value(ctx, year, first, second))
    if first == second:
        return Reading("DATE", _date_value(ctx, year, first, second))
    return Reading("DATE", f"{year:04d}-XX-XX")


def weekday(match: Match, ctx: Context) -> Reading | None:
    number = WEEKDAYS[match.group("weekday").lower()]
    rel_words = (_group(match, "rel") or "").lower()
    part = _group(match, "part")
    code = "T" + PARTS_OF_DAY[part.lower()] if part else ""
    if _group(match, "plural") or _group(match, "plural_part") or rel_words in ("every", "each"):
        return Reading("SET", f"XXXX-WXX-{number}{code}")
    kind = "TIME" if part else "DATE"
    if ctx.published is None:
        return Reading(kind, f"XXXX-WXX-{number}{code}", _mod(match), resolved=False)
    tense = ctx.tense_of(match.start(), match.end())
    date = anchor.weekday_date(ctx.published, number, tense, _relative(rel_words or None))
    return Reading(kind, anchor.day(date) + code, _mod(match))


def year(match: Match, ctx: Context) -> Reading | None:
    number = int(match.group("year"))
    after = ctx.text[match.end() : match.end() + 16].lower().split()
    if (
        after
        and after[0].strip(".,;:") in YEAR_BLOCKERS
        and not match.group("fiscal")
        and not match.group("pmod")
    ):
        return None
    if number < 1600 or number > 2100:
        return None
    return Reading("DATE", f"{number:04d}", _mod(match))


def decade(match: Match, ctx: Context) -> Reading | None:
    century = match.group("century")
    if century is None:
        # "the '80s": the century nearest below the publication year, else the 1900s.
        base = ctx.published.year if ctx.published else 1999
        digit = int(match.group("decade"))
        century_number = base // 100 if digit * 10 <= base % 100 else base // 100 - 1
        return Reading("DATE", f"{century_number}{digit}", _mod(match))
    return Reading("DATE", f"{century}{match.group('decade')}", _mod(match))


def season(match: Match, ctx: Context) -> Reading | None:
    word = match.group("season").lower()
    code, first_month = SEASONS[word]
    if word == "fall" and not _fall_is_season(match, ctx.text):
        return None
    if match.group("year"):
        return Reading("DATE", f"{match.group('year')}-{code}", _mod(match))
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{code}", _mod(match), resolved=False)
    return Reading("DATE", f"{anchor.season_year(ctx.published, first_month, None)}-{code}")


_NOT_AFTER_FALL = frozenset(
    [
        "in",
        "of",
        "from",
        "to",
        "on",
        "by",
        "was",
        "is",
        "has",
        "had",
        "and",
        "at",
        "below",
        "behind",
    ]
)


def _fall_is_season(match: Match, text: str) -> bool:
    after = text[match.end() : match.end() + 12].lower().split()
    if match.group("year"):
        return True
    before = text[max(0, match.start() - 8) : match.start()].lower().split()
    if before and before[-1] in ("a", "the") and not match.group(0).lower().startswith("the"):
        return False
    return not (after and after[0].strip(".,;") in _NOT_AFTER_FALL)


def relunit(match: Match, ctx: Context) -> Reading | None:
    offset = _relative(match.group("rel"))
    if offset is None:
        return None
    mod = _mod(match)
    if match.group("season"):
        code, first_month = SEASONS[match.group("season").lower()]
        if ctx.published is None:
            return Reading("DATE", f"XXXX-{code}", mod, resolved=False)
        return Reading(
            "DATE", f"{anchor.season_year(ctx.published, first_month, offset)}-{code}", mod
        )
    if match.group("month"):
        if not match.group("month")[0].isupper():
            return None
        number = _month_number(match.group("month"))
        if ctx.published is None:
            return Reading("DATE", f"XXXX-{number:02d}", mod, resolved=False)
        year = anchor.month_year(ctx.published, number, "none", offset)
        return Reading("DATE", anchor.month(year, number), mod)
    unit = match.group("unit").lower()
    if ctx.published is None:
        placeholder = {"week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}
        return Reading("DATE", placeholder.get(unit, "XXXX"), mod, resolved=False)
    return Reading("DATE", _shifted(ctx.published, unit, offset), mod)


def _shifted(published: dt.date, unit: str, offset: int) -> str:
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
    if unit == "decade":
        return f"{published.year // 10 + offset:03d}"
    if unit == "century":
        return f"{published.year // 100 + offset:02d}"
    return f"{published.year + offset:04d}"


def quarter(match: Match, ctx: Context) -> Reading | None:
    period = match.group("period").lower()
    ordinal = match.group("ordinal")
    rel = (match.group("rel") or "").lower()
    if ordinal is None and not (match.group("det") or rel):
        return None
    after = ctx.text[match.end() : match.end() + 4].lower()
    if after.startswith(" of") or (period == "half" and ordinal is None):
        return None
    letter = "Q" if period == "quarter" else "H"
    number = ORDINALS[ordinal.lower()] if ordinal else None
    if letter == "H" and number is not None and number > 2:
        return None
    if match.group("year"):
        return Reading("DATE", f"{match.group('year')}-{letter}{number or 'X'}")
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{letter}{number or 'X'}", resolved=False)
    year = ctx.published.year
    if rel in ("year-earlier", "year-ago", "comparable"):
        year -= 1
    current = anchor.quarter_of(ctx.published) if letter == "Q" else (ctx.published.month > 6) + 1
    if number is None:
        # "the quarter", "the latest quarter": in news the one just reported, the last ended.
        offset = {"current": 0, "this": 0, "next": 1, "coming": 1}.get(rel, -1)
        if match.group("det") in ("this",) and not rel:
            offset = 0
        if letter == "Q":
            year, number = anchor.shift_quarter(year, current, offset)
        else:
            year, number = (year, current) if offset == 0 else (year - (current == 1), 3 - current)
        return Reading("DATE", f"{year:04d}-{letter}{number}")
    if rel in ("last", "past", "previous", "prior") and number >= current:
        year -= 1
    elif letter == "Q" and number - current >= 2 and rel not in ("next", "coming"):
        year -= 1  # the fourth quarter named in the first: last year's results
    return Reading("DATE", f"{year:04d}-{letter}{number}")


def ago(match: Match, ctx: Context) -> Reading | None:
    unit = unit_of(match.group("unit"))
    if unit is None:
        return None
    amount = count(match.group("num"))
    direction = -1 if match.group("ago").lower() in ("ago", "earlier", "before") else 1
    mod = duration_mod(match.group("dmod"))
    if amount is None or ctx.published is None or amount != int(amount):
        granularity = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}
        anchored = ctx.published is not None and amount is None
        value = "PAST_REF" if anchored and direction < 0 else "FUTURE_REF" if anchored else None
        return Reading("DATE", value or granularity.get(unit, "XXXX"), mod, resolved=anchored)
    _, multiplier, grain = UNITS[unit]
    steps = int(amount) * direction * multiplier
    if grain in ("hour", "minute", "second"):
        return Reading("DATE", anchor.day(ctx.published), mod)
    if grain in ("decade", "century"):
        grain = "year"  # "a decade ago" names a year, not a decade
    return Reading("DATE", _shifted(ctx.published, grain, steps), mod)


def duration(match: Match, ctx: Context) -> Reading | None:
    unit = unit_of(match.group("unit"))
    if unit is None:
        return None
    words = match.group("num")
    amount = count(words)
    if amount is None and words.lower() not in _UNKNOWN_AMOUNTS:
        return None
    lowered = words.lower()
    if unit == "second" and lowered in ("a", "an", "one"):
        return None  # "a second term": the ordinal, not a second of time
    if unit == "quarter" and lowered in ("a", "an", "one"):
        return None  # "a quarter of the vote"
    if _group(match, "num2"):
        amount = None if count(match.group("num2")) is None else amount
    elif amount is not None and "and a half" in match.group().lower():
        amount += 0.5
    if lowered in ("a", "an") and is_frequency(ctx.text, match.start()):
        return Reading("SET", set_value(unit))
    return Reading("DURATION", duration_value(amount, unit), duration_mod(match.group("dmod")))


_UNKNOWN_AMOUNTS = frozenset(["several", "a few", "few", "many", "some", "the next few"])


def bare_units(match: Match, ctx: Context) -> Reading | None:
    unit = unit_of(match.group("unit_plural"))
    if unit is None:
        return None
    return Reading("DURATION", duration_value(None, unit))


def set_rule(match: Match, ctx: Context) -> Reading | None:
    if match.group("month"):
        if not match.group("month")[0].isupper():
            return None
        return Reading("SET", f"XXXX-{_month_number(match.group('month')):02d}")
    if match.group("part"):
        return Reading("SET", "P1D")
    unit = unit_of(match.group("unit"))
    if unit is None:
        return None
    amount = count(match.group("num")) if match.group("num") else 1.0
    return Reading("SET", duration_value(amount, unit))


def frequency(match: Match, ctx: Context) -> Reading | None:
    unit = unit_of(match.group("unit"))
    return Reading("SET", set_value(unit)) if unit else None


_PARTS = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


def clock(match: Match, ctx: Context) -> Reading | None:
    noon = match.group("noon")
    part = match.group("part")
    if noon:
        time = _PARTS[noon.lower()]
    else:
        hour = int(match.group("hour"))
        ampm = (match.group("ampm") or "").lower()
        if (ampm.startswith("p") or (part and part.lower() != "morning")) and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        time = f"{hour:02d}:{match.group('minute') or '00'}"
    mod = duration_mod(_group(match, "dmod"))
    day = _clock_day(match, ctx)
    if day is None:
        return Reading("TIME", f"XXXX-XX-XXT{time}", mod, resolved=False)
    return Reading("TIME", f"{day}T{time}", mod)


def _clock_day(match: Match, ctx: Context) -> str | None:
    """The day a clock time falls on: named in the match, else the publication day."""
    if match.group("month") and match.group("day"):
        reading = monthday(match, ctx)
        return reading.value if reading and reading.resolved else None
    if match.group("weekday"):
        reading = weekday(match, ctx)
        return reading.value if reading and reading.resolved else None
    relday = (_group(match, "relday") or "").lower()
    if ctx.published is None:
        return None
    shift = {"yesterday": -1, "tomorrow": 1}.get(relday, 0)
    return anchor.day(ctx.published + dt.timedelta(days=shift))


NORMALIZERS: dict[str, Callable[[Match, Context], Reading | None]] = {
    "iso": iso,
    "numeric": numeric,
    "clock": clock,
    "clock_after": clock,
    "monthday": monthday,
    "daymonth": daymonth,
    "monthyear": monthyear,
    "quarter": quarter,
    "decade": decade,
    "relunit": relunit,
    "ago": ago,
    "duration": duration,
    "bare_units": bare_units,
    "weekday": weekday,
    "season": season,
    "set": set_rule,
    "frequency": frequency,
    "year": year,
    "month": month,
}
