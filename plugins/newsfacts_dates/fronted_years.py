"""The year a sentence opens with, which a month named later in it without a year belongs to:
"In 2019, floods killed 240 people in September" is September 2019 and "Last year, the
company cut 500 jobs in March" last year's March, as TimeML anchors them; not from the
publication day and the tense, which give the latest September."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.reading import Context

# A year opening its sentence, and what may lead it in: "In 2019,", "Last year", "Back in
# 2008", "During the previous year", "But in 2012,". Matched against the end of the year's
# expression (\Z at the end of the window); "^" holds at a line's start, never at the
# window's.
_FRONTED_YEAR = compiled(
    r"""(?:^|[.!?]["'”’)]?[ \t]++)[ \t]*+
    (?:(?i:but|and|yet|then|so),?[ \t]++)?
    (?:(?i:in|during|back[ \t]++in|earlier[ \t]++in|later[ \t]++in)[ \t]++)?
    (?i:last[ \t]++year|the[ \t]++previous[ \t]++year|the[ \t]++year[ \t]++before|\d{4})\Z""",
    flags=regex.MULTILINE | regex.VERBOSE,
)
_OPENING_REACH = 56  # characters read back from the year's end for its sentence's start
# What ends a sentence between the year and the month.
_SENTENCE_END = compiled(r"[.!?][\s\"'”’)]*\s|\n")
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
    if _SENTENCE_END.search(ctx.text, end, start) is not None:
        return None
    if _FRONTED_YEAR.search(ctx.text, max(0, end - _OPENING_REACH), end) is None:
        return None
    return int(last)
