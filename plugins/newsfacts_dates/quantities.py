"""A number shaped as a year at one end of a range of quantities is no year: "1800 - 2500
calories", "between 1710 and 1910 homes", "1,500 to 2000 people". A range holds one kind of
thing at both ends, and the other end tells the kind: a number no year can be (a comma or a
decimal point, three digits or five, four outside 1000 to 2099: "2,000", "2500") or a
year-shaped one before a counted noun (``data/year_blockers.txt``: "1910 homes"). A range
rises from its low end to its high one: "2018 - 1,500 deaths" is a year and its figure, as
a list writes them. So is one after a word that leads only an amount and before a plural:
"more than 1600 civilians", "about 2000 protesters", "nearly 1900 migrants"
(``data/word_lists.tsv``: count_leads). Two year-shaped ends more than a century apart
before a plural in lower case count it too: "from 1000 to 2000 hires" (a range of years
in news spans years or decades, "the 2008 and 2012 races", and one of centuries names
no plural after it: "Between 1650 and 1850 global temperatures fell")."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import COUNT_LEADS, NO_PLURALS, YEAR_BLOCKERS

# The other end after the number: a dash or "to" or "and", a number, maybe a word after it
# ("1800 - 2500 Calories", "1710 and 1910 homes"). Possessive quantifiers: linear.
_END_AFTER = compiled(
    r"""[ \t]*+(?:[-–—]|to\b|and\b)[ \t]*+
    (?P<end>\d++(?:[,.]\d++)*+)
    (?:[ \t]++(?P<word>\p{L}++))?""",
    flags=regex.VERBOSE,
)
# The other end before the number, read backwards from it ("1,500 to 2000 people")
_END_BEFORE = compiled(
    r"""(?P<end>\d++(?:[,.]\d++)*+)[ \t]*+(?:[-–—]|\bto|\band)[ \t]*+\G""",
    flags=regex.VERBOSE | regex.REVERSE,
)
# Where a range may be: what the text after or before the number holds (a quick test first:
# a text of years has a year at every few words)
_JOINERS_NEAR = ("-", "–", "—", " to ", " and ")
# Words before a year that make it a time whatever follows: "rose in 2019 to 2,500" is a
# year and a level, "by 2030 and 500 more" a year and a count
_TIME_LEADS = frozenset(["in", "since", "by", "of", "until", "till", "before", "after", "during"])
# A number that may be a year at the other end, though the rules read fewer ("1558-1603")
_MAY_BE_A_YEAR = compiled(r"1\d\d\d|20\d\d")
_SHORT = 2  # digits of an end that may be a year's last two ("1990-95"): left as they are
# The widest range of years before a plural ("from 1900 to 2000 prices rose" may be one)
_LONGEST_YEARS_BEFORE_A_PLURAL = 100
# The word right after the number, as written
_WORD_AFTER = compiled(r"[ \t]++(\p{L}++)")


def in_range_of_quantities(text: str, start: int, end: int, word_before: str) -> bool:
    """Whether the year-shaped number at ``start:end`` (``word_before`` it, lower-cased) is
    one end of a range whose other end is no year."""
    if word_before in _TIME_LEADS:
        return False
    after = None
    if any(joiner in text[end : end + 6] for joiner in _JOINERS_NEAR):
        after = _END_AFTER.match(text, end, end + 48)
    year = int(text[start : start + 4])  # "2001's": the digits
    if after is not None:
        number, word = after.group("end"), after.group("word")
        return _value(number) > year and (
            _no_year(number, word) or _centuries_of(year, _value(number), word)
        )
    if not any(joiner in text[max(0, start - 6) : start] for joiner in _JOINERS_NEAR):
        return False
    before = _END_BEFORE.match(text, max(0, start - 40), start)
    if before is None:
        return False
    number = before.group("end")
    if _value(number) >= year:
        return False
    if _no_year(number, None):
        return True
    word = _WORD_AFTER.match(text, end, end + 32)
    return word is not None and _centuries_of(_value(number), year, word.group(1))


def _value(number: str) -> float:
    """ "1,500" is 1500, "2.5" 2.5, "1.500.000" (dots grouping thousands) 1500000."""
    grouped = number.replace(",", "")
    if grouped.count(".") > 1:
        grouped = grouped.replace(".", "")
    return float(grouped)


def _no_year(number: str, word: str | None) -> bool:
    """Whether ``number`` (``word`` after it) is no year: "2,000", "2500", "500", "1910
    homes"; not "2010", nor a short end "95"."""
    if "," in number or "." in number:
        return True
    if len(number) <= _SHORT:
        return False
    if _MAY_BE_A_YEAR.fullmatch(number) is None:
        return True
    return word is not None and word.lower() in YEAR_BLOCKERS


def _centuries_of(low: float, high: float, word: str | None) -> bool:
    """Whether ends ``low`` and ``high``, more than a century apart, count ``word`` after
    them, a plural in lower case ("1000 to 2000 hires")."""
    return (
        high - low > _LONGEST_YEARS_BEFORE_A_PLURAL
        and word is not None
        and word.islower()
        and _plural(word)
    )


def _plural(word: str) -> bool:
    """Whether the lower-case ``word`` may be a plural: "civilians", not "this" or "levels"."""
    return len(word) > 3 and word.endswith("s") and word not in NO_PLURALS


def counted_after_amount(word_before: str, word_after: str) -> bool:
    """Whether a year-shaped number between ``word_before`` and ``word_after`` (lower-cased)
    counts what follows it: a word that leads only an amount before it ("than" of "more
    than", "about", "nearly") and a plural after it ("civilians", "protesters"; not
    "levels": "higher than 2005 levels" is the year's)."""
    return word_before in COUNT_LEADS and _plural(word_after)
