"""A rate: "a year", "a day" or "an hour" counted against an amount before it ("twice a
year", "$5 a day", "20,000 people a year"), a ``SET``, not an amount of time.

The amount may be a number with its noun ("300,000 electric vehicles a year"), a number of
millions before up to three words ("200 million paper cups a year"), two nouns joined
("40 books and journals a year"), a number with "-plus" ("50-plus hours a week"), a bare
count ("about six an hour"), a money with "or more" ("$30 or more an hour") or a count
with no number ("several trips a year", "multiple concerts a week"). The word right before the
unit must be no verb of the past: "Two men spent a year in jail", "The 12 jurors took a
year to decide" are amounts of time.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import IRREGULAR_VERBS, NUMBER_WORDS, compiled

# The words of a count before the noun it counts: any number written in words ("fifty
# thousand CDs a year", "a million visitors a year"), the plural counts of "hundreds of
# workers a year", "thousands of migrants a year", and the counts with no number ("several
# trips a year", "multiple concerts a week")
_COUNT_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Words that end a counted noun's phrase: a preposition or a determiner after the count
# ("after a decade", "for a day's work"), and "and" or "or" as its first or last word.
_NOT_NOUN = r"""(?:after|before|for|during|in|on|at|by|to|than|of|about|within|over|under|and
    |or|the|a|an|its|their|his|her)\b"""
_FREQUENCY_BEFORE = compiled(
    rf"""(?:once|twice|thrice|times|\d|[$£€]\S*|million|billion|thousand|cents?|seats|flights
    # a number and the noun it counts, and up to two more words: "20,000 people a year",
    # "two meals a day", "200 million paper cups a year", "40 books and journals a year"
    | \b(?:\d[\d.,]*+(?:-plus|\+)?
           (?:\s+(?:hundred|thousand|million|billion|trillion))?
         |{_COUNT_WORDS}|several|multiple|many|numerous|countless|few
         |(?:hundreds|thousands|millions|billions|trillions|dozens)\s+of)
      \s+(?!{_NOT_NOUN})[a-z][a-z\-]*
      (?:\s+(?:(?:and|or)\s+)?(?!{_NOT_NOUN})[a-z][a-z\-]*){{0,2}}
      # a noun of a measure: "three cups of coffee a day", "eight hours of sleep a night",
      # "2,600 tonnes of sulphur dioxide a year"
      (?:\s+of(?:\s+[a-z][a-z\-]*){{1,2}})?
    # a count alone ("about six an hour"; not "one": "the one a year ago"), a money with
    # "or more" ("$30 or more an hour")
    | \b(?!one\b)(?:{_COUNT_WORDS})
    | [$£€]\S*\s+or\s+(?:more|less)
    )\)?(?:\s+|-)$  # "$5 a day", "a £200,000-a-week deal", "9,000 rand (about $480) a year"
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# How far before "a year" the rate's number is looked for
_FREQUENCY_REACH = 40

# The pasts and participles of the irregular verbs ("spent", "took", "taken"): right before
# the unit, the verb whose time it is, no noun counted.
_IRREGULAR_PASTS = frozenset(
    form for verb in IRREGULAR_VERBS for form in (verb.past, verb.participle)
) - frozenset(NUMBER_WORDS)
_LAST_WORD = compiled(r"(\w++)\W*+$")


def _past_verb(word: str) -> bool:
    """Whether ``word`` (lowered) is a past of a verb: an irregular one's or one in "-ed"
    ("waited", "expected"; not "hundred", nor a short word as "bed")."""
    return word in _IRREGULAR_PASTS or (
        len(word) > 4 and word.endswith("ed") and word not in NUMBER_WORDS
    )


def is_frequency(text: str, start: int) -> bool:
    """Whether "a year" at ``start`` reads as a rate ("twice a year", "$5 a day", "20,000
    people a year"): an amount before it, the word right before it no verb of the past."""
    low = max(0, start - _FREQUENCY_REACH)
    if _FREQUENCY_BEFORE.search(text, low, start) is None:
        return False
    last = _LAST_WORD.search(text, low, start)
    return last is None or not _past_verb(last.group(1).lower())
