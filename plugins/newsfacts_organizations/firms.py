"""Firms named by their form: two names joined with "&" ("Pratt & Whitney", "Marks &
Spencer"), and a name glued to a web address's ending ("Booking.com", "PowerOutage.us").

News writes a partnership's name with an ampersand (companies, law and accounting firms,
retailers); a pair of people or things it joins with "and". So a capitalized word on each
side of "&", in a run of names, is a firm's name: up to :data:`WIDEST_SIDE` capitalized
words on each side. Letters alone ("R & D", "Q & A") are abbreviations of other things, and
a stopword ends a side: "The News & Observer" is "News & Observer", "CFM International and
Pratt & Whitney" holds one such name, "Pratt & Whitney". The rule is weaker than a head
word's: "Compass Point Research & Trading" and a listed "Standard & Poor's" keep their
names; works of the same form ("Fox & Friends", "Fast & Furious") are listed in
``data/not_organizations.txt``. A partnership may write its partners' surnames with commas
before the last two ("Goldman, Sachs & Co.", "Skadden, Arps, Slate, Meagher & Flom"): single
unlisted surnames after a lower-case word open the name, which its legal ending closes.

A capitalized word glued to "." and an ending of ``data/web_domains.tsv`` ("Booking.com",
"Change.org", "PowerOutage.us", "Amazon.co.uk") is a business's or a site's name, which news
writes as the site's address; the ending may tell the kind (".com": ``company``), and a
listed name's site is the listed body ("Amazon.com" is Amazon, "Rappler.com" Rappler). Not a part
of a longer address: glued to a word or a dot before it ("www.Booking.com", "news.Yahoo.com",
"jane@Example.com") or to a path after it ("Twitter.com/jane").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress

from newsfacts.plugin import read_table
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.lexicon import (
    AMPERSANDS,
    LEGAL_SUFFIXES,
    PACKAGE,
    POSSESSIVE_ENDINGS,
    STOPWORDS,
)
from newsfacts_organizations.name_tables import KNOWN, Entry
from newsfacts_organizations.rules import CUE_RULE, HEAD_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

# Words on each side of the "&" that may belong to the name: "Bed Bath & Beyond", "Moore &
# Van Allen".
WIDEST_SIDE = 3


def ampersand_names(sentence: Sentence) -> Iterator[Candidate]:
    """The firms' names of ``sentence`` joined by "&"."""
    if sentence.caps or sentence.title or AMPERSANDS.isdisjoint(sentence.texts):
        return
    for run_start, run_end in sentence.runs:
        for index in range(run_start + 1, run_end - 1):
            if sentence.texts[index] not in AMPERSANDS:
                continue
            first = _side(sentence, index - 1, max(run_start, index - WIDEST_SIDE) - 1, -1)
            last = _side(sentence, index + 1, min(run_end, index + 1 + WIDEST_SIDE), 1)
            # "Goldman, Sachs & Co.": the partners before the first, as sure as the legal
            # ending a head word's rule reads ("Sachs & Co."), over which it is taken
            partners = _partners_start(sentence, first) if first == index - 1 else first
            rule = HEAD_RULE if partners < first else CUE_RULE
            if partners < first:  # "... & Co. Hertz Corp.": its legal ending ends the name
                last = _legal_end(sentence.texts, index + 1, last)
            if partners < index and last > index + 1:
                yield make(sentence, partners, last, None, "company", rule)


def _side(sentence: Sentence, start: int, stop: int, step: int) -> int:
    """Where the name's words on one side of "&" end (the first index past them, going by
    ``step`` from ``start`` up to ``stop``): capitalized words with a lower-case letter."""
    index = start
    while index != stop and _name_word(sentence, index):
        index += step
    return index + 1 if step < 0 else index


def _partners_start(sentence: Sentence, first: int) -> int:
    """Where a partnership's name starts that writes its partners' surnames with commas
    before the last two ("Goldman, Sachs & Co.", "Skadden, Arps, Slate, Meagher & Flom"):
    single unlisted surnames, each before a comma, after a lower-case word ("led by",
    "analyst at"). Not a list of names ("Pfizer, Merck & Co.": a listed name; "Lazard,
    Evercore Partners, Moelis & Co.": a comma or a capitalized word before the surnames)."""
    texts, capital = sentence.texts, sentence.capital
    start = first
    while start >= 2 and texts[start - 1] == "," and _surname(sentence, start - 2):
        start -= 2
    if start == first or (start > 0 and (capital[start - 1] or texts[start - 1] in _LISTING)):
        return first
    return start


def _legal_end(texts: list[str], start: int, last: int) -> int:
    """The index after the first legal ending in ``start``..``last``, or ``last``."""
    return next((index + 1 for index in range(start, last) if texts[index] in LEGAL_SUFFIXES), last)


# What before a run of surnames lists names, not a firm's partners
_LISTING = frozenset((",", ";", "and", "or", "&"))


def _surname(sentence: Sentence, index: int) -> bool:
    """A partner's surname in a firm's name: one capitalized word, lower-case letters after
    its first ("Sachs", not "GlaxoSmithKline" nor "UBS"), no listed name of its own."""
    word = sentence.texts[index]
    return (
        sentence.capital[index] == 1
        and word[1:].isalpha()
        and word[1:].islower()
        and word not in STOPWORDS
        and (word,) not in KNOWN
    )


def _name_word(sentence: Sentence, index: int) -> bool:
    word = sentence.texts[index]
    if not sentence.capital[index] or len(word) < 2 or word in STOPWORDS:
        return False
    return any(map(str.islower, word))


#: The endings of web addresses -> the kind of the business they name (None: none told)
WEB_DOMAINS: dict[str, str | None] = {
    ending: None if kind == "-" else kind
    for ending, kind in read_table(PACKAGE, "web_domains.tsv", columns=2)
}
#: The endings as units, with a possessive too ("Booking.com's"), for the rule's quick test
WEB_FORMS = frozenset(ending + tail for ending in WEB_DOMAINS for tail in ("", *POSSESSIVE_ENDINGS))
_DOT = "."
# A dot glued to an ending, in the text: "Booking.com", "Amazon.co.uk". A sentence that holds
# none names no site (one search in C; most hold a word that is an ending, "in" or "us").
_DOT_ENDING = re.compile(r"\.(?:" + "|".join(map(re.escape, WEB_DOMAINS)) + ")")
# What may follow an address right after it, glued: the sentence's full stop, a comma.
_AFTER_ADDRESS = frozenset((".", ",", ";", ":", ")", "!", "?"))


def web_names(sentence: Sentence) -> Iterator[Candidate]:
    """The names of ``sentence`` written as a web address: "Booking.com", "PowerOutage.us"
    (with a legal ending after it: "Amazon.com Inc.")."""
    # an address's dot and ending are words of their own, glued: most sentences hold none
    if sentence.caps or _DOT_ENDING.search(sentence.text) is None:
        return
    texts = sentence.texts
    # the dots inside the sentence, found in C: most sentences hold none but their full stop
    for index in compress(range(1, len(texts) - 1), map(_DOT.__eq__, texts[1:])):
        if not _glued(sentence, index - 1) or not _glued(sentence, index):
            continue
        first = index - 1
        if not sentence.capital[first] or (first > 0 and _glued(sentence, first - 1)):
            continue  # "www.Booking.com", "jane@Example.com": a part of an address
        last, kind, possessive = _address_end(sentence, index)
        if last > index:
            if last < len(texts) and texts[last] in LEGAL_SUFFIXES and not possessive:
                last += 1  # "Amazon.com Inc."
            # A listed name's site is the listed body: "Amazon.com", "YouTube.com"
            key = tuple(texts[first:last])
            entry = KNOWN.get(key) or KNOWN.get(key[:1])
            if entry is None:
                entry = Entry(_written(sentence, first, last, possessive), None, kind)
            yield make(sentence, first, last, entry, kind, HEAD_RULE, possessive)


def _written(sentence: Sentence, first: int, last: int, possessive: bool) -> str:
    """The name as written: its units with a space only where the text has one."""
    texts = sentence.texts
    parts = [texts[first]]
    for index in range(first + 1, last):
        parts.append(texts[index] if _glued(sentence, index - 1) else " " + texts[index])
    name = "".join(parts)
    return name[:-2] if possessive else name


def _glued(sentence: Sentence, index: int) -> bool:
    """Whether the unit at ``index`` and the next one are written with no space between."""
    return index + 1 < len(sentence.texts) and sentence.ends[index] == sentence.starts[index + 1]


def _address_end(sentence: Sentence, dot: int) -> tuple[int, str | None, bool]:
    """Past the endings of an address from the dot at ``dot`` ("com", "co" "." "uk"), with
    the kind the first tells and whether a possessive ends it ("Booking.com's"); ``dot``
    itself as the end when none is there or a path goes on after it ("Twitter.com/jane")."""
    texts = sentence.texts
    end, kind, possessive = dot, None, False
    index = dot
    while index + 1 < len(texts) and texts[index] == _DOT and _glued(sentence, index):
        ending = texts[index + 1]
        if ending.endswith(POSSESSIVE_ENDINGS):
            ending, possessive = ending[:-2], True
        if ending not in WEB_DOMAINS:
            break
        if end == dot:
            kind = WEB_DOMAINS[ending]
        end = index + 2
        if possessive:
            break
        index = end
    if end > dot and _glued(sentence, end - 1) and texts[end] not in _AFTER_ADDRESS:
        return dot, None, False  # "Twitter.com/jane": an address, no name
    return end, kind, possessive


# The nouns after a name that make it an index's: "the KBW Bank index"
INDEX_NOUNS = frozenset({"index", "indexes", "indices", "index's"})


def index_name(c: Candidacy) -> bool:
    """ "the Philadelphia SE Semiconductor index", "the KBW Bank index", "the American Stock
    Exchange index": a name a company's head word made, right before "index", names the stocks
    an index follows, not a company (a listed name or a body's stays: "the Dow Jones index",
    "the Conference Board index"). So does a name of no kind that only a weak clue found, an
    acronym the text does not spell out: "the ZIX index fell" (an acronym defined in the
    text stays: "the Institute of Supply Managers (ISM) index")."""
    candidate, texts = c.candidate, c.sentence.texts
    if candidate.last >= len(texts) or texts[candidate.last] not in INDEX_NOUNS:
        return False
    kind, rule = candidate.entry.kind, candidate.rule
    return (rule == HEAD_RULE and kind == "company") or (kind is None and rule < HEAD_RULE)
