"""Companies of one word a country owns by its possessive: "South Africa's Vodacom said its
profit rose".

Business news names a company after its country's possessive ("Japan's Toshiba", "Kenya's
Safaricom"); so it names people ("Italy's Dini said", "Spain's Nadal won"), whom the people
field does not always know by a surname alone. A name of one capitalized word after the
possessive of a place of ``data/owner_places.txt`` (or a state of the United States, a
financial centre) is a company's where the words around it tell one (:data:`OWNED_CHECKS`):
its sentence speaks of business, with a word of ``data/business_words.txt`` ("profit",
"shares", "subscribers"), or a verb of ``data/company_verbs.tsv`` follows the name: one that
only a company does ("Taiwan's Zorbex shipped 2 million phones"), or a verb of speech after
which the clause speaks of the name as "it" ("South Africa's Vodacom said on Tuesday it
would appeal"; not "Italy's Dini said he would resign", nor "said it would be hard", where
"it" is no one). The possessive is no part of any name after it
(:func:`newsfacts_organizations.runs.past_owner`, which the head word and cue rules read too:
"Germany's Zorbex Holdings" is "Zorbex Holdings").
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from newsfacts.plugin import Check, compiled, decide, read_table
from newsfacts_organizations.lexicon import BUSINESS_WORDS, PACKAGE, STOPWORDS, is_demonym
from newsfacts_organizations.rules import CUE_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence, past_owner

# Verbs right after a name that tell a company's (data/company_verbs.tsv): "action", the verb
# alone; "speech", the clause after it speaking of the name as "it" (see _SELF_AS_IT)
_VERBS = {verb: how for verb, how in read_table(PACKAGE, "company_verbs.tsv", columns=2)}
ACTION_VERBS = frozenset(verb for verb, how in _VERBS.items() if how == "action")
SPEECH_VERBS = frozenset(verb for verb, how in _VERBS.items() if how == "speech")
COMPANY_VERBS = ACTION_VERBS | SPEECH_VERBS

# How many words after a verb of speech are read for the pronoun that speaks of its subject:
# "said| on Tuesday it", "told| Reuters in an interview its"
_CLAUSE_WORDS = 8
# The subject spoken of as a company after its verb of speech, read on the words after the
# verb in lower case, joined by spaces; a few words may come first, none of them a pronoun
# or a clause's end:
#   "said| it would appeal"              "said| on Tuesday it planned to"
#   "told| Reuters it had agreed"        "said| that it expects"
# not "said| it would be hard" nor "said| it was time" (no one's "it"), nor "said| he would";
# nor "its": "Germany's Merkel said its economy" is the country's.
_SELF_AS_IT = compiled(
    r"""
    ^(?:(?!(?:he|she|his|her|him|they|their|it|its)[ ])[^ ,;:]+[ ]){0,5}
    it[ ](?:would|will|had|has|could|can|may|might|did|does|plans|planned|expects|expected
           |intends|intended|aims|aimed|hopes|hoped|agreed|wants|wanted)[ ]
    (?!be[ ]|been[ ]|not[ ]be[ ])
    """,
    regex.VERBOSE,
)
# The subject spoken of as a person: "said| he would resign", "told| reporters she"
_SELF_AS_PERSON = compiled(
    r"^(?:(?!(?:it|its)[ ])[^ ,;:]+[ ]){0,5}(?:he|she|his|her)[ ]", regex.VERBOSE
)


# A possessive: "Africa's", "Russia 's"
_POSSESSIVE = compiled(r"['’]s\b")


@attrs.frozen(repr=False, eq=False)
class Owned:
    """A word of one sentence after a place's possessive: whether it names a company."""

    sentence: Sentence
    index: int

    def verb(self) -> str:
        """The word right after the name, as written ("" at the sentence's end)."""
        after = self.index + 1
        texts = self.sentence.texts
        return texts[after] if after < len(texts) else ""

    def clause(self) -> str:
        """The words after the verb after the name, in lower case, joined by spaces."""
        after = self.index + 2
        return " ".join(self.sentence.lowered[after : after + _CLAUSE_WORDS]) + " "


def _spoken_of_as_person(owned: Owned) -> bool:
    return owned.verb() in SPEECH_VERBS and _SELF_AS_PERSON.match(owned.clause()) is not None


def _business_sentence(owned: Owned) -> bool:
    return not BUSINESS_WORDS.isdisjoint(owned.sentence.lowered)


def _action_verb(owned: Owned) -> str:
    verb = owned.verb()
    return verb if verb in ACTION_VERBS else ""


def _spoken_of_as_it(owned: Owned) -> bool:
    return owned.verb() in SPEECH_VERBS and _SELF_AS_IT.match(owned.clause()) is not None


#: Whether a word after a place's possessive names a company: the first check that holds
#: decides; none holding, it names none (people are named so as often).
OWNED_CHECKS: tuple[Check[Owned], ...] = (
    Check(
        "spoken-of-as-a-person",
        _spoken_of_as_person,
        "none",
        'a verb of speech after it, then "he" or "she": "Italy\'s Dini said he would resign"',
    ),
    Check(
        "business-sentence",
        _business_sentence,
        "company",
        'a word of business in its sentence: "profit", "shares" (data/business_words.txt)',
    ),
    Check(
        "company-verb",
        _action_verb,
        "company",
        'a verb only a company does after it: "shipped", "acquired" (data/company_verbs.tsv)',
    ),
    Check(
        "spoken-of-as-it",
        _spoken_of_as_it,
        "company",
        'a verb of speech after it, then "it" and a verb: "Vodacom said on Tuesday it would '
        'appeal" (data/company_verbs.tsv)',
    ),
)


def owned_companies(sentence: Sentence) -> Iterator[Candidate]:
    """The one-word companies after a place's possessive that the words around tell."""
    text = sentence.text
    if (
        sentence.caps
        or sentence.title
        # most sentences hold no possessive: two substring searches in C spare them the
        # pattern, which the regex module tries at every character
        or ("'s" not in text and "’s" not in text)
        or not _POSSESSIVE.search(text)
    ):
        return
    if COMPANY_VERBS.isdisjoint(sentence.texts) and BUSINESS_WORDS.isdisjoint(sentence.lowered):
        return
    texts = sentence.texts
    for run_start, run_end in sentence.runs:
        first = past_owner(texts, run_start, run_end)
        if first == run_start or run_end - first != 1 or not _company_word(texts[first]):
            continue
        outcome = decide(
            OWNED_CHECKS,
            Owned(sentence, first),
            default="none",
            start=sentence.starts[first],
            end=sentence.ends[first],
        )
        if outcome == "company":
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
