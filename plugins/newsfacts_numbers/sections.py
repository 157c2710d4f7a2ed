"""Numbers that name a section of a league or a tournament, not a quantity: "Division two",
"a World Cup soccer group six qualifier", "a Group 1 race" (``data/section_words.txt``)."""

from __future__ import annotations

from decimal import Decimal

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx

# What follows a section's number: the end of a line or the text, or a mark that closes a
# name ("Division one\n", "group 3, which", "(group 4)"), or a word in lower case
_AFTER = compiled(r"[ \t]*+(?:(?P<mark>[\n,;:)]|\Z)|(?P<word>\p{Ll}[\p{Ll}-]*+))")


def names_section(text: str, word: str, end: int, value: Decimal) -> bool:
    """Whether the number that ends at ``end``, after ``word``, names a section: after a
    capitalized section word always ("Division two", "Group 1"); after one in lower case at
    the end of a line or before a mark ("Welsh division one"), or, above one, before a
    singular noun, which a count of two or more would not take ("group six qualifier";
    "the group 20 years ago" and "one group one deal" are counts), no scale, unit nor
    function word ("the group 5 million", "the group 10 km", "the group 20 or so")."""
    if word not in lx.SECTION_WORDS:
        return False
    if word[0].isupper():
        return True
    after = _AFTER.match(text, end)
    if after is None:
        return False
    if after["mark"] is not None:
        return True
    noun = after["word"]
    return (
        value > 1
        and not noun.endswith("s")
        and noun not in lx.SCALES
        and noun not in lx.UNIT_LOOKUP
        and noun not in lx.COUNTED_STOPS
        and not noun.endswith("ed")
    )
