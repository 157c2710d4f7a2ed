"""Distances back or ahead from the publication day: "two weeks ago" (the week two weeks
back: the unit's grain is kept), "three or four years ago", "half a century ago", "a year
from now"."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_dates import anchor
from newsfacts_dates.counting import count
from newsfacts_dates.grammar import DATED_GRAINS, UNITS, unit_of
from newsfacts_dates.quarters import year_ago_means_quarter, year_before_quarter
from newsfacts_dates.reading import (
    Context,
    Match,
    Reading,
    duration_mod,
    group,
    open_value,
    shifted,
)
from newsfacts_dates.shares import share_of

_SPAN_SIGNALS = frozenset(["later", "before"])
_THAN_AFTER = compiled(r"[ \t]++than\b")


def ago(match: Match, ctx: Context) -> Reading | None:
    """ "two weeks ago" is the week two weeks back: the unit's granularity is kept."""
    unit = unit_of(match.group("unit"))
    if unit is None:
        return None
    signal = match.group("ago").lower()
    if signal == "earlier" and _THAN_AFTER.match(ctx.text, match.end(), match.end() + 8):
        # "a year earlier than planned", "five years earlier than its neighbours": a
        # comparison, the amount of time between two events, not a year back
        return None
    if signal in _SPAN_SIGNALS or (signal == "earlier" and UNITS[unit][2] not in DATED_GRAINS):
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
        return Reading("DATE", open_value(_grain(unit, amounts)), mod, resolved=False)
    values = [_counted(ctx, unit, amount * direction, match.start()) for amount in amounts]
    known = [value for value in values if value is not None]
    if len(known) < len(values):
        return Reading("DATE", open_value(_grain(unit, amounts)), mod, resolved=False)
    value = _shared(known)
    return Reading("DATE", value, mod, resolved=value != "XXXX")


_FORWARD_SIGNALS = frozenset(["from now", "hence"])


def _ago_amounts(match: Match) -> tuple[float, ...] | None:
    """The amounts counted back: one, or both ends of "three or four years ago"; None for
    an amount left unsaid ("a few", "hundreds of")."""
    if group(match, "plenty"):
        return None
    share = share_of(match)
    if share is not None:
        return (share,)  # "half a century ago"
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


def _grain(unit: str, amounts: tuple[float, ...]) -> str:
    """The calendar unit a distance of ``amounts`` ``unit`` names, as :func:`_counted` values
    it: a day for hours ("two hours ago" is today), a year for decades and centuries ("a
    decade ago"), a month for part of a year ("two and a half years ago"), else the unit.
    With no publication day it is left open at that grain ("XXXX", not a decade's "XXX")."""
    _, multiplier, grain = UNITS[unit]
    if grain in ("hour", "minute", "second"):
        return "day"
    if grain in ("decade", "century"):
        return "year"
    whole = all(amount * multiplier == int(amount * multiplier) for amount in amounts)
    return "month" if grain == "year" and not whole else grain


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
        return year_before_quarter(ctx, start)
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
