"""A race's time, as sports pages write it: "won the marathon in 2:04:56", "a lap of
1:23.456", "clocked 3:29.88": an amount of time in hours, minutes and seconds (``PT2H4M56S``,
``PT1M23.456S``), no clock time. Seconds with a fraction make one whatever stands before;
hours, minutes and seconds without one only after a word that asks for an amount ("in",
"of", "clocked"; not "at 10:15:30", a clock's)."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.reading import Context, Match, Reading, group

# The words before "H:MM:SS" that make it an amount: "won in 2:04:56", "a time of 2:09:11",
# "clocked 2:18:03", "ran 2:05:30" (read backwards from the time, anchored there by \G).
_AMOUNT_BEFORE = compiled(r"\b(?i:in|of|clocked|ran|timed|finished)[ \t]++\G", flags=regex.REVERSE)


def race_time(match: Match, ctx: Context) -> Reading | None:
    """ "2:04:56", "1:23.456": hours (maybe), minutes and seconds, the seconds maybe with a
    fraction; a duration."""
    hours, fraction = group(match, "race_hours"), group(match, "race_fraction")
    if fraction is None and (
        hours is None
        or _AMOUNT_BEFORE.match(ctx.text, max(0, match.start() - 12), match.start()) is None
    ):
        return None  # "at 10:15:30", "the score 2:1:0"
    minutes = int(match.group("race_minutes"))
    seconds = match.group("race_seconds") + (f".{fraction}" if fraction else "")
    value = "PT" + (f"{int(hours)}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return Reading("DURATION", value + f"{float(seconds):g}S")
