"""A station numbered after its broadcaster's name: "BBC Radio 4", "BBC Radio 5 Live", "RTE
Radio 1": the number and the word of the station after it are part of the name
(``data/station_words.tsv``), which the runs of capitalized words cut at the digit."""

from __future__ import annotations

from newsfacts.plugin import alternation, compiled, read_table
from newsfacts_organizations.lexicon import PACKAGE

_WORDS = read_table(PACKAGE, "station_words.tsv", columns=2)
_HEADS = tuple(word for kind, word in _WORDS if kind == "head")
_TAILS = [word for kind, word in _WORDS if kind == "tail"]
# The station's number after the name, maybe a word of the station after it: " 4",
# " 5 Live", " 4 Extra" (not " 4,000", " 4.5")
_STATION_NUMBER = compiled(rf"[ ]\d{{1,2}}\b(?![.,]\d)(?:[ ](?:{alternation(_TAILS)})\b)?")


def numbered_station(text: str, end: int, name: str) -> tuple[int, str]:
    """The end and name of a broadcaster's name with its station's number after it."""
    if not name.endswith(_HEADS) or not text.endswith(_HEADS, 0, end):
        return end, name
    number = _STATION_NUMBER.match(text, end)
    if number is None:
        return end, name
    return number.end(), name + number.group()
