"""The rules that propose organization names, in the order their candidates are settled,
each with the quick test of a chunk of sentences that says whether it may find anything there
(:mod:`newsfacts_organizations.resolve` runs them)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Set

import attrs

from newsfacts.plugin import Vocabulary
from newsfacts_organizations import (
    chambers,
    cues,
    defined,
    firms,
    institutions,
    lists,
    outlets,
    owned,
    parties,
    place_bodies,
    place_fields,
    rules,
    unknown_acronyms,
)
from newsfacts_organizations.lexicon import BUSINESS_WORDS, HEAD_FORMS, POSSESSIVE_ENDINGS
from newsfacts_organizations.name_tables import KNOWN_FOLDED_TABLE, KNOWN_TABLE
from newsfacts_organizations.rules import Candidate
from newsfacts_organizations.runs import Sentence

# What the quick tests read of a word's shape, a bit each (see _shape).
_OUTLET = 1  # a call sign or a network glued to its channel: "WSB-TV", "ABC7"
_ACRONYM = 2  # rules.ACRONYM whole: "KDP", "AT&T"
_POSSESSIVE_ACRONYM = 4  # rules.POSSESSIVE_ACRONYM whole: "AAP's"
_POSSESSIVE = 8  # a possessive, or one alone ("Russia 's", as CoNLL writes it)
_BASED = 16  # "Munich-based"


def _shape(word: str) -> int:
    """The bits above that ``word`` has: a pure function of the word, kept per word in the
    document's vocabulary (a chunk's words were joined and searched with a pattern for each
    test, reading every character of every chunk again and again)."""
    shape = _OUTLET if outlets.OUTLET_WORD.fullmatch(word) else 0
    if word.isupper() and rules.ACRONYM.fullmatch(word):
        shape |= _ACRONYM
    if word.endswith(POSSESSIVE_ENDINGS):
        shape |= _POSSESSIVE
        if rules.POSSESSIVE_ACRONYM.fullmatch(word):
            shape |= _POSSESSIVE_ACRONYM
    if word.endswith("-based"):
        shape |= _BASED
    return shape


# No slots: attrs gives a slotted class with cached properties a __getattr__, which keeps
# every attribute read of it from being specialized (the core's Document says more).
@attrs.frozen(repr=False, eq=False, slots=False)
class ChunkWords:
    """The words of a chunk of sentences, as written and lower-cased, and their shapes;
    ``vocabulary``: the document's, which keeps each word's lower case and shape."""

    texts: frozenset[str]
    vocabulary: Vocabulary

    @functools.cached_property
    def lowered(self) -> frozenset[str]:
        """Made when a test asks (most chunks of news pass the tests of words as written)."""
        return frozenset(map(self.vocabulary.column(str.lower).__getitem__, self.texts))

    @functools.cached_property
    def shapes(self) -> int:
        """The shapes of the words (see _shape), or-ed: a look-up per word, in C, then an
        "or" per distinct shape (a few)."""
        found = 0
        for shape in set(map(self.vocabulary.column(_shape).__getitem__, self.texts)):
            found |= shape
        return found

    def any_of(self, words: Set[str], lowered: Set[str] = frozenset()) -> bool:
        # Asked of the set of names or cues: it goes over the smaller of the two sets (the
        # chunk's set asked would go over the thousands of names).
        return not (
            words.isdisjoint(self.texts) and (not lowered or lowered.isdisjoint(self.lowered))
        )


# When a rule may find a name in some sentence of a chunk: the test each rule makes first,
# on a sentence, made once for a hundred of them. Calling every rule on every sentence
# cost more than reading the sentences, in texts of many short ones ("Wait... What?!").
def _may_name_known(words: ChunkWords) -> bool:
    return words.any_of(KNOWN_TABLE.lengths.keys(), KNOWN_FOLDED_TABLE.lengths.keys())


def _may_define(words: ChunkWords) -> bool:
    return "(" in words.texts


def _may_head(words: ChunkWords) -> bool:
    return words.any_of(HEAD_FORMS)


def _may_cue(words: ChunkWords) -> bool:
    # Past its cue words, the rule takes a name before a word ending "-based" only.
    return words.any_of(cues.CUE_FIRST_WORDS, cues.CUE_LAST_WORDS) or bool(words.shapes & _BASED)


def _may_list(words: ChunkWords) -> bool:
    # The nouns are in lower case: most chunks holding one hold it as listed.
    return words.any_of(lists.NOUNS.keys(), lists.NOUNS.keys())


def _may_abbreviate(words: ChunkWords) -> bool:
    # "KDP", or a possessive one: "the AAP's leader"
    return bool(words.shapes & (_ACRONYM | _POSSESSIVE_ACRONYM))


def _may_name_place_body(words: ChunkWords) -> bool:
    return words.any_of(place_fields.FIELD_WORDS)


def _may_name_newspaper(words: ChunkWords) -> bool:
    return words.any_of(outlets.NEWSPAPER_FORMS)


def _may_own(words: ChunkWords) -> bool:
    if words.any_of(BUSINESS_WORDS, BUSINESS_WORDS):
        return True
    return words.any_of(owned.COMPANY_VERBS) and bool(words.shapes & _POSSESSIVE)


def _may_name_chamber(words: ChunkWords) -> bool:
    return words.any_of(chambers.CHAMBERS.keys())


def _may_name_party(words: ChunkWords) -> bool:
    return "party" in words.texts


def _may_join(words: ChunkWords) -> bool:
    return firms.AMPERSAND in words.texts


def _may_name_site(words: ChunkWords) -> bool:
    return "." in words.texts and words.any_of(firms.WEB_FORMS)


def _may_name_institution(words: ChunkWords) -> bool:
    return words.any_of(institutions.INSTITUTIONS.keys())


def _may_name_outlet(words: ChunkWords) -> bool:
    return words.any_of(outlets.NETWORKS) or bool(words.shapes & _OUTLET)


#: A rule: the candidates it proposes in one sentence.
Find = Callable[[Sentence], Iterable[Candidate]]

#: The rules, each with its test of a chunk (see above), in the order their candidates are
#: settled.
RULES: tuple[tuple[Find, Callable[[ChunkWords], bool]], ...] = (
    (rules.known_names, _may_name_known),
    (defined.defined_acronyms, _may_define),
    (outlets.outlet_names, _may_name_outlet),
    (rules.head_names, _may_head),
    (place_bodies.place_bodies, _may_name_place_body),
    (outlets.newspaper_titles, _may_name_newspaper),
    (firms.ampersand_names, _may_join),
    (firms.web_names, _may_name_site),
    (cues.cued_names, _may_cue),
    (owned.owned_companies, _may_own),
    (lists.listed_names, _may_list),
    (unknown_acronyms.acronyms, _may_abbreviate),
    (chambers.chamber_names, _may_name_chamber),
    (parties.lower_case_parties, _may_name_party),
    (institutions.institution_names, _may_name_institution),
)
