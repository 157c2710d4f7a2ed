"""Dates relative to the publication day: weekdays, "last week", quarters, "two weeks ago"
and the fixed phrases of ``data/phrases.tsv`` (clock times are in ``clock``)."""

from __future__ import annotations

import datetime as dt

from newsfacts.plugin import compiled
from newsfacts_dates import anchor
from newsfacts_dates.amounts import count
from newsfacts_dates.grammar import (
    GAME_WORDS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    PHRASE_READINGS,
    PHRASE_VETOES,
    PHRASES,
    SEASONS,
    UNITS,
    WEEKDAYS,
    unit_of,
)
from newsfacts_dates.reading import (
    Context,
    Match,
    Reading,
    anaphoric,
    date_value,
    duration_mod,
    group,
    month_number,
    open_value,
    point_mod,
    relative,
    shifted,
)


def weekday(match: Match, ctx: Context) -> Reading | None:
    """ "on Thursday", "last Friday", "Sunday night"; "on Mondays" recurs."""
    number = WEEKDAYS[match.group("weekday").lower()]
    rel_words = (group(match, "rel") or "").lower()
    part = group(match, "part")
    code = "T" + PARTS_OF_DAY[part.lower()] if part else ""
    if group(match, "plural") or group(match, "plural_part") or rel_words in ("every", "each"):
        return Reading("SET", f"XXXX-WXX-{number}{code}")
    # TimeBank marks "Friday morning" a DATE (valued like a TIME): the gold sets follow it.
    kind = "DATE"
    if ctx.published is None:
        return Reading(kind, f"XXXX-WXX-{number}{code}", point_mod(match), resolved=False)
    tense = ctx.tense_of(match.start(), match.end(), True)
    date = anchor.weekday_date(ctx.published, number, tense, relative(rel_words or None))
    return Reading(kind, anchor.day(date) + code, point_mod(match))


# Relative words that count from the date last mentioned, not from the publication day.
_ANAPHORIC = frozenset(["following", "the following"])


def relunit(match: Match, ctx: Context) -> Reading | None:
    """ "last week", "this year", "next month", "last fall", "last April"."""
    offset = relative(match.group("rel"))
    if offset is None:
        return None
    mod = point_mod(match)
    if match.group("season"):
        code, first_month = SEASONS[match.group("season").lower()]
        if ctx.published is None:
            return Reading("DATE", f"XXXX-{code}", mod, resolved=False)
        year = anchor.season_year(ctx.published, first_month, offset)
        return Reading("DATE", f"{year}-{code}", mod)
    if match.group("month"):
        following = ctx.text[match.end() : match.end() + 3]
        if not match.group("month")[0].isupper() or following[-1:].isdigit():
            return None  # "last Oct. 23" is read as "Oct. 23"
        number = month_number(match.group("month"))
        if ctx.published is None:
            return Reading("DATE", date_value(None, number), mod, resolved=False)
        year = anchor.month_year(ctx.published, number, "none", offset)
        return Reading("DATE", date_value(year, number), mod)
    unit = match.group("unit").lower()
    if match.group("rel").lower() in _ANAPHORIC and unit in ("year", "month"):
        known = anaphoric(ctx.last_date, unit, offset)  # "the following year"
        if known is not None:
            return Reading("DATE", known, mod)
    if unit in ("decade", "century") and offset and match.group().lower().startswith("the"):
        # "the past decade" is an amount of time, not the decade before this one.
        return Reading("DURATION", "P10Y" if unit == "decade" else "P100Y", mod)
    if ctx.published is None:
        return Reading("DATE", open_value(unit), mod, resolved=False)
    return Reading("DATE", shifted(ctx.published, unit, offset), mod)


def _calendar_period(match: Match, ctx: Context) -> bool:
    """Whether a match of the quarter rule is a quarter or half of a year: not "a quarter"
    alone, "a quarter of the vote", "the first half of the game", "the third half", nor, in
    a sports report, "the third quarter" without a year (a period of the game)."""
    ordinal = match.group("ordinal")
    rel = match.group("rel")
    if ordinal is None and not (match.group("det") or rel or match.group("year_rel")):
        return False
    following = ctx.text[match.end() : match.end() + 5].lower()
    if following.startswith(" of ") and following[4:5].isalpha():
        return False
    if match.group("period").lower() == "half" and (
        ordinal is None or ORDINALS[ordinal.lower()] > 2
    ):
        return False
    calendar_words = match.group("year") or rel or match.group("of_rel") or match.group("year_rel")
    return bool(
        ordinal is None
        or calendar_words
        or "fiscal" in match.group().lower()
        or not (ctx.sports() or _in_a_game(ctx.text, match.start()))
    )


# How far before "the fourth quarter" a word of its sentence may tell of a game.
_GAME_REACH = 80
_LOWER_WORD = compiled(r"[a-z]++")


def _in_a_game(text: str, start: int) -> bool:
    """A word of a game before it in its sentence: "left the game in the fourth quarter"."""
    low = max(0, start - _GAME_REACH)
    low = max(low, text.rfind(". ", low, start) + 1, text.rfind("\n", low, start) + 1)
    return any(word in GAME_WORDS for word in _LOWER_WORD.findall(text[low:start].lower()))


def quarter(match: Match, ctx: Context) -> Reading | None:
    """ "the third quarter", "third-quarter", "the latest quarter", "the first half of 2024"."""
    if not _calendar_period(match, ctx):
        return None
    period = match.group("period").lower()
    ordinal = match.group("ordinal")
    rel = (match.group("rel") or "").lower()
    letter = "Q" if period == "quarter" else "H"
    number = ORDINALS[ordinal.lower()] if ordinal else _months_quarter(match)
    if number == 0:
        return None  # "the May-July quarter": no calendar quarter
    if match.group("year"):
        if number is None and letter == "Q" and ctx.published is not None:
            # "the 1988 quarter" in a results report: the reported quarter (the last
            # ended, as for "the quarter") of that year.
            number = anchor.shift_quarter(ctx.published.year, anchor.quarter_of(ctx.published), -1)[
                1
            ]
        return Reading("DATE", f"{match.group('year')}-{letter}{number or 'X'}")
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{letter}{number or 'X'}", resolved=False)
    # "the first quarter of next year", "next year's first quarter"
    of_rel = (match.group("of_rel") or match.group("year_rel") or "").lower()
    if of_rel and number is not None:
        year = ctx.published.year + {"last": -1, "next": 1}.get(of_rel, 0)
        return Reading("DATE", f"{year:04d}-{letter}{number}")
    year = ctx.published.year - (rel in ("year-earlier", "year-ago", "comparable"))
    current = anchor.quarter_of(ctx.published) if letter == "Q" else (ctx.published.month > 6) + 1
    ended = _quarter_end(ctx.text, match.end(), ctx.published) if letter == "Q" else None
    if number is None and ended is not None:
        return Reading("DATE", ended)  # "the quarter ended March 29": the one that month ends
    if number is None:
        # "the quarter", "the latest quarter": in news the one just reported, the last ended.
        offset = {"current": 0, "this": 0, "next": 1, "coming": 1}.get(rel, -1)
        if match.group("det") == "this" and not rel:
            offset = 0
        if letter == "Q":
            year, number = anchor.shift_quarter(year, current, offset)
        elif offset != 0:
            year, number = year - (current == 1), 3 - current
        else:
            number = current
        year += {"last": -1, "next": 1}.get(of_rel, 0)  # "last year's quarter": a year before
        return Reading("DATE", f"{year:04d}-{letter}{number}")
    if rel in ("last", "past", "previous", "prior") and number >= current:
        year -= 1
    elif rel not in ("next", "coming"):
        year = _business_year(ctx.published, letter, number) - (ctx.published.year - year)
        if (
            year == ctx.published.year
            and number > current
            and ctx.tense_of(match.start(), match.end(), True) == "past"
        ):
            # "delivered 462,890 vehicles in the third quarter" said in June: a quarter not
            # begun yet told in the past is last year's
            year -= 1
    return Reading("DATE", f"{year:04d}-{letter}{number}")


# The day a quarter ends, written after it: "the quarter ended March 29", "the quarter that
# ended Sept. 30, 2024", "the three months ending June 30" (not "the quarter ended with").
_QUARTER_END = compiled(
    r"[ \t]++(?:that[ \t]++|which[ \t]++)?(?:ended|ending)[ \t]++(?P<month>\p{L}++)\.?"
    r"[ \t]++\d{1,2}\b(?:,?[ \t]++(?P<year>\d{4})\b)?"
)


_QUARTER_END_REACH = 64


def _quarter_end(text: str, end: int, published: dt.date) -> str | None:
    """The quarter ending on the day written after a quarter, as "2025-Q1", if one is."""
    # bounded: the regex module looks for "ended"/"ending" as far as the end position
    written = _QUARTER_END.match(text, end, end + _QUARTER_END_REACH)
    if written is None or written.group("month").lower().rstrip(".") not in MONTHS:
        return None
    number = month_number(written.group("month"))
    year_text = written.group("year")
    year = int(year_text) if year_text else anchor.month_year(published, number, "past", None)
    return f"{year:04d}-Q{(number - 1) // 3 + 1}"


def _months_quarter(match: Match) -> int | None:
    """The quarter its first and last months name ("the July-September quarter" is the
    third), 0 for months that make no quarter, None for none written."""
    first, last = group(match, "month"), group(match, "month2")
    if first is None or last is None:
        return None
    number, last_number = month_number(first), month_number(last)
    aligned = number % 3 == 1 and last_number == number + 2
    return (number + 2) // 3 if aligned else 0


def short_quarter(match: Match, ctx: Context) -> Reading | None:
    """ "Q3 2024", "H1": a quarter or half in the business shorthand."""
    letter = match.group("period_letter").upper()
    number = int(match.group("ordinal"))
    if letter == "H" and number > 2:
        return None
    year_text = match.group("year")
    if match.group("short_year"):
        year_text = "20" + match.group("short_year")
    if year_text:
        return Reading("DATE", f"{year_text}-{letter}{number}")
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{letter}{number}", resolved=False)
    year = _business_year(ctx.published, letter, number)
    return Reading("DATE", f"{year:04d}-{letter}{number}")


def _business_year(published: dt.date, letter: str, number: int) -> int:
    """The year of a quarter or half named without one: the fourth quarter named in the
    first is last year's (results are reported after the quarter ends)."""
    current = anchor.quarter_of(published) if letter == "Q" else (published.month > 6) + 1
    return published.year - (letter == "Q" and number - current >= 2)


# Signals after an amount that count from another event ("two days later"), and the
# grains for which "<n> <unit> earlier" still names a date ("a year earlier" in results).
_SPAN_SIGNALS = frozenset(["later", "before"])
_DATED_GRAINS = frozenset(["year", "quarter"])


def ago(match: Match, ctx: Context) -> Reading | None:
    """ "two weeks ago" is the week two weeks back: the unit's granularity is kept."""
    unit = unit_of(match.group("unit"))
    if unit is None:
        return None
    signal = match.group("ago").lower()
    if signal in _SPAN_SIGNALS or (signal == "earlier" and UNITS[unit][2] not in _DATED_GRAINS):
        # "three days later", "a day earlier": an amount of time counted from another
        # event, not from the publication day; the duration rule reads it (TimeML leaves
        # the signal word out of the expression).
        return None
    direction = 1 if signal in _FORWARD_SIGNALS else -1
    approximate = group(match, "so") or group(match, "so2")
    mod = duration_mod(match) or ("APPROX" if approximate else None)
    amounts = _ago_amounts(match)
    if amounts is None:  # "a few years ago", "hundreds of years ago": some time back
        return Reading("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", mod)
    if ctx.published is None:
        return Reading("DATE", open_value(unit), mod, resolved=False)
    values = [_counted(ctx, unit, amount * direction, match.start()) for amount in amounts]
    known = [value for value in values if value is not None]
    if len(known) < len(values):
        return Reading("DATE", open_value(unit), mod, resolved=False)
    value = _shared(known)
    return Reading("DATE", value, mod, resolved=value != "XXXX")


_FORWARD_SIGNALS = frozenset(["from now", "hence"])


def _ago_amounts(match: Match) -> tuple[float, ...] | None:
    """The amounts counted back: one, or both ends of "three or four years ago"; None for
    an amount left unsaid ("a few", "hundreds of")."""
    if group(match, "plenty"):
        return None
    first = count(match.group("num"))
    if first is None:
        return None
    if group(match, "half") or group(match, "half2"):
        first += 0.5  # "two and a half years ago"
    other = group(match, "num2")
    if other is None:
        return (first,)
    second = count(other)
    return None if second is None else (first, second)


def _counted(ctx: Context, unit: str, amount: float, start: int) -> str | None:
    """The calendar unit ``amount`` units from the publication day (negative: back)."""
    assert ctx.published is not None
    _, multiplier, grain = UNITS[unit]
    if grain in ("hour", "minute", "second"):
        return anchor.day(ctx.published)
    if grain in ("decade", "century"):
        grain = "year"  # "a decade ago" names a year, not a decade
    steps = amount * multiplier
    if steps != int(steps):
        # "two and a half years ago": counted in months, the next smaller unit.
        months = steps * 12
        if grain != "year" or months != int(months):
            return None
        return shifted(ctx.published, "month", int(months))
    if steps == -1 and grain == "year" and year_ago_means_quarter(ctx.text, start):
        return _year_before_quarter(ctx, start)
    return shifted(ctx.published, grain, int(steps))


def _shared(values: list[str]) -> str:
    """What the ends of "three or four years ago" agree on: the same value, else the year
    they share, else the year, else the digits of the year they share ("2021" and "2022"
    give "202X", as TimeBank writes "199X")."""
    if len(set(values)) == 1:
        return values[0]
    months = {value[:7] for value in values if value[5:7].isdigit()}
    if len(months) == 1 and all(value[5:7].isdigit() for value in values):
        return months.pop()  # "three or four days ago": the month they share
    years = {value[:4] for value in values}
    if len(years) == 1:
        return years.pop()
    shared = ""
    for digits in zip(*years, strict=True):
        if len(set(digits)) > 1:
            break
        shared += digits[0]
    return shared.ljust(4, "X")


def phrase_vetoed(phrase: str, text: str, start: int, end: int) -> bool:
    """Whether a word next to a fixed phrase unmakes it ("as soon as", "quarterly dividend"),
    or a capitalized word inside it ("a Day of the Dead festival")."""
    if any(word[:1].isupper() for word in text[start:end].split()[1:]):
        return True  # "a Day of the Dead festival": a capitalized word inside opens a name
    vetoes = PHRASE_VETOES.get(phrase)
    if not vetoes:
        return False
    before_words = text[max(0, start - 16) : start].lower().split()
    after = text[end : end + 16].lower()
    after_words = after.split()
    before = before_words[-1] if before_words else ""
    following = after_words[0] if after_words else ""
    if after[:1] in ",." and after[:1] in vetoes[1]:
        return True
    if after[:1] in vetoes[2] and text[start].isupper():
        return True  # "Now, he says, ...": a sentence opened by a discourse word
    if following[:1].isdigit() and "#digit" in vetoes[1]:
        return True
    if "#name" in vetoes[1] and _name_follows(text, end, following):
        return True  # "the daily Le Monde": a newspaper
    return before in vetoes[0] or following.strip(",.;:") in vetoes[1]


def _name_follows(text: str, end: int, following: str) -> bool:
    """Whether the word after ``end`` (``following``, lowered) is capitalized and no weekday
    nor month ("daily Granma", not "daily Monday through Friday")."""
    written = text[end : end + 16].split()
    return (
        bool(written)
        and written[0][:1].isupper()
        and following.strip(",.;:") not in WEEKDAYS
        and following.strip(",.;:") not in MONTHS
    )


def phrase(name: str, ctx: Context, start: int, end: int) -> Reading:
    """The reading of a fixed phrase: its literal value, or an offset in a calendar unit."""
    kind, value, mod = PHRASES[name]
    if name in PHRASE_READINGS:
        following, other_kind, other_value = PHRASE_READINGS[name]
        next_words = ctx.text[end : end + 16].lower().split()
        if next_words and next_words[0] in following:
            return Reading(other_kind, other_value, mod)
    if ":" not in value:
        return Reading(kind, value, mod)
    if value.startswith("ref:"):  # "that year", "later that day": the date last mentioned
        value = value[4:]
        unit, offset_text = value.split(":")
        known = anaphoric(ctx.last_date, unit, int(offset_text))
        if known is not None:
            return Reading(kind, known, mod)
    unit, offset_text, *code = value.split(":")
    if ctx.published is None:
        suffix = f"T{code[0]}" if code and unit == "day" else ""
        return Reading(kind, open_value(unit) + suffix, mod, resolved=False)
    offset = int(offset_text)
    if name == "the weekend" and ctx.tense_of(start, end, True) != "future":
        # "over the weekend", said on a weekday: the weekend just past.
        offset = 0 if ctx.published.isoweekday() >= 6 else -1
    if unit == "year" and offset == -1 and year_ago_means_quarter(ctx.text, start):
        return Reading(kind, _year_before_quarter(ctx, start), mod)
    suffix = ("-" if unit == "week" else "T") + code[0] if code else ""
    return Reading(kind, shifted(ctx.published, unit, offset) + suffix, mod)


# How far back "quarter" makes "a year ago" the year-ago quarter (earnings reports).
_QUARTER_CONTEXT = 300


def _year_before_quarter(ctx: Context, start: int) -> str:
    """ "A year earlier" in an earnings report: the quarter a year before the one named just
    before it ("the quarter ended March 29 ... a year earlier"), else before the last one
    ended."""
    assert ctx.published is not None
    named = ctx.last_quarter
    if named is not None and start - ctx.last_quarter_end <= _QUARTER_CONTEXT:
        return f"{int(named[:4]) - 1:04d}{named[4:]}"
    return shifted(ctx.published, "quarter", -5)


def year_ago_means_quarter(text: str, start: int) -> bool:
    """In an earnings report "a year ago" is the same quarter a year before."""
    return "quarter" in text[max(0, start - _QUARTER_CONTEXT) : start].lower()
