"""The end of a year or month written in one word, as business news writes it: "year-end
2027", "by end-2027", "to end-June", "end-March 2026" (rule ``end_of`` of
``data/patterns.tsv``). The year or month as its own rule reads it, with the mod ``END``."""

from __future__ import annotations

from newsfacts_dates import absolute, anchor
from newsfacts_dates.fronted_years import sentence_year
from newsfacts_dates.reading import Context, Match, Reading, date_value, group, month_number


def end_of(match: Match, ctx: Context) -> Reading | None:
    """ "year-end 2027": ``2027`` (mod ``END``); "end-June 2026": ``2026-06``; "end-June"
    alone: June of the year its clause's tense tells, as "June" after "end-" was read."""
    if group(match, "month") is None:
        return Reading("DATE", f"{int(match.group('year')):04d}", "END")
    if group(match, "year") is not None:
        reading = absolute.monthyear(match, ctx)
        return None if reading is None else reading._replace(mod="END")
    number = month_number(match.group("month"))
    if ctx.published is None:
        return Reading("DATE", date_value(None, number), "END", resolved=False)
    year = sentence_year(ctx, match.start(), match.end(), number)
    if year is None:
        # The tense read from the month on, as before the rule read "end-" with the month: a
        # "by" before "end-May" is a deadline's only after a verb of the future ("rose by
        # end-May" is past; "will be done by end-May" ahead)
        tense = ctx.tense_of(match.start("month"), match.end(), True)
        year = anchor.month_year(ctx.published, number, tense, None)
    return Reading("DATE", date_value(year, number), "END")
