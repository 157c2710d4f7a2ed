"""A news agency's credit in brackets after an opening dateline: "HAVANA (AP) --", "MUMBAI
(PTI) —", "LAGOS, Nigeria (NAN) -" (a rule of :mod:`newsfacts_organizations.rule_table`).

The other rules miss it where the dateline stands alone as a sentence in capitals: there a
listed name that is also a word ("AP", lexicon.AMBIGUOUS) is not read, nor any unknown
acronym (a heading's word). Between the dateline's place and its dash, a bracketed run of
two to six capitals names no place, but the agency that wrote the story.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import dateline
from newsfacts_organizations.lexicon import EMPHASIS_WORDS, NON_ORG_ACRONYMS
from newsfacts_organizations.name_tables import KNOWN, Entry
from newsfacts_organizations.rules import ACRONYM, AGENCY_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

# The dashes that close a dateline after its credit (newsfacts.datelines.DATELINE_STOPS).
_DASHES = frozenset({"-", "--", "–", "—", "_"})


def agency_credits(sentence: Sentence) -> Iterator[Candidate]:
    """The agency credited in brackets right after the dateline opening ``sentence``: "AP"
    of "HAVANA (AP) --", its listed entry (Associated Press) or an agency of its own."""
    texts = sentence.texts
    bracket = dateline(sentence.segments())  # the dateline ends before the bracket: "HAVANA"
    if not bracket or len(texts) < bracket + 4 or texts[bracket] != "(":
        return
    word = texts[bracket + 1]
    if texts[bracket + 2] != ")" or texts[bracket + 3] not in _DASHES:
        return
    # a label is no agency: "WASHINGTON (VIDEO) —", "(UPDATED) -" (data/emphasis_words.txt)
    if _initials(word):
        entry = KNOWN.get((word,)) or Entry(word, word, "media")
        yield make(sentence, bracket + 1, bracket + 2, entry, None, AGENCY_RULE)


def _initials(word: str) -> bool:
    """Whether ``word`` may be an agency's initials: two to six capitals, no label nor an
    abbreviation that names no body (the unknown-acronym rule's lists)."""
    return (
        word.isupper()
        and ACRONYM.fullmatch(word) is not None
        and word not in EMPHASIS_WORDS
        and word not in NON_ORG_ACRONYMS
    )
