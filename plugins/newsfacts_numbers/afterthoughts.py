"""A small count after "or" that a noun before it names: "another pick or two", "a mile or
two", "an hour or three"."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.raw import Raw

# "a|an|another", a noun in lower case and "or" right before the count: "add another pick or
# two" (the noun is the one thing counted: "a pick or two picks")
_NOUN_OR = compiled(r"\b(?:a|an|another|one)[ \t]++(\p{Ll}{3,}+)[ \t]++or[ \t]++\Z")
_REACH = 40  # characters before the count the pattern reads
_OR = " or "  # what stands right before such a count: the quick test
_SMALL = frozenset([2, 3])  # the counts said so: "a day or two", "a game or three"


def noun_before(text: str, raw: Raw) -> str | None:
    """The noun of "a pick or two" before the bare count ``raw`` ("two"), or None."""
    if raw.kind != "count" or raw.unit is not None or raw.low is not None:
        return None
    if not text.endswith(_OR, 0, raw.start) or raw.value not in _SMALL:
        return None
    found = _NOUN_OR.search(text, max(0, raw.start - _REACH), raw.start)
    if found is None:
        return None
    noun = found.group(1)
    if noun in lx.COUNTED_STOPS or noun in lx.NUMBER_WORDS or noun in lx.CURRENCY_LOOKUP:
        return None  # "a few or two", "a dollar or two" (an amount, left to its own rules)
    return noun


def take_noun(text: str, raw: Raw) -> str | None:
    """What the bare count ``raw`` counts after "a pick or": the noun (returned), or the
    unit the noun names, set on ``raw`` ("a mile or two" is 2 miles; None returned)."""
    noun = noun_before(text, raw)
    if noun is None:
        return None
    unit = lx.UNIT_LOOKUP.get(lx.case_key(noun))
    if unit is None:
        return noun
    raw.unit, raw.kind = unit
    return None
