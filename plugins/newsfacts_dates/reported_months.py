"""A month right before the noun of a report on it, up to three words between: "the November
jobs report", "their February campaign finance reports", "a June poll". A report tells of a
month under way or gone, never of one to come: "the release of the November jobs report",
said on 1 December with a future verb, is the November just gone, and "must file their
February reports", said in March, the February just gone (the tense read the next)."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import LISTS

# After the month: its possessive or not, up to three words in lower case that are no word of
# grammar (the report's subject: "jobs", "campaign finance"), then the report's noun
# (data/word_lists.tsv: report_nouns). Not "in May the report said": "the" leads a clause.
_REPORT_AFTER = compiled(
    rf"""(?:['’]s)?
    (?:[ \t]++(?!(?:the|a|an|this|that|its|their|his|her|and|or|to|of|in|on|at|for|as|by|with
    |from|is|was|are|were|will|would)\b)\p{{Ll}}[\p{{Ll}}-]*+){{0,3}}?
    [ \t]++(?:{"|".join(LISTS["report_nouns"])})\b""",
    flags=regex.VERBOSE,
)
_REPORT_REACH = 60  # characters read after the month


def reported_month(text: str, end: int) -> bool:
    """Whether the month ending at ``end`` is the month a report after it tells of."""
    return _REPORT_AFTER.match(text, end, end + _REPORT_REACH) is not None
