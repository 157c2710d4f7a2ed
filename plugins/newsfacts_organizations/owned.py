"""Companies of one word a country owns by its possessive: "South Africa's Vodacom said its
profit rose".

Business news names a company after its country's possessive ("Japan's Toshiba", "Kenya's
Safaricom"); so it names people ("Italy's Dini said", "Spain's Nadal won"), whom the people
field does not always know by a surname alone. A name of one capitalized word after the
possessive of a place of ``data/owner_places.txt`` (or a state of the United States, a
financial centre) is a company's where its sentence speaks of business, with a word of
``data/business_words.txt`` ("profit", "shares", "subscribers"). The possessive is no part of
any name after it (:func:`newsfacts_organizations.runs.past_owner`, which the head word and cue
rules read too: "Germany's Zorbex Holdings" is "Zorbex Holdings").
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts_organizations.lexicon import BUSINESS_WORDS, STOPWORDS, is_demonym
from newsfacts_organizations.rules import CUE_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence, past_owner


def owned_companies(sentence: Sentence) -> Iterator[Candidate]:
    """The one-word companies after a place's possessive in a sentence of business."""
    if sentence.caps or sentence.title or BUSINESS_WORDS.isdisjoint(sentence.lowered):
        return
    texts = sentence.texts
    for run_start, run_end in sentence.runs:
        first = past_owner(texts, run_start, run_end)
        if first == run_start or run_end - first != 1 or not _company_word(texts[first]):
            continue
        yield make(sentence, first, run_end, None, "company", CUE_RULE)


def _company_word(word: str) -> bool:
    """A word that may name a company: no stopword, nationality or word in capitals (an
    acronym has its own rule), nor a possessive ("Japan's Toshiba's chief")."""
    return (
        word not in STOPWORDS
        and not is_demonym(word)
        and not word.isupper()
        and any(map(str.islower, word))
        and "'" not in word
        and "’" not in word
    )
