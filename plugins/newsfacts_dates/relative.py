"""Dates relative to the publication day: weekdays, "last week" and the fixed phrases of
``data/phrases.tsv`` (distances such as "two weeks ago" are in ``distances``, clock times in
``clock``, quarters in ``quarters``)."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates import anchor, named_weeks
from newsfacts_dates.amounts import a_speed
from newsfacts_dates.grammar import (
    COMPLEMENT_READINGS,
    HOLIDAYS,
    MACROS,
    MODIFIERS,
    MONTHS,
    PARTS_OF_DAY,
    PAST_VETOES,
    PHRASE_READINGS,
    PHRASE_VETOES,
    PHRASES,
    POSSESSIVE_READINGS,
    SEASONS,
    WEEKDAYS,
    unit_of,
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
    anaphoric,
    anaphoric_weekday,
    date_value,
    day_of,
    group,
    groups,
    month_number,
    open_value,
    point_mod,
    relative,
    shifted,
    word_before,
)
from newsfacts_dates.tense_cues import past_verb_next_to

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
    shared = None if part else _SHARED_PARTS.match(ctx.text, match.end(), match.end() + 32)
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
    if _anaphoric_words(match, ctx.text) and unit in ("year", "month"):
        known = anaphoric(ctx.last_date, unit, offset)  # "the following year"
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
    return rel in _ANAPHORIC_AFTER_THE and text[: match.start("rel")].lower().endswith("the ")


def _year_ago_quarter(ctx: Context, match: Match) -> bool:
    """Whether "last year" is the year-ago quarter: an amount compared in a report on a
    quarter ("compared with a loss of $3 million last year")."""
    return year_ago_amount(ctx.text, match.start(), match.end()) and year_ago_means_quarter(
        ctx.text, match.start()
    )


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
    if "#speed" in vetoes[0] and a_speed(text, start, unit_of(phrase.split()[-1])):
        return True  # "at 200 miles per hour": a speed
    return before in vetoes[0] or following.strip(',.;:"”’') in vetoes[1]


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


# The noun after a possessive's "'s": "world" of "today's world"
_POSSESSED = compiled(r"['’]s[ \t]++(\w++)")


def phrase(name: str, ctx: Context, start: int, end: int) -> Reading | None:
    """The reading of a fixed phrase: its literal value, or an offset in a calendar unit;
    none for a phrase of ``data/past_vetoes.txt`` next to a verb in the past ("he was soon
    released", "soon became")."""
    if name in PAST_VETOES and past_verb_next_to(ctx.text, start, end):
        return None
    kind, value, mod = PHRASES[name]
    other = _other_reading(name, ctx.text, start, end)
    if other is not None:
        return Reading(*other, mod)
    if ":" not in value:
        return Reading(kind, value, mod)
    after = _day_word_after(ctx.text, end) if value.startswith("ref:day:0") else None
    if after is not None:  # "mid-afternoon yesterday": of the day named right after it
        value = after + value[len("ref:day:0") :]
    anchored = _anchored(value, ctx, start)
    if anchored is None:  # "that night" with no day named before it: a day left open
        return Reading(kind, "XXXX-XX-XXT" + value.rsplit(":", 1)[1], mod, resolved=False)
    value = anchored
    if value.startswith("ref:"):  # "that year", "later that day": the date last mentioned
        value = value[4:]
        unit, offset_text, *code = value.split(":")
        known = anaphoric(ctx.last_date, unit, int(offset_text))
        if known is not None:  # "the next morning" after "on Nov. 4": the 5th's morning
            return Reading(kind, known + "".join(f"T{part}" for part in code), mod)
    unit, offset_text, *code = value.split(":")
    if ctx.published is None:
        suffix = f"T{code[0]}" if code and unit == "day" else ""
        return Reading(kind, open_value(unit) + suffix, mod, resolved=False)
    offset = int(offset_text)
    if name in named_weeks.BARE_WEEKENDS and ctx.tense_of(start, end, True) != "future":
        # "over the weekend", said on a weekday: the weekend just past.
        offset = 0 if ctx.published.isoweekday() >= 6 else -1
    if unit == "year" and offset == -1 and year_ago_means_quarter(ctx.text, start):
        return Reading(kind, year_before_quarter(ctx, start), mod)
    if name in _YEAR_ENDS and ctx.tense_of(start, end, False) == "past":
        offset -= 1  # "the change is since year-end": the last one gone, the year before's
    suffix = ("-" if unit == "week" else "T") + code[0] if code else ""
    return Reading(kind, shifted(ctx.published, unit, offset) + suffix, mod)


def day_stretch(match: Match, ctx: Context) -> Reading | None:
    """ "late yesterday", "earlier this morning": the day phrase (``data/phrases.tsv``) with
    the mod of its stretch, one expression as TimeML marks it; "mid-afternoon yesterday": the
    part of that day, with the mod of its stretch."""
    name = " ".join(match.group("day_phrase").lower().split())
    reading = phrase(name, ctx, match.start("day_phrase"), match.end("day_phrase"))
    if reading is None:
        return None
    part = group(match, "part")
    if part is None:
        return reading._replace(mod=point_mod(match))
    code = PARTS_OF_DAY[part.lower()]
    mod = MODIFIERS[match.group("stretch").lower()][0]
    return reading._replace(type="TIME", value=f"{reading.value}T{code}", mod=mod)


def _other_reading(name: str, text: str, start: int, end: int) -> tuple[str, str] | None:
    """The type and value a fixed phrase takes from the words next to it, by the first of
    its tables that decides: the words after it ("the year ended June 30": a year's span,
    ``data/phrase_readings.tsv``), the noun of its possessive ("in today's world": the
    present at large, ``data/possessive_readings.tsv``), an "of" it completes ("the leaders
    of tomorrow": the future at large, ``data/complement_readings.tsv``); else None."""
    if name in PHRASE_READINGS:
        following, kind, value = PHRASE_READINGS[name]
        next_words = text[end : end + 16].lower().split()
        if next_words and next_words[0] in following:
            return kind, value
    if name in POSSESSIVE_READINGS:
        nouns, kind, value = POSSESSIVE_READINGS[name]
        owned = _POSSESSED.match(text, end, end + 24)
        if owned is not None and owned.group(1).lower() in nouns:
            return kind, value
    if name in COMPLEMENT_READINGS:
        keeping, kind, value = COMPLEMENT_READINGS[name]
        if _completes_a_noun(text, start, end, keeping):
            return kind, value
    return None


def _completes_a_noun(text: str, start: int, end: int, keeping: frozenset[str]) -> bool:
    """Whether the day word at ``start``-``end`` follows "of" after a word not in ``keeping``
    ("the leaders of tomorrow"; not "as of tomorrow", "the end of tomorrow") and is no
    possessive ("because of yesterday's vote")."""
    before = text[max(0, start - 24) : start].lower().split()
    if len(before) < 2 or before[-1] != "of" or before[-2].strip(",;:") in keeping:
        return False
    return text[end : end + 1] not in ("'", "’")


# The end of the publication's year, which a word before it pointing back ("since") makes
# the year before's: it has not come yet.
_YEAR_ENDS = frozenset(["year-end", "year end"])


# How many days before the publication the day last mentioned may be and still be the day
# the news is of: a report published on Monday of Friday's trading.
_NEWS_DAYS = 7


def _news_day(ctx: Context) -> bool:
    """Whether the date last mentioned is a day of the week up to the publication day ("London
    shares closed lower Friday ... depressed by overnight losses in New York": Thursday
    night), not one long before ("convicted on March 3, 2019") nor to come."""
    day = day_of(ctx.last_date)
    return (
        ctx.published is not None
        and day is not None
        and 0 <= (ctx.published - day).days <= _NEWS_DAYS
    )


def _anchored(value: str, ctx: Context, start: int) -> str | None:
    """``value`` with its "near:" or "then:" read: "ref:" when the day last named is the
    one meant, else "near:" counts from the publication day ("overnight": before the day the
    news is of) and "then:" gives None ("that night": of a day told of just before)."""
    if value.startswith("near:"):
        return ("ref:" if _news_day(ctx) else "") + value[len("near:") :]
    if value.startswith("then:"):
        return "ref:" + value[len("then:") :] if _day_told_before(ctx, start) else None
    return value


# How far before "that night" the day it is of may end: a few sentences back ("was shot on
# Oct. 23, 1998, in his kitchen. Later that night, police searched the woods").
_THEN_REACH = 400


def _day_told_before(ctx: Context, start: int) -> bool:
    """Whether a day was named at most :data:`_THEN_REACH` characters before ``start``: "that
    night", "that morning" are of that day; with none, of an event the words do not date
    ("the CIA officers at the base that night"), not of the publication day."""
    return day_of(ctx.last_date) is not None and start - ctx.last_date_end <= _THEN_REACH


def _day_word_after(text: str, end: int) -> str | None:
    """The offset ("day:-1") of a day word right after ``end`` ("yesterday", "today",
    "tomorrow": ``data/phrases.tsv``), if one follows."""
    words = text[end : end + 12].lower().split()
    entry = PHRASES.get(words[0].rstrip(",.;:")) if words else None
    if entry is None or not entry[1].startswith("day:") or entry[1].count(":") != 1:
        return None
    return entry[1]
