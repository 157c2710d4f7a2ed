"""Dates named on the calendar: "July 10", "March 1998", "1962", "the 1990s" (holidays: see
:mod:`newsfacts_dates.holidays`)."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates import anchor, tense_cues
from newsfacts_dates.compared_months import compared_time_before
from newsfacts_dates.counting import count
from newsfacts_dates.election_months import election_year
from newsfacts_dates.fronted_years import sentence_year
from newsfacts_dates.gone_months import gone_month
from newsfacts_dates.grammar import (
    KEEP_GIL,
    LEAD_WORDS,
    LISTS,
    MONTH_NOUN_VETOES,
    SEASONS,
    WEEKDAYS,
    YEAR_BLOCKERS,
)
from newsfacts_dates.named_days import named_day_year
from newsfacts_dates.quantities import counted_after_amount, in_range_of_quantities
from newsfacts_dates.reading import (
    Context,
    Match,
    Reading,
    a_day_of,
    anaphoric,
    date_value,
    group,
    groups,
    month_number,
    point_mod,
    relative,
    word_after,
    word_before,
)
from newsfacts_dates.season_leads import season_tense
from newsfacts_dates.season_words import season_usable


def _month_usable(match: Match, text: str) -> bool:
    """A month name alone must look like one: capitalized, and "May" or "March" led in
    ("in May", "no earlier than March")."""
    word = match.group("month")
    if not word[0].isupper() or (len(word.rstrip(".")) <= 3 and word.lower() != "may"):
        return False  # "Jan" alone is a name more often than a month
    if word.lower() in ("may", "march"):
        return (
            word_before(text, match.start()) in LEAD_WORDS
            or compared_time_before(text, match.start())
            or group(match, "pmod") is not None
            or _modifies_a_noun(text, match.start(), match.end())
        )
    return not _given_name(text, match.start(), match.end())


# A lower-case word: what a month modifying a noun stands before ("the March jobs report")
_LOWER_WORD_AFTER = compiled(r"[ \u00a0]++(\p{Ll}[\p{Ll}-]*+)\b")


def _modifies_a_noun(text: str, start: int, end: int) -> bool:
    """ "the March jobs report", "a May deadline": "May" or "March" between a determiner and
    a lower-case word that is no preposition, verb or office (``data/month_noun_vetoes.txt``:
    "The March on Washington", "the May government")."""
    after = _LOWER_WORD_AFTER.match(text, end, end + 24)
    return (
        after is not None
        and after.group(1) not in MONTH_NOUN_VETOES
        and word_before(text, start) in _DETERMINERS
    )


# A capitalized word, then a space: what stands before and after a given name
_CAPITALIZED_BEFORE = compiled(
    r"(?<![\p{L}.])(\p{Lu}[\p{Ll}.]*+)[ \u00a0]++\G", flags=regex.REVERSE
)
_CAPITALIZED_AFTER = compiled(r"[ \u00a0]++\p{Lu}\p{Ll}")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})


def _given_name(text: str, start: int, end: int) -> bool:
    """ "Judge April Perry", "Singer June Carter": a month's name between a capitalized word
    that leads no time ("in", "since": ``data/lead_words.txt``) nor a noun ("The April Fed
    meeting") and a capitalized word is a person's given name."""
    if _CAPITALIZED_AFTER.match(text, end, None, KEEP_GIL) is None:
        return False  # most months: no capitalized word after them
    before = _CAPITALIZED_BEFORE.match(text, max(0, start - 24), start)
    if before is None:
        return False
    lowered = before.group(1).lower()
    return lowered not in LEAD_WORDS and lowered not in _DETERMINERS


# The groups monthday() reads, in one call (see reading.groups): the day ranges, the day
# month rule and the clock rule read their days by it too.
_MONTHDAY_GROUPS = ("month", "day", "year", "weekday")


def monthday(match: Match, ctx: Context) -> Reading | None:
    """ "Aug. 7", "July 10, 2025": without a year, the one the tense points to."""
    month_word, day_text, year_text, weekday = groups(match, _MONTHDAY_GROUPS)
    assert month_word is not None and day_text is not None  # (every rule read here has both)
    month = month_number(month_word)
    day = int("".join(ch for ch in day_text if ch.isdigit()))
    if len(month_word) <= 4 and not month_word[0].isupper():
        return None
    if year_text:
        return Reading("DATE", day_value(int(year_text), month, day), point_mod(match))
    named = named_day_year(ctx.text, match.end(), month, day, ctx.published)
    if named is not None:  # "the Sept. 11 attacks": 2001
        return Reading("DATE", day_value(named, month, day), point_mod(match))
    if ctx.published is None:
        return Reading("DATE", day_value(None, month, day), point_mod(match), resolved=False)
    fronted = sentence_year(
        ctx, match.start(), match.end(), month, day
    )  # "In 2019, ... sold on March 3"
    if fronted is not None:
        return Reading("DATE", day_value(fronted, month, day), point_mod(match))
    lead = ctx.tense_of(match.start(), match.end(), False)
    verb = "none" if lead != "none" else ctx.tense_of(match.start(), match.end(), True)
    number = WEEKDAYS[weekday.lower()] if weekday else None
    done = tense_cues.past_verb_right_before(ctx.text, match.start())
    year = anchor.month_day_year(
        ctx.published,
        month,
        day,
        lead,
        verb,
        number,
        start=match.start(),
        end=match.end(),
        done=done,
    )
    return Reading("DATE", day_value(year, month, day), point_mod(match))


def day_value(year: int | None, month: int, day: int) -> str:
    """The day's value, or its month's when the month has no such day ("April 31, 2024", a
    slip of the writer's, is ``2024-04``; so is "Feb. 29" in a year without one)."""
    return date_value(year, month, day if a_day_of(year, month, day) else None)


def week_of(match: Match, ctx: Context) -> Reading | None:
    """ "the week of March 6": the ISO week holding that day."""
    day = monthday(match, ctx)
    if day is None or len(day.value) < len("XXXX-MM-DD"):
        return None  # no such day ("the week of Feb. 30")
    if not day.value[:4].isdigit():
        return day._replace(value="XXXX-WXX")
    return day._replace(value=anchor.week(dt.date.fromisoformat(day.value)))


def dayrange(match: Match, ctx: Context) -> Reading | None:
    """ "8 to 10 July", "July 8-10": the first day's value, both ends in ``range``."""
    first = monthday(match, ctx)
    if first is None or not match.group("month")[0].isupper():
        return None
    if len(first.value) < len("XXXX-MM-DD"):
        return None  # no such first day ("Feb. 30-31")
    last_day = int("".join(ch for ch in match.group("day2") if ch.isdigit()))
    if not 1 <= last_day <= 31:
        return None
    last_month = group(match, "month2")
    if last_month is None:
        if last_day <= int(first.value[-2:]):
            return None  # "Jan. 5-3" counts goals, not days
        last = first.value[:-2] + f"{last_day:02d}"
        return first._replace(range=(first.value, last))
    # "Jan. 27-Feb. 1": the last day in its own month, in the next year past December.
    if not last_month[0].isupper():
        return None
    number = month_number(last_month)
    year_text = first.value[:4]
    start = first.value
    if year_text.isdigit() and number < month_number(match.group("month")):
        if group(match, "year"):  # "Dec. 28-Jan. 3, 1998": the year is the end's
            start = f"{int(year_text) - 1:04d}" + start[4:]
        else:
            year_text = f"{int(year_text) + 1:04d}"
    return first._replace(value=start, range=(start, f"{year_text}-{number:02d}-{last_day:02d}"))


def daymonth(match: Match, ctx: Context) -> Reading | None:
    """ "10 July 2025", "the 3rd of May"."""
    return monthday(match, ctx) if match.group("month")[0].isupper() else None


def monthyear(match: Match, ctx: Context) -> Reading | None:
    """ "March 1998", "June last year", "January nineteen ninety-seven"; "May of that year",
    "May of the following year": of the year of the date last read ("in 1994 ... in May of
    that year" is May 1994), none without one (the month is then read alone)."""
    month = month_number(match.group("month"))
    written = _written_year(match)
    if written is not None:
        return Reading("DATE", date_value(written, month), point_mod(match))
    ref = group(match, "ref")
    if ref is not None:
        named = anaphoric(ctx.last_date, "year", relative(ref.removeprefix("the ")) or 0)
        if named is None:
            return None
        return Reading("DATE", date_value(int(named), month), point_mod(match))
    if ctx.published is None:
        return Reading("DATE", date_value(None, month), point_mod(match), resolved=False)
    year = ctx.published.year + (relative(match.group("rel")) or 0)
    return Reading("DATE", date_value(year, month), point_mod(match))


def month(match: Match, ctx: Context) -> Reading | None:
    """ "in March": the latest March for the past tense, the next for the future."""
    if not _month_usable(match, ctx.text):
        return None
    number = month_number(match.group("month"))
    if ctx.published is None:
        return Reading("DATE", date_value(None, number), point_mod(match), resolved=False)
    year = sentence_year(
        ctx, match.start(), match.end(), number
    )  # "In 2019, floods killed 240 in September"
    if year is None:
        year = election_year(match, ctx, number)  # "the November election"
    if year is None:  # "the November jobs report", "Since leaving office in December": gone
        gone = gone_month(ctx.text, match.start(), match.end())
        tense = "past" if gone else ctx.tense_of(match.start(), match.end(), True)
        year = anchor.month_year(ctx.published, number, tense, None)
    return Reading("DATE", date_value(year, number), point_mod(match))


# The groups iso() reads, in one call (see reading.groups).
_ISO_GROUPS = ("year", "month_num", "day", "hour", "minute")


def iso(match: Match, ctx: Context) -> Reading | None:
    year_text, month_text, day_text, hour, minute = groups(match, _ISO_GROUPS)
    assert year_text is not None and month_text is not None and day_text is not None
    value = f"{year_text}-{month_text}-{day_text}"
    year, month, day = int(year_text), int(month_text), int(day_text)
    if not a_day_of(year, month, day):
        return Reading("DATE", date_value(year, month))  # "2024-02-30": the month, no day
    if hour:
        return Reading("TIME", f"{value}T{hour}:{minute}")
    return Reading("DATE", value)


def year(match: Match, ctx: Context) -> Reading | None:
    """A four-digit number is a year unless a counted noun follows ("2015 points")."""
    written = match.group()
    if not written[0].isdigit():  # led in ("fiscal 2025", "early 2025"): a year whatever follows
        return Reading("DATE", f"{int(match.group('year')):04d}", point_mod(match))
    # The year alone (most years: no group looked up, no leading words to read)
    after = word_after(ctx.text, match.end())
    if after in YEAR_BLOCKERS:
        return None
    before = word_before(ctx.text, match.start())
    if before in _NUMBER_SIGNS and _capitalized_before(ctx.text, match.start()):
        return None  # "VFW Post No. 1922": a thing's number; not "said no. 2016 was"
    if before in _PLACE_BEFORE and _STREET_AFTER.match(ctx.text, match.end()):
        return None  # "reaching 1700 Lakeview Avenue": a house number
    if in_range_of_quantities(ctx.text, match.start(), match.end(), before):
        return None  # "1800 - 2500 calories", "between 1710 and 1910 homes"
    if counted_after_amount(before, after):
        return None  # "killed more than 1400 villagers", "about 2000 protesters"
    # (the digit groups are looked for only before a word opening with a digit and with a
    # break after its third character: in a text of years each is followed by another year)
    end = match.end()
    if (
        after[:1].isdecimal()
        and ctx.text[end + 4 : end + 5] in _GROUP_BREAKS
        and _DIGIT_GROUP.match(ctx.text, end)
    ):
        return None  # "call 1800 333 000": a telephone number
    digits = written[:4]
    # Digits of another script ("١٩٩٩") in ASCII; ASCII ones as they are (no int formatted
    # again for each year)
    return Reading("DATE", digits if digits.isascii() else f"{int(digits):04d}")


_NUMBER_SIGNS = frozenset(LISTS["number_signs"])
# One or two capitalized words and a street's noun after a number (word_lists.tsv:
# street_nouns), after a word that places something there: a house number ("at 1700
# Lakeview Avenue"; not "the 2008 Wall Street bailout", "In 2008 Wall Street fell")
_PLACE_BEFORE = frozenset(LISTS["street_number_leads"])
_STREET_NOUNS = "|".join(map(regex.escape, LISTS["street_nouns"]))
_STREET_AFTER = compiled(
    rf"""(?:[ ]\p{{Lu}}\p{{Ll}}++){{1,2}}[ ](?i:{_STREET_NOUNS})(?!\w)""", flags=regex.VERBOSE
)


def _capitalized_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` opens with a capital ("No.", not "no.")."""
    words = text[max(0, start - 16) : start].split()
    return bool(words) and words[-1][:1].isupper()


# Two groups of digits after a space: the rest of a telephone number ("1800 333 000")
_DIGIT_GROUP = compiled(r" \d{3}[ -]\d{3,4}(?!\d)")
_GROUP_BREAKS = frozenset(" -")


#: The longest span of years written with a hyphen: "1914-1918", not "1990-2095".
_LONGEST_YEAR_RANGE = 50


def year_range(match: Match, ctx: Context) -> Reading | None:
    """ "the 2024-2025 budget", "the 2025-26 season", "fiscal 1990-91": the first year's
    value, both years in ``range`` (a two-digit end is the next year only)."""
    first = int(match.group("year"))
    written = match.group("year2")
    if len(written) == 2:
        if int(written) != (first + 1) % 100:
            return None  # "2024-20": a score or a code, not a season
        last = first + 1
    else:
        last = int(written)
        if not first < last <= first + _LONGEST_YEAR_RANGE:
            return None
    return Reading("DATE", f"{first:04d}", range=(f"{first:04d}", f"{last:04d}"))


def _next_year(first: int, written: str) -> bool:
    """Whether ``written`` ("14", "2014") is the year after ``first`` (2013)."""
    return int(written) == ((first + 1) % 100 if len(written) == 2 else first + 1)


def spelled_year(match: Match, ctx: Context) -> Reading | None:
    """ "nineteen ninety-six", "the year two thousand" (spoken news transcripts)."""
    if group(match, "high") is None:
        extra = group(match, "extra")
        return Reading("DATE", f"{2000 + int(count(extra) or 0) if extra else 2000:04d}")
    spoken = _spoken_year(match)
    return None if spoken is None else Reading("DATE", f"{spoken:04d}")


def _spoken_year(match: Match) -> int | None:
    """The year of "nineteen ninety-six", "twenty oh-five" (``{SPOKEN_YEAR}``), if any."""
    high = group(match, "high")
    if high is None:
        return None
    low_words = match.group("low").lower().replace("oh-", "").replace("oh ", "")
    low = 0 if low_words == "hundred" else count(low_words)
    return None if low is None else int(count(high) or 0) * 100 + int(low)


def _written_year(match: Match) -> int | None:
    """The year written in digits or spoken, when the rule has one."""
    digits = group(match, "year")
    return int(digits) if digits else _spoken_year(match)


def season(match: Match, ctx: Context) -> Reading | None:
    """ "this summer", "the fall of 1998"; a bare "fall" must be led in ("in the fall")."""
    code, first_month = SEASONS[match.group("season").lower()]
    written = _written_year(match)
    if not season_usable(match, ctx.text, written is not None):
        return None
    if written is not None:
        if group(match, "year2") and not _next_year(written, match.group("year2")):
            return None  # "the winter of 2013-20": no season's two years
        return Reading("DATE", f"{written:04d}-{code}", point_mod(match))
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{code}", point_mod(match), resolved=False)
    tense = season_tense(ctx.text, ctx.tense_of, *match.span())
    year = anchor.season_year(ctx.published, first_month, None, tense)
    return Reading("DATE", f"{year}-{code}", point_mod(match))
