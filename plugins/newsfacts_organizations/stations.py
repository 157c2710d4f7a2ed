"""A station numbered after its broadcaster's name: "BBC Radio 4", "BBC Radio 5 Live", "RTE
Radio 1": the number and the word of the station after it are part of the name
(``data/station_words.tsv``), which the runs of capitalized words cut at the digit. A
station named by "Radio" or "Channel" and its number alone ("told Radio 4", "Channel 4
News"), or by a broadcaster, its number and a word of the station ("BBC 6 Music"), is an
organization too, found by :func:`with_stations` (the runs found "News" of "Channel 4 News",
"BBC" of "BBC 6 Music", nothing of "Radio 4"). So is a station named by its words and its
band, "Harbour FM", "Lakeside FM" (the unknown acronyms found "FM" alone, which names no body:
``data/non_org_acronyms.txt``)."""

from __future__ import annotations

import regex

from newsfacts.plugin import (
    COUNTRY_NAMES,
    Organization,
    alternation,
    compiled,
    read_table,
    starts_of,
)
from newsfacts_organizations.anchored import matches_at
from newsfacts_organizations.lexicon import DEMONYMS, PACKAGE, STOPWORDS

_WORDS = read_table(PACKAGE, "station_words.tsv", columns=2)
_HEADS = tuple(word for kind, word in _WORDS if kind == "head")
_TAILS = [word for kind, word in _WORDS if kind == "tail"]
_ALONE = [word for kind, word in _WORDS if kind == "alone"]
_BROADCASTERS = [word for kind, word in _WORDS if kind == "broadcaster"]
# The words a station's name of _STATION opens with
_OPENERS = (*_ALONE, *_BROADCASTERS)
# The station's number after the name, maybe a word of the station after it: " 4",
# " 5 Live", " 4 Extra" (not " 4,000", " 4.5")
_STATION_NUMBER = compiled(rf"[ ]\d{{1,2}}\b(?![.,]\d)(?:[ ](?:{alternation(_TAILS)})\b)?")
# A station's name with its number, standing alone
_STATION = compiled(
    rf"""
    (?<![\w&.-])                               # a word's start
    (?<!\b(?!The\b)\p{{Lu}}\p{{L}}*[ ])            # not a name's last word: "English Channel 4"
    (?:
        (?:{alternation(_ALONE)})[ ]\d{{1,2}}  # "Radio 4", "Channel 4"; not "channel 4"
        \b(?![.,]\d)                           # not "Radio 1,000", "Channel 4.5"
        (?:[ ](?:{alternation(_TAILS)})\b)?    # "Channel 4 News", "Radio 5 Live"
      | (?:{alternation(_BROADCASTERS)})[ ]\d{{1,2}}
        [ ](?:{alternation(_TAILS)})\b         # "BBC 6 Music"; not "the BBC 20 years ago"
    )
    """,
    flags=regex.VERBOSE,
)

# A station's words and its band: "Harbour FM", "Lakeside FM", "Valley Dance FM" (the words
# capitalized; "on FM and AM" names none, and a sentence's opener is trimmed: "In FM"). A
# minister's title before a name is none ("Pakistan FM Ali Shah said", "the Indian FM")
_FM_STATION = compiled(
    r"""
    (?<![\w&.-])                          # a word's start
    (?:\p{Lu}[\p{L}'’]*[ ]){1,3}          # one to three capitalized words: "Harbour "
    FM\b(?![.-]\w)                        # the band; not "FM-based", "FM.com"
    (?![ ]\p{Lu}\p{Ll})                    # not a title before a name: "FM Ali Shah"
    """,
    flags=regex.VERBOSE,
)


def numbered_station(text: str, end: int, name: str) -> tuple[int, str]:
    """The end and name of a broadcaster's name with its station's number after it."""
    if not name.endswith(_HEADS) or not text.endswith(_HEADS, 0, end):
        return end, name
    number = _STATION_NUMBER.match(text, end)
    if number is None:
        return end, name
    return number.end(), name + number.group()


def with_stations(text: str, facts: list[Organization]) -> list[Organization]:
    """``facts`` with the stations named with their number that no fact holds whole ("told
    Radio 4", "Channel 4 News", "BBC 6 Music"), in place of the facts inside them ("News",
    "BBC")."""
    # (The words' tests mapped in C: a generator's step for each word cost more than its scan.)
    if "FM" not in text and not any(map(text.__contains__, _OPENERS)):
        return facts  # nearly every text: a few scans in C
    # Tried where a word opening one stands only: a long article that holds one somewhere
    # paid the pattern tried at each of its characters (some 0.5 ms for 20,000 words, a
    # third more than the words' scans)
    found = matches_at(_STATION.match, text, starts_of(text, _OPENERS))
    spans = [match.span() for match in found] + _fm_spans(text)
    spans = [(start, end) for start, end in spans if not _held(facts, start, end)]
    if not spans:
        return facts
    kept = [fact for fact in facts if not any(s <= fact.start and fact.end <= e for s, e in spans)]
    stations = [
        Organization.at(text, start, end, name=text[start:end], acronym=None, kind="media")
        for start, end in spans
    ]
    return sorted([*kept, *stations], key=lambda fact: fact.start)


def _fm_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the stations named by their words and band ("Harbour FM"), the
    stopwords at their start trimmed ("In Harbour FM" is "Harbour FM"; "In FM" none), and
    none led by a country or its adjective, a minister's title ("Pakistan FM", "Indian FM")."""
    if "FM" not in text:
        return []
    spans = []
    for found in _FM_STATION.finditer(text):
        start = found.start()
        words = found.group().split(" ")[:-1]
        while words and words[0] in STOPWORDS:
            start += len(words.pop(0)) + 1
        if words and words[0] not in COUNTRY_NAMES and words[0] not in DEMONYMS:
            spans.append((start, found.end()))
    return spans


def _held(facts: list[Organization], start: int, end: int) -> bool:
    """Whether a fact holds the span whole, or runs across one of its edges ("BBC Radio 5
    Live" holds "Radio 5 Live")."""
    return any(
        fact.start < end and start < fact.end and not (start <= fact.start and fact.end <= end)
        for fact in facts
    )
