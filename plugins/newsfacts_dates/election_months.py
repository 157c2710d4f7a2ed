"""A month before the noun of an election that a holiday of that month holds, or after a word
of winning or voting: "the November election", "November's general election", "can win in
November" are of the month of the US Election Day the holiday's rule gives
(``data/holidays.tsv``: every other year, an odd year's only in its own news), not of the
November an unmarked month points to (said in March 2016, the one just gone). So is a
November no tense marks said from March to Election Day of a year the cycle holds one, a
word of the campaign near ("chances in November", "governorships at stake in November"):
there the election's month is meant far more often than the one gone, four months back or
more."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import LISTS
from newsfacts_dates.holidays import cycle_election_day, election_day
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


# The season of an election: from March (the November gone four months back or more) to
# Election Day of a year the cycle holds one.
_SEASON_OPENS = 3

# A determiner or an owner's "'s" right before the month: a November of something else ("a
# November interview", "her November speech") or of a year told before ("that November").
# Read backwards from the month (REVERSE, anchored by \G).
_DETERMINED = compiled(
    r"""(?:\b(?i:a|an|the|this|that|his|her|its|their|our|my|your|every|each)|['’]s)
    [ \t]++\G""",
    flags=regex.VERBOSE | regex.REVERSE,
)
_DETERMINED_REACH = 12

# "from" before the month, up to four words between: the start of a change ("up from 38
# percent in November", "12 points from November"), a time gone. Read backwards from the
# month (REVERSE, anchored by \G).
_CHANGED_FROM = compiled(r"\b(?i:from)(?:[ \t]++[\w.,%$’'-]++){0,4}?[ \t]++\G", flags=regex.REVERSE)
_CHANGED_REACH = 60

# A word of an election campaign near the month (data/word_lists.tsv: election_talk): the
# season's rule holds only where the article talks of the race around the month, not in a
# company's news of the same spring ("figures for November show" a month gone).
_ELECTION_TALK = compiled(rf"\b(?:{'|'.join(LISTS['election_talk'])})\b", flags=regex.IGNORECASE)
_TALK_REACH = 1500


def _in_election_season(match: Match, ctx: Context) -> bool:
    """Whether the November of ``match`` is said in an election's season, with a word of the
    campaign within :data:`_TALK_REACH` characters, no determiner before it nor a "from"
    that starts a change: there the November to come is the election's ("chances in
    November", "the governorships at stake in November", said in May of an election year)."""
    published = ctx.published
    if published is None or published.month < _SEASON_OPENS:
        return False
    day = cycle_election_day(published.year)
    if day is None or published > day:
        return False
    text, start = ctx.text, match.start()
    return (
        _DETERMINED.match(text, max(0, start - _DETERMINED_REACH), start) is None
        and _CHANGED_FROM.match(text, max(0, start - _CHANGED_REACH), start) is None
        and _ELECTION_TALK.search(text, max(0, start - _TALK_REACH), start + _TALK_REACH)
        is not None
    )


def election_year(match: Match, ctx: Context, number: int) -> int | None:
    """The year of the month ``number`` of ``match`` when an election's noun follows it or a
    word of winning or voting leads to it ("the November election", "is elected governor
    in November") and Election Day falls in it, or when it is said in an election's season
    (:func:`_in_election_season`), else None; None too in a clause told in the past, whose
    November is the one gone, as any month's ("Democrats lost seats in the November
    election", said in January, whatever year it was held)."""
    if number != _ELECTION_MONTH:
        return None
    start, end = match.start(), match.end()
    named = (
        _ELECTION_AFTER.match(ctx.text, end, end + _AFTER_REACH) is not None
        or _ELECTION_BEFORE.match(ctx.text, max(0, start - _BEFORE_REACH), start) is not None
    )
    if not named and not _in_election_season(match, ctx):
        return None
    if ctx.tense_of(start, end, True) == "past":
        return None
    return election_day(match, ctx).year
