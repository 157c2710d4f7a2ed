"""The words of English for numbers, one table every field reads alike.

Numbers are spelled out in news ("two", "a dozen", "twenty-first"). The numbers field reads
them as counts and ordinals ("at least two people", "the third time"), the dates field as the
amount of a duration ("two weeks" is P2W) and the quarter of a year ("the third quarter").
They read the same rows, :data:`NUMBER_WORDS` (``newsfacts/data/number_words.tsv``) and
:data:`ORDINAL_WORDS` (``newsfacts/data/ordinal_words.tsv``), so a word added there is known
to both; a field keeps in its own data only the phrases that are its own (the dates field's
"a couple of", "several").

    >>> NUMBER_WORDS["twelve"], NUMBER_WORDS["million"]
    (NumberWord(value=12, role='teen'), NumberWord(value=1000000, role='scale'))
    >>> ORDINAL_WORDS["third"], "3rd" in ORDINAL_WORDS
    (3, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from newsfacts.tables import read_table


@attrs.frozen
class NumberWord:
    """A spelled-out number's value and the part it plays in a longer number: "twenty" is
    20, "tens" ("twenty-four"); "hundred" multiplies what precedes it."""

    #: Its value (20).
    value: int
    #: "digit" (zero to nine), "teen" (ten to nineteen), "tens" (twenty to ninety), "hundred"
    #: (multiplies what precedes it), "scale" (thousand and up: closes a group of three
    #: digits) or "dozen" (12, multiplies what precedes it).
    role: str


#: Each spelled-out number, lower case, in the table's order ("zero" to "ninety", "hundred",
#: "thousand" to "trillion", "dozen") -> its value and role.
NUMBER_WORDS: Mapping[str, NumberWord] = MappingProxyType(
    {
        word: NumberWord(int(value), role)
        for word, value, role in read_table("newsfacts", "number_words.tsv", columns=3)
    }
)

#: Each spelled-out ordinal, lower case ("first", "twelfth", "hundredth") -> its value.
ORDINAL_WORDS: Mapping[str, int] = MappingProxyType(
    {word: int(value) for word, value in read_table("newsfacts", "ordinal_words.tsv", columns=2)}
)
