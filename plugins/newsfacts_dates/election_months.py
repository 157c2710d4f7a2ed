"""A month before the noun of an election that a holiday of that month holds, or after a word
of winning or voting: "the November election", "November's general election", "can win in
November" are of the month of the US Election Day the holiday's rule gives
(``data/holidays.tsv``: every other year, an odd year's only in its own news), not of the
November an unmarked month points to (said in March 2016, the one just gone)."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import LISTS
from newsfacts_dates.holidays import election_day
from newsfacts_dates.reading import Context, Match

# The month of Election Day: November (its rule's first number, "11:1:1:1")
_ELECTION_MONTH = 11

# After the month: its possessive or not, maybe a word of the election's kind, then the noun
# of the election (data/word_lists.tsv: election_kinds, election_nouns): "the November
# election", "November's general election", "the November ballot" (not "the November jobs
# report", "November polls": a survey is held any month).
_ELECTION_AFTER = compiled(
    rf"""(?:['’]s)?(?:[ \t]++(?:{"|".join(LISTS["election_kinds"])}))?
    [ \t]++(?:{"|".join(LISTS["election_nouns"])})\b""",
    flags=regex.IGNORECASE | regex.VERBOSE,
)
_AFTER_REACH = 40

# Before "in November", in its clause: a word of winning or voting (data/word_lists.tsv:
# election_words): "can win in November", "if she is elected governor in
# November", "plan to vote for him in November" (read backwards from the month:
# "in" right before it, up to eight words between, no mark that ends a clause).
_ELECTION_BEFORE = compiled(
    rf"""\b(?:{"|".join(LISTS["election_words"])})\b
    (?:[ \t]++[\w'’-]++){{0,8}}?[ \t]++in[ \t]++\G""",
    flags=regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,
)
_BEFORE_REACH = 90


def election_year(match: Match, ctx: Context, number: int) -> int | None:
    """The year of the month ``number`` of ``match`` when an election's noun follows it or a
    word of winning or voting leads to it ("the November election", "is elected governor
    in November") and Election Day falls in it, else None; None too in a clause
    told in the past, whose November is the one gone, as any month's ("Democrats lost
    seats in the November election", said in January, whatever year it was held)."""
    if number != _ELECTION_MONTH:
        return None
    start, end = match.start(), match.end()
    if (
        _ELECTION_AFTER.match(ctx.text, end, end + _AFTER_REACH) is None
        and _ELECTION_BEFORE.match(ctx.text, max(0, start - _BEFORE_REACH), start) is None
    ):
        return None
    if ctx.tense_of(start, end, True) == "past":
        return None
    return election_day(match, ctx).year
