"""Firms named by two names joined with "&": "Pratt & Whitney", "Marks & Spencer".

News writes a partnership's name with an ampersand (companies, law and accounting firms,
retailers); a pair of people or things it joins with "and". So a capitalized word on each
side of "&", in a run of names, is a firm's name: up to :data:`WIDEST_SIDE` capitalized
words on each side. Letters alone ("R & D", "Q & A") are abbreviations of other things, and
a stopword ends a side: "The News & Observer" is "News & Observer", "CFM International and
Pratt & Whitney" holds one such name, "Pratt & Whitney". The rule is weaker than a head
word's: "Compass Point Research & Trading" and a listed "Standard & Poor's" keep their
names; works of the same form ("Fox & Friends", "Fast & Furious") are listed in
``data/not_organizations.txt``.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.lexicon import STOPWORDS
from newsfacts_organizations.rules import CUE_RULE, HEAD_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

AMPERSAND = "&"
# Words on each side of the "&" that may belong to the name: "Bed Bath & Beyond", "Moore &
# Van Allen".
WIDEST_SIDE = 3


def ampersand_names(sentence: Sentence) -> Iterator[Candidate]:
    """The firms' names of ``sentence`` joined by "&"."""
    if sentence.caps or sentence.title or AMPERSAND not in sentence.texts:
        return
    for run_start, run_end in sentence.runs:
        for index in range(run_start + 1, run_end - 1):
            if sentence.texts[index] != AMPERSAND:
                continue
            first = _side(sentence, index - 1, max(run_start, index - WIDEST_SIDE) - 1, -1)
            last = _side(sentence, index + 1, min(run_end, index + 1 + WIDEST_SIDE), 1)
            if first < index and last > index + 1:
                yield make(sentence, first, last, None, "company", CUE_RULE)


def _side(sentence: Sentence, start: int, stop: int, step: int) -> int:
    """Where the name's words on one side of "&" end (the first index past them, going by
    ``step`` from ``start`` up to ``stop``): capitalized words with a lower-case letter."""
    index = start
    while index != stop and _name_word(sentence, index):
        index += step
    return index + 1 if step < 0 else index


def _name_word(sentence: Sentence, index: int) -> bool:
    word = sentence.texts[index]
    if not sentence.capital[index] or len(word) < 2 or word in STOPWORDS:
        return False
    return any(map(str.islower, word))


# The nouns after a name that make it an index's: "the KBW Bank index"
INDEX_NOUNS = frozenset({"index", "indexes", "indices", "index's"})


def index_name(c: Candidacy) -> bool:
    """ "the Philadelphia SE Semiconductor index", "the KBW Bank index", "the American Stock
    Exchange index": a name a company's head word made, right before "index", names the stocks
    an index follows, not a company (a listed name or a body's stays: "the Dow Jones index",
    "the Conference Board index")."""
    candidate, texts = c.candidate, c.sentence.texts
    return (
        candidate.rule == HEAD_RULE
        and candidate.entry.kind == "company"
        and candidate.last < len(texts)
        and texts[candidate.last] in INDEX_NOUNS
    )
