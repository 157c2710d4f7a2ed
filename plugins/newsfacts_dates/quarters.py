"""Quarters and halves of a year: "the third quarter", "Q3 2024", "the first half", and "a
year ago" in an earnings report, which is the year-ago quarter."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.plugin import compiled
from newsfacts_dates import anchor
from newsfacts_dates.absolute import year_range
from newsfacts_dates.grammar import GAME_WORDS, KEEP_GIL, LISTS, ORDINALS
from newsfacts_dates.quarter_ends import quarter_end
from newsfacts_dates.reading import (
    Context,
    Match,
    Reading,
    group,
    month_number,
    point_mod,
    shifted,
)


def _calendar_period(match: Match, ctx: Context) -> bool:
    """Whether a match of the quarter rule is a quarter or half of a year: not "a quarter"
    alone, "a quarter of the vote", "the first half of the game", "the third half", nor, in
    a sports report, "the third quarter" without a year (a period of the game)."""
    ordinal = match.group("ordinal")
    rel = match.group("rel")
    det = (match.group("det") or "").lower()
    if ordinal is None and not (det not in ("", "a") or rel or match.group("year_rel")):
        return False  # "a quarter" alone is a fourth ("rose by a quarter"), no period
    following = ctx.text[match.end() : match.end() + 5].lower()
    if following.startswith(" of ") and following[4:5].isalpha():
        return False
    if _last_of_a_year(match):
        return True  # "the last half of 1989"
    if (rel or "").lower() in ("final", "latter"):
        return False  # with no year, a period of a game: "in the final quarter"
    if match.group("period").lower() == "half" and (
        ordinal is None or ORDINALS[ordinal.lower()] > 2
    ):
        return False
    calendar_words = match.group("year") or rel or match.group("of_rel") or match.group("year_rel")
    return bool(
        ordinal is None
        or calendar_words
        or "fiscal" in match.group().lower()
        or not (ctx.sports() or _in_a_game(ctx.text, match.start()))
    )


# Before a quarter or half of a year named, these make it the year's last: "the last
# quarter of 2024", "the final quarter of last year", "the latter half of 2024". Without a
# year, "final" and "latter" tell of a game ("in the final quarter", "the latter half").
_FINAL_WORDS = frozenset(["last", "final", "latter"])


def _last_of_a_year(match: Match) -> bool:
    """Whether the quarter or half is the last of a year named: "the last quarter of 2024"."""
    rel = (match.group("rel") or "").lower()
    return rel in _FINAL_WORDS and bool(match.group("year") or match.group("of_rel"))


# How far before "the fourth quarter" a word of its sentence may tell of a game.
_GAME_REACH = 80
_LOWER_WORD = compiled(r"[a-z]++")


def _in_a_game(text: str, start: int) -> bool:
    """A word of a game before it in its sentence: "left the game in the fourth quarter"."""
    low = max(0, start - _GAME_REACH)
    low = max(low, text.rfind(". ", low, start) + 1, text.rfind("\n", low, start) + 1)
    return any(word in GAME_WORDS for word in _LOWER_WORD.findall(text[low:start].lower()))


def two_quarters(match: Match, ctx: Context) -> Reading | None:
    """ "the first two quarters of 1990" (``1990-H1``, as TimeBank values it), "the last two
    quarters of 2024" (``2024-H2``): a half of the year written, or of the publication's for
    "the first two quarters", as "the first half" is. "the last two quarters" with no year
    is an amount (the duration rule's), and two quarters of a game are no half of a year."""
    first = match.group("nth").lower() == "first"
    year_text, of_rel = group(match, "year"), (group(match, "of_rel") or "").lower()
    if not (year_text or of_rel) and (
        not first
        or _OF_SOMETHING.match(ctx.text, match.end(), match.end() + _OF_REACH) is not None
        or ctx.sports()
        or _in_a_game(ctx.text, match.start())
    ):
        return None
    half = 1 if first else 2
    if year_text:
        return Reading("DATE", f"{year_text}-H{half}")
    if ctx.published is None:
        return Reading("DATE", f"XXXX-H{half}", resolved=False)
    year = ctx.published.year + {"last": -1, "next": 1}.get(of_rel, 0)
    return Reading("DATE", f"{year:04d}-H{half}")


# "of the game" after "the first two quarters": matched with an end (the regex module looks
# for the literal "of" up to the end position, the rest of the text without one)
_OF_SOMETHING = compiled(r"[ \t]++of[ \t]", regex.IGNORECASE)
_OF_REACH = 8


def quarter(match: Match, ctx: Context) -> Reading | None:
    """ "the third quarter", "third-quarter", "the latest quarter", "the first half of 2024",
    "the end of the first quarter" (mod END)."""
    if not _calendar_period(match, ctx):
        return None
    reading = _quarter(match, ctx)
    mod = point_mod(match)
    return reading._replace(mod=mod) if reading is not None and mod else reading


def _quarter(match: Match, ctx: Context) -> Reading | None:
    period = match.group("period").lower()
    ordinal = match.group("ordinal")
    rel = (match.group("rel") or "").lower()
    letter = "Q" if period == "quarter" else "H"
    number = ORDINALS[ordinal.lower()] if ordinal else _months_quarter(match)
    if _last_of_a_year(match):
        number = 4 if letter == "Q" else 2
    if number == 0:
        return None  # "the May-July quarter": no calendar quarter
    if match.group("year"):
        if number is None and letter == "Q" and ctx.published is not None:
            # "the 1988 quarter" in a results report: the reported quarter (the last
            # ended, as for "the quarter") of that year.
            number = _reported_quarter(ctx, match.start())
        return Reading("DATE", f"{match.group('year')}-{letter}{number or 'X'}")
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{letter}{number or 'X'}", resolved=False)
    # "the first quarter of next year", "next year's first quarter"
    of_rel = (match.group("of_rel") or match.group("year_rel") or "").lower()
    if of_rel and number is not None:
        year = _year_named(ctx, match, of_rel, letter, number)
        return Reading("DATE", f"{year:04d}-{letter}{number}")
    # "the year-ago quarter", "for the quarter a year ago": the same quarter, a year back
    year_back = rel in ("year-earlier", "year-ago", "comparable") or group(match, "year_ago")
    year = ctx.published.year - bool(year_back)
    current = anchor.quarter_of(ctx.published) if letter == "Q" else (ctx.published.month > 6) + 1
    ended = quarter_end(ctx, match.end()) if letter == "Q" else None
    if number is None and ended is not None:
        return Reading("DATE", ended)  # "the quarter ended March 29": the one that month ends
    if number is None:
        # "the quarter", "the latest quarter": in news the one just reported, the last ended.
        offset = {"current": 0, "this": 0, "next": 1, "coming": 1}.get(rel, -1)
        if match.group("det") == "this" and not rel:
            offset = 0
        if letter == "Q":
            year, number = anchor.shift_quarter(year, current, offset)
        elif offset != 0:
            year, number = year - (current == 1), 3 - current
        else:
            number = current
        year += {"last": -1, "next": 1}.get(of_rel, 0)  # "last year's quarter": a year before
        return Reading("DATE", f"{year:04d}-{letter}{number}")
    if rel in ("last", "past", "previous", "prior") and number >= current:
        year -= 1
    elif rel not in ("next", "coming"):
        year = _told_year(ctx, match, letter, number) - (ctx.published.year - year)
        if year == ctx.published.year and _not_begun_told_past(ctx, match, letter, number):
            # "delivered 462,890 vehicles in the third quarter" said in June: a quarter not
            # begun yet told in the past is last year's
            year -= 1
    return Reading("DATE", f"{year:04d}-{letter}{number}")


def _year_named(ctx: Context, match: Match, of_rel: str, letter: str, number: int) -> int:
    """The year of a quarter or half of a year named by a word ("of next year", "last year's",
    "of the year"). "The year" is the one the tense points to, as for the quarter alone: "raised
    $12 million in the third quarter of the year", said in January, is last year's."""
    assert ctx.published is not None
    year = ctx.published.year + {"last": -1, "next": 1}.get(of_rel, 0)
    return year - (of_rel == "the" and _not_begun_told_past(ctx, match, letter, number))


def _not_begun_told_past(ctx: Context, match: Match, letter: str, number: int) -> bool:
    """Whether the quarter or half ``number`` of the publication's year has not begun by
    the publication day and its clause tells of it in the past."""
    assert ctx.published is not None
    current = anchor.quarter_of(ctx.published) if letter == "Q" else (ctx.published.month > 6) + 1
    return number > current and ctx.tense_of(match.start(), match.end(), True) == "past"


def _reported_quarter(ctx: Context, start: int) -> int:
    """The number of the quarter a results report is of, at ``start``: the quarter named
    last before it, a few sentences back at most, else the last one ended."""
    assert ctx.published is not None
    named = ctx.last_quarter
    if named is not None and start - ctx.last_quarter_end <= _QUARTER_CONTEXT:
        return int(named[-1])
    return anchor.shift_quarter(ctx.published.year, anchor.quarter_of(ctx.published), -1)[1]


def year_period(match: Match, ctx: Context) -> Reading | None:
    """ "the 1988 period" in a results report: the period named last before it, in that year.
    A quarter makes it that quarter of that year ("net rose in the third quarter ... In the
    1988 period, it earned $3 million": ``1988-Q3``, as "the 1988 quarter" is); nine
    months, a half or a year keep it the year ("in the first nine months ... compared with a
    loss in the 1988 period": ``1988``)."""
    year = match.group("year")
    if ctx.published is not None and year_ago_means_quarter(ctx.text, match.start()):
        return Reading("DATE", f"{year}-Q{_reported_quarter(ctx, match.start())}")
    return Reading("DATE", year)


def _months_quarter(match: Match) -> int | None:
    """The quarter its first and last months name ("the July-September quarter" is the
    third), or the month it ends in, as Australian papers write it ("the June quarter" is
    the second); 0 for months that make no quarter, None for none written."""
    first, last = group(match, "month"), group(match, "month2")
    if first is None:
        return None
    number = month_number(first)
    if last is None:
        return number // 3 if number % 3 == 0 else 0
    last_number = month_number(last)
    aligned = number % 3 == 1 and last_number == number + 2
    return (number + 2) // 3 if aligned else 0


def short_quarter(match: Match, ctx: Context) -> Reading | None:
    """ "Q3 2024", "H1": a quarter or half in the business shorthand."""
    letter = match.group("period_letter").upper()
    number = int(match.group("ordinal"))
    if letter == "H" and number > 2:
        return None
    year_text = match.group("year")
    if match.group("short_year"):
        year_text = "20" + match.group("short_year")
    if year_text:
        return Reading("DATE", f"{year_text}-{letter}{number}")
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{letter}{number}", resolved=False)
    year = _told_year(ctx, match, letter, number)
    return Reading("DATE", f"{year:04d}-{letter}{number}")


def fiscal_short(match: Match, ctx: Context) -> Reading | None:
    """ "FY26", "FY 2025": a fiscal year in the business shorthand, read as the year it is
    named after (as "fiscal 2026" is)."""
    short = group(match, "short_year")
    return Reading("DATE", f"20{short}" if short else match.group("year"))


def fiscal_split(match: Match, ctx: Context) -> Reading | None:
    """ "FY26/27", "FY25-26": a financial year split in the business shorthand with two-digit
    years, the first year's value and both in its range, as "FY2026/27" is; "FY2026/27" is
    read as the range of years it is ("the 2025-26 season")."""
    short = group(match, "short_year")
    if short is None:
        return year_range(match, ctx)
    first = 2000 + int(short)
    if match.group("year2") != f"{(first + 1) % 100:02d}":
        return None  # "FY26/29": no financial year
    return Reading("DATE", f"{first}", range=(f"{first}", f"{first + 1}"))


def _business_year(published: dt.date, letter: str, number: int) -> int:
    """The year of a quarter or half named without one: the fourth quarter named in the
    first is last year's (results are reported after the quarter ends)."""
    current = anchor.quarter_of(published) if letter == "Q" else (published.month > 6) + 1
    return published.year - (letter == "Q" and number - current >= 2)


def _told_year(ctx: Context, match: Match, letter: str, number: int) -> int:
    """The business year of a quarter named without a year, unless its clause looks ahead:
    "the fourth quarter" said in June is last year's, but "the deal is expected to close in
    the fourth quarter" (or "expects a loss in Q4") is this year's, as a quarter to come. Not
    the quarter just ended, whose results are still to come: "will report fourth-quarter
    results on Feb. 3" said in January is last year's."""
    assert ctx.published is not None
    year = _business_year(ctx.published, letter, number)
    if year == ctx.published.year or (number, anchor.quarter_of(ctx.published)) == (4, 1):
        return year
    ahead = ctx.tense_of(match.start(), match.end(), True) == "future"
    return year + ahead


# Signals after an amount that count from another event ("two days later"), and the
# grains for which "<n> <unit> earlier" still names a date ("a year earlier" in results).


# How far back the period an earnings report speaks of is looked for before "a year ago".
_QUARTER_CONTEXT = 600
# The periods a results report speaks of, the nearest before "a year earlier" deciding: a
# quarter makes it the year-ago quarter ("profit rose in the third quarter ... from $4
# million a year earlier"), nine months, a half or a year keep it a year ("for the nine
# months, ... up from $15 million a year earlier"; "the three months" is a quarter, "two or
# three months from now" none; nor is "quarterly", which names no period: "its quarterly
# earnings release"; nor a fraction of something else: "its quarter-century low", "a
# quarter point", "the half hour"). Read backwards from "a year earlier".
_NOT_A_PERIOD = rf"""(?![ \t-](?:{"|".join(LISTS["fraction_nouns"])})\b)"""
_PERIOD_NAMED = compiled(
    rf"""\b(?: (?P<quarter> quarter{_NOT_A_PERIOD} | the[ \t]++three[ \t]++months )
        | (?:nine|six)[ \t]++months | (?:first|second|the)[ \t-]half{_NOT_A_PERIOD}
        | (?:full|fiscal|calendar)[ \t]++year | year[ \t]++ended | for[ \t]++the[ \t]++year )\b""",
    flags=regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,
)


def year_before_quarter(ctx: Context, start: int) -> str:
    """ "A year earlier" in an earnings report: the quarter a year before the one named just
    before it ("the quarter ended March 29 ... a year earlier"), else before the last one
    ended."""
    assert ctx.published is not None
    named = ctx.last_quarter
    if named is not None and start - ctx.last_quarter_end <= _QUARTER_CONTEXT:
        return f"{int(named[:4]) - 1:04d}{named[4:]}"
    return shifted(ctx.published, "quarter", -5)


def year_ago_means_quarter(text: str, start: int) -> bool:
    """In an earnings report "a year ago" is the same quarter a year before, when a quarter
    is the period last named before it."""
    named = _PERIOD_NAMED.search(text, max(0, start - _QUARTER_CONTEXT), start, KEEP_GIL)
    return named is not None and named.group("quarter") is not None


# An amount right before "last year", or right after "last year's": "against a deficit of
# $7 million last year", "up from last year's $1.55 billion" (read backwards from "last").
_AMOUNT_BEFORE = compiled(
    r"(?:\d|million|billion|trillion|cents|share|percent|%)[ \t]++\G", flags=regex.REVERSE
)
_AMOUNT_AFTER = compiled(r"['’]s[ \t]++[$£€¥\d]")


def year_ago_amount(text: str, start: int, end: int) -> bool:
    """Whether "last year" between ``start`` and ``end`` goes with an amount compared, as
    results are ("sales rose to $5 million from $4 million last year"), not a year told of
    ("last year, the company cut 500 jobs")."""
    return (
        _AMOUNT_BEFORE.match(text, max(0, start - 16), start) is not None
        or _AMOUNT_AFTER.match(text, end, end + 8) is not None
    )
