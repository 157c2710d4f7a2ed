"""Readings recalled: where the text around a number repeats, so does the number's reading.

A text of years or of clock times ("1999 2000 2001 ...", "10:30 a.m. 10:30 a.m. ...") reads
the same few numbers over and over, each through its rule's pattern and normalizer. The rules
of :data:`WINDOWED_RULES` read nothing of the text but :data:`READ_BEFORE` characters before
where they start and :data:`READ_AFTER` after it, and nothing of the context but the
publication day (one for the article) and the dates last read (which the key holds), unless
they ask for the tense of the sentence or the kind of article, which :class:`Recall` counts.
An expression read where neither was asked for is kept, within one scan, for the next number
with the same text around it and the same dates before it; and so is the finding of none (a
page of "1.1.1.1." reads the same nothing at every "1"). Only in a text of
:data:`RECALL_FROM` candidates or more: news almost never repeats the text around a number
(26 of the 55,700 numbers and words read in the 2,463 dev articles), and keeping the
outcomes, by keys of the text around the number and the dates before it, cost some 10,000
instructions a word read (33 M in the 3,149 reads of 100 CoNLL articles).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from newsfacts_dates.reading import Context, Found, Reading

#: The fewest candidates (where an expression may start) of a text whose readings are kept:
#: all but 7 of the 2,463 dev articles have fewer, 97 in 100 fewer than 100; a page of
#: figures has thousands.
RECALL_FROM = 256
#: The rules that start at a number and read only the text around it (see the module's doc;
#: a race's time reads the 12 characters before it).
WINDOWED_RULES = frozenset(["iso", "numeric", "clock", "race_time", "decade", "yearrange", "year"])
#: How far before its start a windowed rule reads: the two characters its pattern looks back
#: at, and a clock time's day named up to 80 characters before (``clock._DAY_REACH``).
READ_BEFORE = 96
#: How far after its start a windowed rule reads: its longest match (81 characters, a clock
#: time with its weekday and date), the two characters after it, and the 16 that a year's
#: next word is read from ("2015 points").
READ_AFTER = 128
# A look-up costs a microsecond (a third of what a number that is no date costs, and a miss
# also keeps its key): a text that has not repeated the text around its numbers in this many
# numbers, nor once in every three since, is not looked up any further (a page of ordinals
# repeats one in five: its look-ups cost more than they save). As many as the candidates a
# text needs to be looked up at all: news, which does not repeat, pays for as many look-ups
# whatever its length (a thousand in vain were a twelfth of the dates field's work on ten
# articles joined into one, and a length check over its target); a page that repeats does
# so within its first few numbers (years, clock times, ordinals: no slower at 256 than at
# 1,000 or 64).
_MISSES_ALLOWED = RECALL_FROM
_MISSES_PER_HIT = 2


@attrs.define(repr=False, eq=False)
class Recall:
    """The readings of one scan's windowed rules, by the text around them."""

    text: str
    #: None when a trace is recorded: each decision must then be made (and shown) anew.
    outcomes: dict[tuple[object, ...], tuple[int, int, Reading] | None] | None
    #: (text, start, word, heads) -> the rules to try at ``word`` (candidates.rules_at)
    rules_at: Callable[[str, int, str, frozenset[str]], tuple[str, ...]]
    #: (text, start, rules, context) -> what the first rule that reads there found
    match_rules: Callable[[str, int, tuple[str, ...], Context], Found | None]
    #: How many times a reading asked for more than the text around it (the scan's tense_of
    #: and sports count them).
    far_reads: int = 0
    #: How many numbers were recalled, and how many were looked for in vain.
    hits: int = 0
    misses: int = 0

    def read(self, start: int, word: str, heads: frozenset[str], context: Context) -> Found | None:
        """What the rules for ``word`` (and the kinds of ``heads`` after it) find at
        ``start``: read, or recalled from the same text around an earlier number."""
        text = self.text
        if self.outcomes is None or self.misses > _MISSES_ALLOWED + _MISSES_PER_HIT * self.hits:
            return self.match_rules(text, start, self.rules_at(text, start, word, heads), context)
        # The key holds what decides the rules (the word, the text after it, the heads) and
        # what they read; a shorter stretch at the text's start, its length in the key.
        lead = min(start, READ_BEFORE)
        key = (heads, lead, text[start - lead : start + READ_AFTER], *_dates_before(context, start))
        known = self.outcomes.get(key, _NOT_KEPT)
        if known is not _NOT_KEPT:
            self.hits += 1
            return None if known is None else (start + known[0], start + known[1], known[2])
        self.misses += 1
        rules = self.rules_at(text, start, word, heads)
        far_reads = self.far_reads
        found = self.match_rules(text, start, rules, context)
        # (A number that is no date too: the misses allowed above bound the keys of a text
        # of numbers that repeats few.)
        if self.far_reads == far_reads and WINDOWED_RULES.issuperset(rules):
            kept = None if found is None else (found[0] - start, found[1] - start, found[2])
            self.outcomes[key] = kept
        return found


# What outcomes.get() gives for a key not kept (None is a kept finding of no expression).
_NOT_KEPT = (0, 0, Reading("", ""))


def _dates_before(context: Context, start: int) -> tuple[object, ...]:
    """The dates last read, and where they end relative to ``start``: all ends before the
    text a windowed rule reads are one to it."""
    return (
        context.last_date,
        max(context.last_date_end - start, -READ_BEFORE - 1),
        context.last_quarter,
        max(context.last_quarter_end - start, -READ_BEFORE - 1),
    )
