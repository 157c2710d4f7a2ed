"""A place named as part of a broadcaster's name: "BBC Radio Nottingham", "ABC News
Chicago", "FOX 8 Cleveland", "KARE 11 Minneapolis", "WLS-TV Chicago".

The town or area after a broadcaster's name, with its channel's number maybe between, is the
outlet's, not a place the story is about or from: it is not reported, as a place inside an
organization's name is not (see the field's documentation). The words that end a
broadcaster's name are ``data/media_heads.txt``; a US or Canadian station's call sign (K or
W, or C and F in Canada, with two or three more capitals, and maybe a band: "WFAA",
"KTVB-TV", "CFTO") counts too. So is a news source's name in brackets right after a
dateline's places ("LAGOS (Punch) -", "CHRISTCHURCH (Stuff) -"): the outlet's, not a town of
its name (Punch, a town of Kashmir).
"""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled, dateline_of, read_words
from newsfacts_locations.candidacy import Candidacy

PACKAGE = "newsfacts_locations"
MEDIA_HEADS = read_words(PACKAGE, "media_heads.txt")
# a station's call sign, maybe with its band: "WLS-TV", "KARE", "WBZ-FM", "CFTO"
_CALL_SIGN = compiled(
    r"""
    (?: [KW][A-Z]{2,3} | C[FHIJK][A-Z]{2} )   # "KARE", "WLS", "CFTO"
    (?: -(?:TV|FM|AM|DT) )?                   # "-TV", "-FM"
    \Z
    """,
    regex.VERBOSE,
)
LONGEST_CHANNEL = 3  # digits: "Channel 4", "KARE 11", "FOX 8", "WGN 9", "CBS 58"


def outlet(c: Candidacy) -> bool | str:
    """A broadcaster's name before the place (:func:`outlet_before`) or the place the news
    source's name in a dateline's brackets (:func:`dateline_source`)."""
    return outlet_before(c) or dateline_source(c)


def dateline_source(c: Candidacy) -> bool | str:
    """The name in brackets right after a dateline's places, of no well-known place: "LAGOS
    (Punch) - ...", "KYIV, Ukraine (AP) -" (not "PORTLAND (Maine) -", the state, nor
    "Portland (Maine)" in a sentence: no dateline before it)."""
    if c.previous != "(" or c.following != ")" or c.known:
        return False  # most names: no brackets around them (read before the dateline)
    places_end = dateline_of(c.sentence.texts)
    return places_end > 0 and places_end == c.candidate.first - 1 and "dateline's source"


def outlet_before(c: Candidacy) -> bool | str:
    """The broadcaster's name right before the place, maybe with its channel's number
    between ("FOX 8 Cleveland"): the outlet's name as the evidence. A call sign alone
    counts only with a number or a band ("KARE 11", "WLS-TV"): four capitals are many
    bodies' acronyms ("WFP Yemen", which the name before it drops anyway)."""
    texts, index = c.sentence.texts, c.candidate.first - 1
    numbered = index > 0 and c.previous.isdigit() and len(c.previous) <= LONGEST_CHANNEL
    if numbered:
        index -= 1
    if index < 0:
        return False
    head = texts[index]
    if head in MEDIA_HEADS or _glued(head):
        return head
    if (numbered or "-" in head) and _CALL_SIGN.match(head):
        return head
    return False


def may_precede(word: str) -> bool:
    """Whether a word right before a place may end a broadcaster's name or its channel's
    number (what :func:`outlet_before` needs of it)."""
    return word.isdigit() or word in MEDIA_HEADS or _glued(word) or bool(_CALL_SIGN.match(word))


def _glued(head: str) -> bool:
    """A network's name glued to its channel: "ABC7", "FOX8"."""
    name = head.rstrip("0123456789")
    return name != head and name in MEDIA_HEADS
