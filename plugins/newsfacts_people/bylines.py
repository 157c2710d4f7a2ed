"""The names in capitals of a byline ("By MARTIN CRUTSINGER and CHRISTOPHER RUGABER"), read
in title case for :mod:`newsfacts_people.mentions`."""

from __future__ import annotations

import itertools

from newsfacts.plugin import compiled
from newsfacts_people.runs import Token

BYLINE_OPENERS = frozenset(["By", "BY"])
# What opens a byline's line before a name in capitals: "By ", "By JANE DOE and "
_BYLINE_START = compiled(
    r"[ \t]*+(?:By|BY)[ \t]++(?:[\p{Lu}.'’\-]++[ \t]*+(?:,|and|AND)?[ \t]*+)*+"
)
# How far back the start of a byline's line is looked for
_BYLINE_REACH = 80


def byline_names(text: str, group: list[Token]) -> list[Token] | None:
    """A name in capitals in a byline, as read in title case: "By MARTIN CRUTSINGER and
    CHRISTOPHER RUGABER Associated Press" names Martin Crutsinger and Christopher Rugaber
    (an outlet's name after it is no part of it); None for any other group."""
    tokens = group[1:] if group[0][2] in BYLINE_OPENERS else group
    # The first two words and the line's start are read before all the words in capitals
    # are listed: a text in capitals has runs of them, few after "By".
    if len(tokens) < 2 or not all(_in_capitals(token) for token in tokens[:2]):
        return None
    start = tokens[0][0]
    line = text.rfind("\n", start - _BYLINE_REACH if start > _BYLINE_REACH else 0, start) + 1
    if line == 0 and start > _BYLINE_REACH:
        return None
    if _BYLINE_START.fullmatch(text, line, start) is None:
        return None
    caps = itertools.takewhile(_in_capitals, tokens)
    return [(first, last, word.title()) for first, last, word in caps]


def _in_capitals(token: Token) -> bool:
    return token[2].isupper() and len(token[2]) > 1
