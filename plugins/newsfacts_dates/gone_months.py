"""Months that can only be the one under way or gone, whatever the tense reads.

A month right before the noun of a report on it, up to three words between: "the November
jobs report", "each charity's March expense reports", "a June poll". A report tells of a
month under way or gone, never of one to come: "Markets will watch the November jobs report
on Friday", said on 1 December with a future verb, is the November just gone, and "must
file its February reports", said in March, the February just gone (the tense read the next).

A month in a phrase opened by "since" and a verb in "-ing": "Since leaving office in
December, he has written a book", "Since saying in October that she would retire":
"since" counts from a time gone (a "would" after it, or no verb in reach, read the next)."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import KEEP_GIL, LISTS

# After the month: its possessive or not, up to three words in lower case that are no word of
# grammar (the report's subject: "jobs", "expense"), then the report's noun
# (data/word_lists.tsv: report_nouns). Not "in May the report said": "the" leads a clause.
_REPORT_AFTER = compiled(
    rf"""(?:['’]s)?
    (?:[ \t]++(?!(?:the|a|an|this|that|its|their|his|her|and|or|to|of|in|on|at|for|as|by|with
    |from|is|was|are|were|will|would)\b)\p{{Ll}}[\p{{Ll}}-]*+){{0,3}}?
    [ \t]++(?:{"|".join(LISTS["report_nouns"])})\b""",
    flags=regex.VERBOSE,
)
_REPORT_REACH = 60  # characters read after the month

# Before the month: "since", a verb in "-ing", then up to 60 characters of no mark that ends
# a clause, then "in" or "on" right before the month: "Since leaving office in ", "since
# joining the firm in ". Read backwards from the month (REVERSE, anchored by \G).
_SINCE_GERUND_BEFORE = compiled(
    r"\b(?i:since)[ \t]++\p{Ll}++ing\b[^,;:.!?()\"“”]{0,60}?[ \t](?:in|on)[ \t]++\G",
    flags=regex.REVERSE,
)
_SINCE_REACH = 90  # characters read back for it


def gone_month(text: str, start: int, end: int) -> bool:
    """Whether the month at ``start``..``end`` is the one under way or gone: a report after
    it tells of it, or "since" and a verb in "-ing" open its phrase."""
    return (
        _REPORT_AFTER.match(text, end, end + _REPORT_REACH, KEEP_GIL) is not None
        or _SINCE_GERUND_BEFORE.match(text, max(0, start - _SINCE_REACH), start, KEEP_GIL)
        is not None
    )
