"""Decades and centuries: "the 1990s" (199), "the '80s", "the nineties", "the 20th century"
(19). Not an age ("a hiker in his fifties", "women in their late thirties": a decade word
after a possessive), nor a name ("21st Century Fox", "20th Century Studios": a century
written with a capital before another capitalized word)."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import DECADE_WORDS, KEEP_GIL
from newsfacts_dates.reading import Context, Match, Reading, group, point_mod


def decade(match: Match, ctx: Context) -> Reading | None:
    """ "the 1990s" is 199; "the '80s" takes the century nearest below the publication."""
    century = match.group("century")
    if century is None:
        base = ctx.published.year if ctx.published else 1999
        digit = int(match.group("decade"))
        century_number = base // 100 if digit * 10 <= base % 100 else base // 100 - 1
        return Reading("DATE", f"{century_number}{digit}", point_mod(match))
    return Reading("DATE", f"{century}{match.group('decade')}", point_mod(match))


# An owner before a decade word, maybe "early", "mid" or "late" between, makes it an age:
# "in his fifties", "in their mid-thirties". Read backwards from the decade word (REVERSE,
# anchored by \G), so that a match from "sixties" of "mid-sixties" is an age too.
_AGE_OWNER_BEFORE = compiled(
    r"\b(?i:his|her|their|my|your|our)[ \t]++(?:(?i:early|mid|late)[- \t]++)?\G",
    flags=regex.REVERSE,
)
_AGE_REACH = 16  # characters read back for it


def decade_word(match: Match, ctx: Context) -> Reading | None:
    """ "the nineties": of the century named, else the 1900s; after a possessive an age."""
    start = match.start()
    if _AGE_OWNER_BEFORE.match(ctx.text, max(0, start - _AGE_REACH), start, KEEP_GIL):
        return None  # "a hiker in his fifties", "in her early forties"
    century_number = 18 if (group(match, "century_word") or "").lower() == "eighteen" else 19
    digit = DECADE_WORDS[match.group("decade_word").lower()]
    return Reading("DATE", f"{century_number}{digit}", point_mod(match))


# "Century" with a capital, then a capitalized word: the century begins a name
_CENTURY_NAME = compiled(r"Century[ \u00a0]++\p{Lu}")


def century(match: Match, ctx: Context) -> Reading | None:
    """ "the 20th century" is 19: the hundreds that begin its years; none in a name."""
    if _CENTURY_NAME.match(ctx.text, match.end() - len("Century"), None, KEEP_GIL):
        return None  # "21st Century Fox", "a 20th Century Fox film"
    number = int(match.group("nth"))
    return Reading("DATE", f"{number - 1:02d}") if 1 <= number <= 21 else None
