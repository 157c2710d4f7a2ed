"""The rules that propose organization names, in the order their candidates are settled,
each with the quick test of a chunk of sentences that says whether it may find anything there
(:mod:`newsfacts_organizations.resolve` runs them)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from newsfacts.plugin import Vocabulary
from newsfacts_organizations import (
    chambers,
    credits,
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
    runs,
    unknown_acronyms,
)
from newsfacts_organizations.lexicon import (
    AMPERSANDS,
    BUSINESS_WORDS,
    HEAD_FORMS,
    POSSESSIVE_ENDINGS,
)
from newsfacts_organizations.name_tables import KNOWN_FOLDED_TABLE, KNOWN_TABLE
from newsfacts_organizations.rules import Candidate
from newsfacts_organizations.runs import Sentence

# What the quick tests read of a word, a bit each (see _clues): its shape, and the lists of
# the rules' cue words it is in (as written, or in lower case where a rule reads it so).
# Numbered by how many words of news hold them, most first: a word whose clues are all among
# the first eight has a code (see _coded) below 256, a character Python keeps made, which the
# set of a sentence's clues (runs.or_clues) takes as it is; a code above is made anew, and
# hashed, each time a word is read, and over a third of the words holding a clue had one.
_KNOWN = 1 << 0  # opens a listed name, or does in lower case in capitals: "Reuters", "REUTERS"
_CUE = 1 << 1  # a cue's first word after a name, its last before one ("said", "shares in"),
# or a word ending "-based", before which the rule takes a name
_DOT = 1 << 2  # "."
_WEB = 1 << 3  # a web domain's ending: ".com"
_ACRONYM = 1 << 4  # rules.ACRONYM whole ("KDP", "AT&T"), or its possessive ("AAP's")
_COMPANY_VERB = 1 << 5  # a company's verb: "said", "bought"
_BRACKET = 1 << 6  # "(", which a defined acronym follows
_POSSESSIVE = 1 << 7  # a possessive, or one alone ("Russia 's", as CoNLL writes it)
_HEAD = 1 << 8  # a head word: "Ministry", "Bank's"
_LIST_NOUN = 1 << 9  # a list's noun, as written or in lower case: "rivals"
_FIELD = 1 << 10  # a word of a place's body: "police", "Education"
_BUSINESS = 1 << 11  # a word of a business, as written or in lower case: "Holdings"
_OUTLET = 1 << 12  # a network ("CNN"), a call sign or one glued to its channel: "WSB-TV", "ABC7"
_AMPERSAND = 1 << 13  # "&" (or a lost "&amp;"'s "amp")
_NEWSPAPER = 1 << 14  # a newspaper's word: "Times"
_INSTITUTION = 1 << 15  # an institution's word: "Fed"
_CHAMBER = 1 << 16  # a chamber's word: "Senate"
_PARTY = 1 << 17  # "party"


def _clues(word: str) -> int:
    """The bits above that ``word`` has: a pure function of the word, kept per word in the
    document's vocabulary, so that a chunk's are a look-up per word and an "or" per distinct
    set of bits (a few). (Each test looked the chunk's words up in its list again, and made
    their lower-case forms; a chunk's words were once even joined and searched with a
    pattern for each test.)"""
    lowered = word.lower()
    clues = _WORD_CLUES.get(word, 0) | _LOWERED_CLUES.get(lowered, 0)
    if word in KNOWN_TABLE.lengths or lowered in KNOWN_FOLDED_TABLE.lengths:
        clues |= _KNOWN
    if outlets.OUTLET_WORD.fullmatch(word):
        clues |= _OUTLET
        if "-" in word:
            clues |= _ACRONYM  # a call sign with its band, read as its bare one: "WSB-TV"
    if word.isupper() and rules.ACRONYM.fullmatch(word):
        clues |= _ACRONYM
    if word.endswith(POSSESSIVE_ENDINGS):
        clues |= _POSSESSIVE
        if rules.POSSESSIVE_ACRONYM.fullmatch(word):
            clues |= _ACRONYM
    if word.endswith("-based"):
        clues |= _CUE
    return clues


def _table(lists: tuple[tuple[int, Iterable[str]], ...]) -> dict[str, int]:
    """The bits of each word of ``lists`` (bit, words)."""
    table: dict[str, int] = {}
    for bit, words in lists:
        for word in words:
            table[word] = table.get(word, 0) | bit
    return table


# The clues of words as written, and of words in lower case (see _clues)
_WORD_CLUES = _table(
    (
        (_BRACKET, ("(",)),
        (_AMPERSAND, AMPERSANDS),
        (_DOT, (".",)),
        (_PARTY, ("party",)),
        (_OUTLET, outlets.NETWORKS),
        (_HEAD, HEAD_FORMS),
        (_FIELD, place_fields.FIELD_WORDS),
        (_NEWSPAPER, outlets.NEWSPAPER_FORMS),
        (_WEB, firms.WEB_FORMS),
        (_CUE, cues.CUE_FIRST_WORDS),
        (_BUSINESS, BUSINESS_WORDS),
        (_COMPANY_VERB, owned.COMPANY_VERBS),
        (_LIST_NOUN, lists.NOUNS.keys()),
        (_CHAMBER, chambers.CHAMBERS.keys()),
        (_INSTITUTION, institutions.INSTITUTIONS.keys()),
    )
)
_LOWERED_CLUES = _table(
    ((_CUE, cues.CUE_LAST_WORDS), (_BUSINESS, BUSINESS_WORDS), (_LIST_NOUN, lists.NOUNS.keys()))
)


def _coded(word: str) -> str:
    """The word's code and case in a run (see runs.word_code), then its clues (see _clues) as
    one character, ``chr`` of their bits (18 bits: under ``sys.maxunicode``)."""
    return runs.word_code(word) + chr(_clues(word))


def unit_codes(texts: Iterable[str], vocabulary: Vocabulary) -> str:
    """The codes of the words ``texts``, three characters each (see _coded): a look-up per
    word in C gives both the sentence pass's codes and the rules' clues (a column each cost
    a map over every word of the text each)."""
    return "".join(map(vocabulary.column(_coded).__getitem__, texts))


#: A rule: the candidates it proposes in one sentence.
Find = Callable[[Sentence], Iterable[Candidate]]

#: The rules, in the order their candidates are settled, each with the clues that tell it may
#: find a name in some sentence of a chunk: sets of bits (see above), all of one of which its
#: words hold. This is the test each rule makes first, on a sentence, made once for a hundred
#: of them: calling every rule on every sentence cost more than reading the sentences, in texts
#: of many short ones ("Wait... What?!").
RULES: tuple[tuple[Find, tuple[int, ...]], ...] = (
    (rules.known_names, (_KNOWN,)),
    (defined.defined_acronyms, (_BRACKET,)),
    (outlets.outlet_names, (_OUTLET,)),
    (rules.head_names, (_HEAD,)),
    (place_bodies.place_bodies, (_FIELD,)),
    (outlets.newspaper_titles, (_NEWSPAPER,)),
    (firms.ampersand_names, (_AMPERSAND,)),
    (firms.web_names, (_DOT | _WEB,)),
    # Past its cue words, the rule takes a name before a word ending "-based" only.
    (cues.cued_names, (_CUE,)),
    (owned.owned_companies, (_BUSINESS, _COMPANY_VERB | _POSSESSIVE)),
    # The nouns are in lower case: most chunks holding one hold it as listed.
    (lists.listed_names, (_LIST_NOUN,)),
    (unknown_acronyms.acronyms, (_ACRONYM,)),
    # An agency's credit after an opening dateline in capitals: "HAVANA (AP) --"
    (credits.agency_credits, (_BRACKET | _ACRONYM,)),
    (chambers.chamber_names, (_CHAMBER,)),
    (parties.lower_case_parties, (_PARTY,)),
    (institutions.institution_names, (_INSTITUTION,)),
)


@functools.lru_cache(maxsize=4096)  # a pure function of a few distinct values
def rules_for(clues: int) -> tuple[Find, ...]:
    """The rules that may find a name in a chunk of sentences, or in one sentence, whose
    words' clues are ``clues`` (see runs.or_clues)."""
    return tuple(rule for rule, needs in RULES if any(need & clues == need for need in needs))


def sentence_rules(sentence: Sentence) -> tuple[Find, ...]:
    """The rules that may find a name in ``sentence``: those of its chunk whose words it holds
    (most sentences of a chunk hold few rules' words). The cue rule also reads "-based"
    anywhere in the sentence's text, which its words' clues tell only at a unit's end."""
    clues = sentence.clues
    if not clues & _CUE and "-based" in sentence.text:
        clues |= _CUE
    return rules_for(clues)
