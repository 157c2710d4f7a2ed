"""Street addresses written the North American way: a clue to the article's country.

Local news in the US and Canada gives a house number, the street's name and its abbreviated
kind with a period ("of 3318 Dover St., Ashland", "at City Hall, 410 W. Cedar St.",
"3125 Clarksville St."), or a police blotter's block ("in the 1400 block of Larkspur
Lane"); or a long house number before the street's kind in full ("at 7120 Mill Creek Road",
"4180 Stone Hollow Road"), or a numbered street after a word of the compass ("near West
14th Street", "Northeast 62nd Avenue"). British, Irish and Australian papers write "18 High
St" or "18 High Street", their towns have no numbered streets, and neither wire nor
national news gives a house number. Such an address votes for the two
countries once, split between them, in the article's locality (as "same country": see
:mod:`newsfacts_locations.resolve`): a bare "Mansfield", "Paris", "Alexandria" of such a
story is a town of North America before a namesake abroad. So is a name that opens a local
body's or a school's name, its word capitalized ("Vienna Police", "Dublin High School"; a
wire writes "Vienna police"), in a story whose other names vote for the US or Canada
(:func:`local_story`).
"""

from __future__ import annotations

import re

import regex

from newsfacts.plugin import Patterns, alternation, read_words
from newsfacts_locations.locality import Locality
from newsfacts_locations.words import LOCAL_BODY_HEADS

PACKAGE = "newsfacts_locations"
#: The voting name of the addresses in the locality (no place is named so)
KEY = "street address"
#: The countries such an address points to, and each one's share of its vote
COUNTRIES = (("US", 0.5), ("CA", 0.5))
#: The votes of the article's addresses, however many: as many as a dateline's
WEIGHT = 3.0
#: The votes of the article's other names for the US or Canada that make a story whose name
#: opens a local body's a local paper's: half of one town's vote
LOCAL_VOTES = 0.5

# the kinds of street ("St", "Ave", "Blvd", ...), and as one alternation: "St|Ave|Blvd|..."
_KIND_WORDS = sorted(read_words(PACKAGE, "street_abbreviations.txt"))
_KINDS = "|".join(_KIND_WORDS)
# the same kinds written in full ("Street", "Road", ...), after a long house number or a
# numbered street
_FULL_KIND_WORDS = sorted(read_words(PACKAGE, "address_kinds.txt"))
_FULL_KINDS = "|".join(_FULL_KIND_WORDS)
_PATTERNS = Patterns(
    {
        "address": r"""
            \b \d{1,5} \s
            (?: [NSEW]\. \s )?                       # "410 W. Cedar St."
            (?: \p{Lu}[\p{L}'’-]* \s ){1,3}          # the street's name
            (?: """
        + _KINDS
        + r""" ) \. (?! \w )                          # "St." "Ave." "Blvd."
            | \b \d{2,5} \s block \s of \s           # "the 1400 block of Larkspur Lane"
            (?: [NSEW]\.? \s )? \p{Lu}
            """,
        # a house number of four or five digits (not a year: "In 2008 Ohio Street was
        # repaved"; not part of a larger number: "$1,500"; a British or Australian city street
        # numbers its houses to a few hundred: "at 333 George Street") before the street's
        # kind in full ("of 7120 Mill Creek Road", "4180 Stone Hollow Road"); or a numbered
        # street after a word of the compass ("West 14th Street", "Northeast 62nd Avenue",
        # "N. 5th Street").
        # Both branches open with the number, the words before it looked behind: a search
        # that tries a word of the compass at every character costs three times as much
        "long_address": r"""
            (?<! [\w,.$£€] ) (?! (?: 19 | 20 ) \d\d \b ) \d{4,5} \s
            (?: [NSEW]\. \s | (?: North | South | East | West ) \s )?
            (?: \p{Lu}[\p{L}'’-]* \s ){1,3}           # the street's name
            (?: """
        + _FULL_KINDS
        + r""" ) \b
            | (?<= \b (?: (?: North | South ) (?: east | west )? | East | West | [NSEW]\. ) \s )
            \d{1,3} (?: st | nd | rd | th ) \s
            (?: """
        + _FULL_KINDS
        + r""" ) \b
            """,
    },
    regex.VERBOSE,
)


# What every address the pattern finds holds as written: its kind of street with its period
# ("St.", "Ave.") or "block". A text with none of them (most news) is not searched: the
# search reads the Unicode properties of every character, a scan for each of these a few
# instructions per character.
_NEEDED = (*(kind + "." for kind in _KIND_WORDS), "block")
# What every address either pattern finds holds as written: those, or a kind of street in full
# ("Street", "Road"). A text with none of them (most news) is turned down by one search for
# them all, a trie in the standard library's re ("St(?:\.|reet)"), which tries only where one
# of their first letters stands: the patterns' two searches and the scans for _NEEDED cost a
# wire story several times as much.
_HINTS = re.compile(alternation((*_NEEDED, *_FULL_KIND_WORDS), any_space=False))


def north_american(text: str) -> bool:
    """Whether the text gives a street address as North American news writes it."""
    if _HINTS.search(text) is None:  # most news
        return False
    if any(map(text.__contains__, _NEEDED)) and _PATTERNS["address"].search(text):
        return True
    # (no scan for the kinds first: thirteen scans of a text that has none of them cost
    # more than this search, which tries only where a number starts)
    return _PATTERNS["long_address"].search(text) is not None


def local_body(text: str, end: int) -> bool:
    """Whether the word after a name ending at ``end`` is a local body's or a school's
    capitalized head ("Vienna| Police", "Dublin| High School": ``words.LOCAL_BODY_HEADS``)."""
    return text[end : end + 1] == " " and text[end + 1 : end + 7].split(" ", 1)[0] in (
        LOCAL_BODY_HEADS
    )


def local_story(locality: Locality, key: str, body: bool) -> bool:
    """Whether the story of the name ``key`` reads as a North American local paper's: it gives
    a street address, or the name opens a local body's name (``body``: :func:`local_body`)
    and the article's other names vote for the US or Canada, half a town's vote or more
    (:data:`LOCAL_VOTES`)."""
    if locality.addressed:
        return True
    within = locality.within
    return body and any(within.others(code, key) >= LOCAL_VOTES for code, _ in COUNTRIES)
