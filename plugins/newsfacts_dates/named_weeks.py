"""A weekday set off after the week it lies in: "will face off in two debates this week, in
French on Wednesday night and in English on Thursday" is the Wednesday and Thursday of the
publication week, whatever the tense near them (the cue that tells it may be out of reach:
"will" is over 60 characters before "Wednesday"); "next week, on Tuesday" is next week's
Tuesday, "Last week, on Monday" last week's Monday. Only a week named right before a comma,
colon or dash and a preposition that open the weekday's phrase: "arrived this week after
leaving Syria on Friday" and "losses last week, Sanders won on Monday" are read by their
tense."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates import anchor
from newsfacts_dates.grammar import KEEP_GIL
from newsfacts_dates.past_plans import day_before, planned_in_the_past
from newsfacts_dates.reading import Context, relative

# Weekends named with "the" alone (data/phrases.tsv), dated by their clause's tense, the one
# just past unless it looks ahead ("over the weekend", "over the bank holiday weekend").
BARE_WEEKENDS = frozenset(["the weekend", "the bank holiday weekend"])

# "this week, in French on ", "next week: on " (read back from the weekday, REVERSE and
# anchored by \G): the week, its mark, a preposition opening the weekday's phrase, then up
# to 80 characters of no sentence's end nor quote mark. Not a clause of its own after the
# comma ("losses last week, Sanders won on Monday"), nor "the next week" (an amount).
_WEEK_BEFORE = compiled(
    r"""\b(?<!\bthe[ \t])(?P<rel>this|next|last)[ \t]++week[ \t]*+[,:—–][ \t]*+
    (?:on|in|at|from|with)\b[^.!?;:"“”]{0,80}\G""",
    flags=regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,
)
_WEEKS = {"this": 0, "next": 1, "last": -1}
_REACH = 100


def weekday_date(ctx: Context, number: int, start: int, end: int, rel_words: str) -> dt.date:
    """The date of ISO weekday ``number`` written at ``start``..``end`` with the relative
    words ``rel_words`` ("last", "next" or none): in the week named before it (see the
    module), else as :func:`newsfacts_dates.anchor.weekday_date` reads it."""
    assert ctx.published is not None
    if not rel_words:
        week = _WEEK_BEFORE.match(ctx.text, max(0, start - _REACH), start, KEEP_GIL)
        if week is not None:
            monday = ctx.published - dt.timedelta(days=ctx.published.isoweekday() - 1)
            shift = 7 * _WEEKS[week.group("rel").lower()]
            return monday + dt.timedelta(days=number - 1 + shift)
    tense = ctx.tense_of(start, end, True)
    if tense == "future" and not rel_words and planned_in_the_past(ctx.text, start):
        before = day_before(ctx.published, number)  # "was set to speak on Friday"
        if before is not None:
            return before
    return anchor.weekday_date(ctx.published, number, tense, relative(rel_words or None))
