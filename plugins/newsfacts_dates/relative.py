"""Dates relative to the publication day: weekdays, "last week", "on the 22nd" (the fixed
phrases of ``data/phrases.tsv`` are in ``phrases``, distances such as "two weeks ago" in
``distances``, clock times in ``clock``, quarters in ``quarters``)."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates import anchor, named_weeks
from newsfacts_dates.grammar import (
    HOLIDAYS,
    KEEP_GIL,
    MACROS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
)
from newsfacts_dates.quarters import (
    year_ago_amount,
    year_ago_means_quarter,
    year_before_quarter,
)
from newsfacts_dates.reading import (
    Context,
    Match,
    Reading,
    after_the,
    ahead_of_a_past_clause,
    anaphoric,
    anaphoric_weekday,
    date_value,
    group,
    groups,
    month_number,
    open_value,
    point_mod,
    relative,
    shifted,
    word_before,
)

# Words before a weekday that make it recur: "every Thursday", "every other Thursday"
_EVERY = frozenset(["every", "each", "every other"])


# A weekday joined to another whose part of the day is plural shares it: "leave on Monday
# and Tuesday nights" recurs on both.
_SHARED_PARTS = compiled(
    rf"[ \t]++(?:and|or|&)[ \t]++{MACROS['WEEKDAY']}"
    r"[ \t]++(?P<shared>morning|afternoon|evening|night)s\b",
    flags=regex.IGNORECASE,
)


# The groups weekday() reads, in one call (see reading.groups): the weekday rule reads more
# expressions than any other, and the clock rule's days are read by it too.
_WEEKDAY_GROUPS = ("weekday", "rel", "part", "lead_part", "plural", "plural_part")


def weekday(match: Match, ctx: Context) -> Reading | None:
    """ "on Thursday", "last Friday", "Sunday night", "overnight Tuesday" (that day's night);
    "on Mondays" recurs."""
    name, rel, part, lead_part, plural, plural_part = groups(match, _WEEKDAY_GROUPS)
    assert name is not None  # every form of the rule names its day
    number = WEEKDAYS[name.lower()]
    rel_words = (rel or "").lower()
    if not rel_words and _ends_a_holiday(ctx.text, match.start(), name):
        return None  # "Super Tuesday 2": the holiday's rule read the name, and declined it
    part = part or lead_part
    code = "T" + PARTS_OF_DAY[part.lower()] if part else ""
    if plural or plural_part or rel_words in _EVERY:
        return Reading("SET", f"XXXX-WXX-{number}{code}")
    shared = (
        None if part else _SHARED_PARTS.match(ctx.text, match.end(), match.end() + 32, KEEP_GIL)
    )
    if shared is not None:  # "on Monday and Tuesday nights": Monday nights too
        code = "T" + PARTS_OF_DAY[shared.group("shared").lower()]
        return Reading("SET", f"XXXX-WXX-{number}{code}")
    # TimeBank marks "Friday morning" a DATE (valued like a TIME): the gold sets follow it.
    kind = "DATE"
    if ctx.published is None:
        return Reading(kind, f"XXXX-WXX-{number}{code}", point_mod(match), resolved=False)
    if rel_words in _ANAPHORIC_DAYS:  # "the following Monday": from the day last mentioned
        known = anaphoric_weekday(ctx.last_date, number, _ANAPHORIC_DAYS[rel_words])
        if known is not None:
            return Reading(kind, known + code, point_mod(match))
    date = named_weeks.weekday_date(ctx, number, match.start(), match.end(), rel_words)
    return Reading(kind, anchor.day(date) + code, point_mod(match))


def _ends_a_holiday(text: str, start: int, weekday_name: str) -> bool:
    """Whether the weekday at ``start`` ends a holiday's name ("Super Tuesday", "Black
    Friday"), which the weekday rule meets only where the holiday's rule declined it."""
    before = word_before(text, start).lstrip("\"'‘“(")
    return f"{before} {weekday_name.lower()}" in HOLIDAYS


# Relative words that count from the date last mentioned, not from the publication day.
_ANAPHORIC = frozenset(["following", "the following"])
# ... and those that do only after "the": "inflation eased to 3.3% in March from 3.6% the
# previous month" is February, "sales in 2023 were 7% above the prior year" 2022; "previous
# year's profit" and "prior years" are left to the publication day.
_ANAPHORIC_AFTER_THE = frozenset(["previous", "prior"])
# ... and for a weekday, the direction they count in
_ANAPHORIC_DAYS = {"following": 1, "the following": 1, "the previous": -1}


def day_of_month(match: Match, ctx: Context) -> Reading | None:
    """ "on the 22nd", "by the 3rd of next month": that day of the publication's month, or of
    the month before or after it when the tense points there ("will meet on the 2nd", written
    on the 10th, is next month's 2nd)."""
    day = int(match.group("day"))
    if ctx.published is None:
        return Reading("DATE", f"XXXX-XX-{day:02d}", resolved=False)
    published = ctx.published
    months = relative(group(match, "rel"))
    if months is None:
        lead = ctx.tense_of(match.start(), match.end(), False)
        if lead == "none":
            lead = ctx.tense_of(match.start(), match.end(), True)
        later, earlier = (
            lead == "future" and day < published.day,
            lead == "past" and day > published.day,
        )
        months = 1 if later else -1 if earlier else 0
    year, month = divmod(published.year * 12 + published.month - 1 + months, 12)
    try:
        return Reading("DATE", dt.date(year, month + 1, day).isoformat())
    except ValueError:  # "the 31st" of a month of 30 days
        return None


def next_day(match: Match, ctx: Context) -> Reading | None:
    """ "25" of "on April 24 and 25": that day of the month of the date read right before it
    (no date when no day was read there: the month's year is not known)."""
    last = ctx.last_date
    joined = ctx.text[ctx.last_date_end : match.start()].strip(" ,").lower()
    if last is None or len(last) != 10 or joined not in ("and", "or", "&"):
        return None
    year = group(match, "year") or last[:4]
    try:
        return Reading(
            "DATE", dt.date(int(year), int(last[5:7]), int(match.group("day"))).isoformat()
        )
    except ValueError:  # "Feb. 28 and 30"
        return None


# The groups relunit() reads, in one call (see reading.groups).
_RELUNIT_GROUPS = ("rel", "season", "month", "unit")


def relunit(match: Match, ctx: Context) -> Reading | None:
    """ "last week", "this year", "next month", "last fall", "last April"."""
    rel, season, month, unit_word = groups(match, _RELUNIT_GROUPS)
    offset = relative(rel)
    if offset is None:
        return None
    mod = point_mod(match)
    if season:
        code, first_month = SEASONS[season.lower()]
        if ctx.published is None:
            return Reading("DATE", f"XXXX-{code}", mod, resolved=False)
        year = anchor.season_year(ctx.published, first_month, offset)
        return Reading("DATE", f"{year}-{code}", mod)
    if month:
        following = ctx.text[match.end() : match.end() + 3]
        if not month[0].isupper() or following[-1:].isdigit():
            return None  # "last Oct. 23" is read as "Oct. 23"
        number = month_number(month)
        if ctx.published is None:
            return Reading("DATE", date_value(None, number), mod, resolved=False)
        year = anchor.month_year(ctx.published, number, "none", offset)
        return Reading("DATE", date_value(year, number), mod)
    assert unit_word is not None  # a relative word before no season nor month names a unit
    unit = unit_word.lower()
    if (_anaphoric_words(match, ctx.text) or _next_of_story(match, ctx)) and unit in (
        "year",
        "month",
    ):
        known = anaphoric(ctx.last_date, unit, offset)  # "the following year"
        if known is not None and ahead_of_a_past_clause(known, ctx, match.start(), match.end()):
            # "he broke his leg the following year", after this year: left open
            return Reading("DATE", open_value(unit), mod, resolved=False)
        if known is not None:
            return Reading("DATE", known, mod)
    if unit in ("decade", "century") and offset and match.group().lower().startswith("the"):
        # "the past decade" is an amount of time, not the decade before this one.
        return Reading("DURATION", "P10Y" if unit == "decade" else "P100Y", mod)
    if ctx.published is None:
        return Reading("DATE", open_value(unit), mod, resolved=False)
    if unit == "year" and offset == -1 and _year_ago_quarter(ctx, match):
        return Reading("DATE", year_before_quarter(ctx, match.start()), mod)
    return Reading("DATE", shifted(ctx.published, unit, offset), mod)


def _anaphoric_words(match: Match, text: str) -> bool:
    """Whether the relative words of ``match`` count from the date last mentioned."""
    rel = match.group("rel").lower()
    if rel in _ANAPHORIC:
        return True
    return rel in _ANAPHORIC_AFTER_THE and after_the(text, match.start("rel"))


# "the next year", "the next month" count from the date last read, as "the following year"
# does ("was appointed in 1995 and first elected the next year" is 1996; "In 2008, the
# council brought in the tax. Its rivals repealed it the next year" 2009), but not
# after a word of a stretch of time ahead, which counts from the publication day ("rates
# will rise over the next year", "within the next month").
_NEXT = "next"
_STRETCH_BEFORE = frozenset(["over", "in", "within", "during", "for", "throughout", "through"])


def _next_of_story(match: Match, ctx: Context) -> bool:
    """Whether "the next" of ``match`` counts from the date last read: "the" before it, and
    no word of a stretch ahead before that."""
    return (
        match.group("rel").lower() == _NEXT
        and after_the(ctx.text, match.start("rel"))
        and word_before(ctx.text, match.start()) not in _STRETCH_BEFORE
    )


def _year_ago_quarter(ctx: Context, match: Match) -> bool:
    """Whether "last year" is the year-ago quarter: an amount compared in a report on a
    quarter ("against a loss of $7 million last year")."""
    return year_ago_amount(ctx.text, match.start(), match.end()) and year_ago_means_quarter(
        ctx.text, match.start()
    )
