"""The year a sentence opens with, which a month named later in it without a year belongs to:
"In 2019, floods killed 240 people in September" is September 2019 and "Last year, the
company cut 500 jobs in March" last year's March, as TimeML anchors them; not from the
publication day and the tense, which give the latest September. So is the year of a month or
a day read earlier in the sentence with its year written, when the month named after it
comes later in the calendar: "cut 300 jobs in August 2014 and again in November" is
November 2014, "In 2014, he moved to Paris in September and to Rome in October" October
2014."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import KEEP_GIL
from newsfacts_dates.reading import Context

# A year opening its sentence, and what may lead it in: "In 2019,", "Last year", "Back in
# 2008", "During the previous year", "But in 2012,", and a quote's opening mark ('"In 2019, we
# lost'). Matched from the sentence's start (the core's sentences, ``Context.sentence_at``)
# to the end of the year's expression.
_FRONTED_YEAR = compiled(
    r"""["'“‘(]?+
    (?:(?i:but|and|yet|then|so),?[ \t]++)?
    (?:(?i:in|during|back[ \t]++in|earlier[ \t]++in|later[ \t]++in)[ \t]++)?
    (?i:last[ \t]++year|the[ \t]++previous[ \t]++year|the[ \t]++year[ \t]++before|\d{4})""",
    flags=regex.VERBOSE,
)
# How far after the year the month may be, in its sentence.
_MONTH_REACH = 200


def fronted_year(ctx: Context, start: int) -> int | None:
    """The year the sentence of the month at ``start`` opens with, if the date last read is
    that year (``ctx.last_date``: "2019", and "2024" of "Last year")."""
    last, end = ctx.last_date, ctx.last_date_end
    if last is None or len(last) != 4 or not last.isdigit():
        return None
    if not 0 <= start - end <= _MONTH_REACH:
        return None
    sentence = ctx.sentence_at(end - 1)
    if sentence is None or start >= sentence.end:  # (the month in a sentence of its own)
        return None
    if _FRONTED_YEAR.fullmatch(ctx.text, sentence.start, end) is None:
        return None
    return int(last)


def sentence_year(ctx: Context, start: int, end: int, month: int, day: int = 0) -> int | None:
    """The year of the month ``month`` (and day ``day``, 0 for none) written at
    ``start``..``end``: the year its sentence opens with (:func:`fronted_year`), or that of
    the month or day last read in its sentence (:func:`_dated_sentence_year`)."""
    fronted = fronted_year(ctx, start)
    if fronted is not None:
        return fronted
    last = ctx.last_date
    # (most months: no date just before)
    if last is None or _DATED.match(last, 0, None, KEEP_GIL) is None:
        return None
    return _dated_sentence_year(ctx, start, end, month, day)


def _dated_sentence_year(ctx: Context, start: int, end: int, month: int, day: int) -> int | None:
    """The year of the month or day last read (``ctx.last_date``), in the same sentence and
    with its year written there, when ``month`` and ``day`` come on or after it: a story
    told forward stays in the year it names. Not a month before that date ("closed in
    December 2014 and reopened in February" may be of the next year), not after a date led
    by "since" (a span up to now: "has risen since May 2011, and again since the floods in
    October"), and not a month the future tense points to past a year gone ("who joined in
    May 2010, will step down in June")."""
    assert ctx.last_date is not None
    last, last_end = ctx.last_date, ctx.last_date_end
    if not 0 <= start - last_end <= _MONTH_REACH:
        return None
    last_day = int(last[8:10]) if day and len(last) >= 10 else 0
    if (month, day) < (int(last[5:7]), last_day):
        return None
    held = ctx.sentence_at(last_end - 1)
    if held is None or start >= held.end:  # (the month in a sentence of its own)
        return None
    # The year written in the date's sentence (not one the tense gave it), not after "since"
    sentence = ctx.text[max(held.start, last_end - _MONTH_REACH) : last_end]
    written = [found for found in _YEARS.finditer(sentence) if found.group() == last[:4]]
    if not written or _SINCE_BEFORE.search(sentence, 0, written[-1].start()) is not None:
        return None
    year = int(last[:4])
    published = ctx.published
    gone = published is not None and year < published.year
    return None if gone and ctx.tense_of(start, end, True) == "future" else year


# A date of a month or a day ("2014-08", "2014-08-21"), no year, week, quarter or season
_DATED = compiled(r"\d{4}-(?:0[1-9]|1[0-2])(?:-\d\d)?(?:T|$)")


# "since" a few words before a date's year: "since June 2014", "since Jan. 5, 2014"
_SINCE_BEFORE = compiled(r"\b(?i:since)[ \t]++[^,;\d]{0,12}(?:\d{1,2},?[ \t]++)?\Z")


# A number of four digits, standing alone ("2014", not the "2014" of "20145")
_YEARS = compiled(r"(?<!\d)\d{4}(?!\d)")
