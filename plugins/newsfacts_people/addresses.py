"""A street address written before a name: "the hall at 40 N. Pine St. Ortega said". After a
house number, a run of capitalized words that holds a street's head word ("St.", "Avenue",
"Road") names the street up to it; the words after it, if any, are a name of their own (the
sentence before ended with the address's abbreviation). Read by
:func:`newsfacts_people.mentions.find_mentions`."""

from __future__ import annotations

from newsfacts.plugin import compiled, read_words
from newsfacts_people.runs import Token

#: The head words of streets' names: "St", "Avenue" (data/street_heads.txt)
STREET_HEADS = read_words("newsfacts_people", "street_heads.txt")
# A house number right before the run: "at 40 |", "1200-1210 |" (a year is written so too,
# "in 2009 |": only a street's head word in the run tells an address)
_HOUSE_NUMBER = compiled(r"(?:^|[ \n(])\d{1,5}(?:-\d{1,5})?[ ]\Z")
# (the digits, a hyphen and the spaces before the run: how far the pattern reads)
_REACH = 14


def street_words(text: str, group: list[Token]) -> int:
    """How many of the first words of ``group`` name a street after a house number: 3 for
    "40 |N. Pine St.| Ortega", 0 if the group is no street's or ends with it ("40 Pine
    St." names no one: the checks reject it)."""
    start = group[0][0]
    if start == 0 or text[start - 1] != " " or not text[start - 2 : start - 1].isdigit():
        return 0
    if _HOUSE_NUMBER.search(text, max(0, start - _REACH), start) is None:
        return 0
    for index, (_, _, word) in enumerate(group[:-1]):
        if word.rstrip(".") in STREET_HEADS and index > 0:
            return index + 1
    return 0
