"""A military unit numbered before its name: "the 82nd Airborne Division", "the 1st
Armored Division", "the US 5th Fleet": the ordinal is part of the name
(``data/unit_heads.txt``)."""

from __future__ import annotations

from newsfacts.plugin import compiled, read_words
from newsfacts_organizations.lexicon import PACKAGE

_UNIT_HEADS = read_words(PACKAGE, "unit_heads.txt")
# An ordinal in figures right before the name: "82nd ", "101st ", "3rd " (not "1,000th")
_ORDINAL_BEFORE = compiled(r"(?<![\d,.])\d{1,3}(?:st|nd|rd|th)[ \u00a0]$")
_REACH = 6  # "101st " and the character before it


def numbered_unit(text: str, start: int, name: str) -> tuple[int, str]:
    """The start and name of a unit's name with the ordinal written before it, if any."""
    if name.rsplit(" ", 1)[-1] not in _UNIT_HEADS or not text[start - 1 : start].isspace():
        return start, name  # most names: no unit's, or no word right before
    ordinal = _ORDINAL_BEFORE.search(text, max(0, start - _REACH - 1), start)
    if ordinal is None:
        return start, name
    return ordinal.start(), f"{ordinal.group().rstrip()} {name}"
