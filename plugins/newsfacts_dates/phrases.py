"""The fixed phrases of ``data/phrases.tsv`` ("today", "yesterday morning", "over the
weekend", "that night", "year-end"): the words next to a phrase that unmake it or give it
another reading, and its value, counted from the publication day or from the day last
mentioned; "late yesterday", "mid-afternoon yesterday": a day phrase and its stretch."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_dates import named_weeks
from newsfacts_dates.amounts import a_speed
from newsfacts_dates.grammar import (
    COMPLEMENT_READINGS,
    LISTS,
    MODIFIERS,
    MONTHS,
    PARTS_OF_DAY,
    PAST_VETOES,
    PHRASE_READINGS,
    PHRASE_VETOES,
    PHRASES,
    POSSESSIVE_READINGS,
    WEEKDAYS,
    YEAR_PARTS,
    unit_of,
)
from newsfacts_dates.quarters import year_ago_means_quarter, year_before_quarter
from newsfacts_dates.reading import (
    Context,
    Match,
    Reading,
    ahead_of_a_past_clause,
    anaphoric,
    day_of,
    group,
    open_value,
    point_mod,
    shifted,
)
from newsfacts_dates.tense_cues import past_verb_next_to


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
    if "#paper" in vetoes[1] and after[:1] in _MARKS and _determined(before_words):
        return True  # "spoke to the provincial daily.": a newspaper
    if "#speed" in vetoes[0] and a_speed(text, start, unit_of(phrase.split()[-1])):
        return True  # "at 200 miles per hour": a speed
    return before in vetoes[0] or following.strip(',.;:"”’') in vetoes[1]


# The marks after a newspaper's "daily" (not "updated daily." alone: see _determined)
_MARKS = frozenset(",.;:")
# The determiners of a noun phrase and the kinds of newspaper between one and "daily"
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that"])
_PAPER_KINDS = frozenset(LISTS["paper_kinds"])


def _determined(before_words: list[str]) -> bool:
    """Whether the words before a phrase (lowered) end in a determiner, maybe a word of a
    newspaper's kind after it ("the daily", "the provincial daily"; not "the figures daily")."""
    last = before_words[-1] if before_words else ""
    if last in _DETERMINERS:
        return True
    return len(before_words) >= 2 and before_words[-2] in _DETERMINERS and last in _PAPER_KINDS


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
    if name in _APPOSED_PHRASES and _apposed(ctx, start):
        value = "ref:" + value  # "in 2009, the year the mill closed": 2009, not this year
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
        told = _from_date_told(kind, value, mod, ctx, start, end)
        if told is not None:
            return told
    unit, offset_text, *code = value.split(":")
    suffix = _suffix(unit, code)
    if ctx.published is None:  # "the weekend" undated: XXXX-WXX-WE, as "Easter weekend"
        return Reading(kind, open_value(unit) + suffix, mod, resolved=False)
    offset = int(offset_text)
    if name in named_weeks.BARE_WEEKENDS and ctx.tense_of(start, end, True) != "future":
        # "over the weekend", said on a weekday: the weekend just past.
        offset = 0 if ctx.published.isoweekday() >= 6 else -1
    elif name in _THIS_WEEKENDS and ctx.published.isoweekday() < 6:
        # "told supporters this weekend", said on a weekday: the weekend just past too
        offset = -1 if ctx.tense_of(start, end, True) == "past" else offset
    if unit == "year" and offset == -1 and year_ago_means_quarter(ctx.text, start):
        return Reading(kind, year_before_quarter(ctx, start), mod)
    if name in _YEAR_ENDS and ctx.tense_of(start, end, False) == "past":
        offset -= 1  # "the change is since year-end": the last one gone, the year before's
    elif _not_come_yet(name, ctx, start, end):
        offset -= 1  # "By the end of the year, sales had doubled", said in June
    return Reading(kind, shifted(ctx.published, unit, offset) + suffix, mod)


def _from_date_told(
    kind: str, value: str, mod: str | None, ctx: Context, start: int, end: int
) -> Reading | None:
    """The reading of a phrase counted from the date last mentioned ("the next morning"
    after "on Nov. 4": the 5th's morning), if there is one; left open when that date is to
    come and the phrase's clause is told in the past ("the following day, the landlord
    raised the rent" after "from November to March": a day the words do not date)."""
    unit, offset_text, *code = value.split(":")
    known = anaphoric(ctx.last_date, unit, int(offset_text))
    if known is None:
        return None
    if ahead_of_a_past_clause(known, ctx, start, end):
        return Reading(kind, open_value(unit) + _suffix(unit, code), mod, resolved=False)
    return Reading(kind, known + "".join(f"T{part}" for part in code), mod)


def _suffix(unit: str, code: list[str]) -> str:
    """The part of a day ("TNI") or a week's weekend ("-WE") a phrase's value ends with,
    anchored or left open."""
    return ("-" if unit == "week" else "T") + code[0] if code else ""


# Phrases that, set off by a comma right after a date, name that date's own unit: "in 2009,
# the year the mill closed", "2019 - not 2018, which is the year she left" (a relative
# clause follows: the year of the date before, not the publication's).
_APPOSED_PHRASES = frozenset(["the year"])
_APPOSITION = compiled(r",[ \t]++(?:(?i:which|that)[ \t]++(?i:is|was)[ \t]++)?")


def _apposed(ctx: Context, start: int) -> bool:
    """Whether the phrase at ``start`` follows the date last mentioned, a comma between
    (maybe "which is"): an apposition to it."""
    low = ctx.last_date_end
    return 0 <= start - low <= 16 and _APPOSITION.fullmatch(ctx.text, low, start) is not None


# "this weekend" said on a weekday is the one to come, unless told in the past
_THIS_WEEKENDS = frozenset(["this weekend"])


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


def _not_come_yet(name: str, ctx: Context, start: int, end: int) -> bool:
    """Whether the phrase names a part of the publication's year that has not begun by the
    publication day (``data/year_parts.tsv``), told in the past: the year before's."""
    first_month = YEAR_PARTS.get(name)
    return (
        first_month is not None
        and ctx.published is not None
        and ctx.published.month < first_month
        and ctx.tense_of(start, end, True) == "past"
    )


# How many days before the publication the day last mentioned may be and still be the day
# the news is of: a report published on Monday of Friday's trading.
_NEWS_DAYS = 7


def _news_day(ctx: Context) -> bool:
    """Whether the date last mentioned is a day of the week up to the publication day ("Paris
    stocks ended down Friday ... dragged by late selling on Wall Street": Thursday
    evening), not one long before ("convicted on March 3, 2019") nor to come."""
    day = day_of(ctx.last_date)
    return (
        ctx.published is not None
        and day is not None
        and 0 <= (ctx.published - day).days <= _NEWS_DAYS
    )


def _anchored(value: str, ctx: Context, start: int) -> str | None:
    """``value`` with its "near:" or "then:" read: "ref:" when the day last named is the
    one meant, else "near:" counts from the publication day ("overnight": before the day the
    news is of; after a night, that night: a headline's "downed 43 drones overnight" and the
    story's "launched 58 drones overnight") and "then:" gives None ("that night": of a day
    told of just before)."""
    if value.startswith("near:"):
        if not _news_day(ctx):
            return value[len("near:") :]
        if value.endswith(":NI") and str(ctx.last_date).endswith("TNI"):
            return "ref:day:0:NI"  # "overnight" after a night: that night, told again
        return "ref:" + value[len("near:") :]
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
