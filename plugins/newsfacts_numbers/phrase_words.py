"""How the words after a count read, for :mod:`newsfacts_numbers.counted`: a contraction, a
verb in the past, a determiner and a possessive, a phrase that goes on after "and"."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px

DETERMINERS = frozenset(
    ["the", "its", "his", "her", "their", "our", "my", "your", "these", "those", "this", "that"]
)  # after "one of": "one of the students"
# after a fraction: "a third of a pint", "half the condos", "two-thirds of all members"
FRACTION_DETERMINERS = DETERMINERS | {"a", "an", "all"}
_CLITICS = frozenset(["ve", "re", "ll", "d", "m"])  # "we've", "they're", "don't"
# What makes the adjective after it a superlative: "one of the most expensive stadiums",
# "the 10 least visited parks"
SUPERLATIVES = frozenset(["most", "least"])
# When something happened, before a time right after a number: "1.52 late Tuesday" (its
# fate as a phrase's first word depends on the word after it; "early" is read so as an -ly
# word by the verb's check)
TIME_OF_DAY = frozenset(["late"])

# The endings of adjectives that end in "s" as plural nouns do: "dangerous", "famous", "less"
_NOT_PLURAL = ("ous", "ss")
# ... and of nouns in the singular: "bus", "campus", "crisis", "basis"
_SINGULAR_S = (*_NOT_PLURAL, "us", "is")


def plural_noun(word: str) -> bool:
    """A word in lower case that reads as a plural noun: "meetings", "systems", and the
    plurals in no "s" of ``data/irregular_plurals.tsv`` and in "-men" ("men", "people",
    "children", "fishermen"; not "famous", "glass", "campus", "crisis", "specimen", nor a
    compound: "plain-clothes")."""
    if not (word.isalpha() and word.islower()):
        return False
    if word.endswith("s"):
        return len(word) > 3 and not word.endswith(_SINGULAR_S)
    single = lx.IRREGULAR_PLURALS.get(word)
    return single != word if single is not None else word.endswith("men")


# Words before the "of" of a complement
_MAX_BEFORE_OF = 2
# Words after "of" that open no noun: "an example of how", "the most of any"
_NOT_COMPLEMENTS = frozenset(["any", "some", "how", "why", "such", "many", "much", "whether"])


def of_complement(text: str, after_of: int, words: Sequence[str]) -> bool:
    """ "of" (ending at ``after_of``) and a noun in lower case after the noun a count counts
    (``words``): the kind or the contents of the things counted ("5,700 categories of
    products", "two counts of wire fraud", "three rounds of talks"); not a determiner or a
    question word after it ("three members of the board", "an example of how"), not a
    second "of", not after a superlative ("one of the most costly of any")."""
    if not 0 < len(words) <= _MAX_BEFORE_OF or "of" in words or words[0] in SUPERLATIVES:
        return False
    if not words[-1].isalpha() or not words[-1].islower():
        return False
    following = px.WORD.match(text, after_of)
    if following is None:
        return False
    word = following.group(px.W)
    return word.isalpha() and word.islower() and word not in _NOT_COMPLEMENTS and phrase_word(word)


def complement_at(words: Sequence[str]) -> int | None:
    """Where the "of" of a complement stands in ``words`` (after a word in lower case)."""
    for index in range(1, len(words)):
        if words[index] == "of" and words[index - 1].islower():
            return index
    return None


def phrase_word(lowered: str) -> bool:
    """Whether a word in lower case may go on a counted phrase: no function word, number
    word or contraction."""
    return (
        lowered not in lx.COUNTED_STOPS
        and lowered not in lx.NUMBER_WORDS
        and not is_contraction(lowered)
    )


def head(phrase: str) -> str:
    """The noun a counted phrase is about: its last word, or the word before the "of" of a
    complement ("members of staff", "counts of wire fraud"; not "University of Idaho
    students")."""
    words = phrase.split()
    complement = complement_at(words)
    return words[-1] if complement is None else words[complement - 1]


def opens_compound(text: str, match: regex.Match[str], lowered: str) -> bool:
    """Whether a function word or verb (``lowered``, the word of ``match``) opens a noun of
    two words with the word after it (``data/stop_compounds.txt``: "think tanks", "no
    votes"), which the counted phrase keeps."""
    if lowered not in lx.STOP_COMPOUND_OPENERS:
        return False
    following = px.WORD.match(text, match.end())
    return (
        following is not None and f"{lowered} {following.group(px.W).lower()}" in lx.STOP_COMPOUNDS
    )


def superlative_alone(words: Sequence[str]) -> bool:
    """ "most" or "least" and an adjective with no noun after it: "one of the most
    popular in the league" counts nothing ("the most votes" counts votes)."""
    if len(words) != 2 or words[0] not in SUPERLATIVES:
        return False
    return not words[1].endswith("s") or words[1].endswith(_NOT_PLURAL)


def adverb_alone(words: Sequence[str]) -> bool:
    """An "-ly" word in lower case alone, no noun of ``data/ly_nouns.txt``, or an adverb of
    ``data/predicate_adverbs.txt``: an adverb before the clause's verb, which counts nothing
    ("hundreds peacefully marched", "one apparently was", "one soon to be named"; "one
    family" counts the family)."""
    if len(words) != 1:
        return False
    word = words[0]
    return word in lx.PREDICATE_ADVERBS or _ly_adverb(word)


def adverb_and_predicate(words: Sequence[str], above_one: bool) -> bool:
    """An adverb and one word in lower case, no noun after them: the clause's predicate after
    its subject, the count ("the two often disagree", "one never knows", "the two sharply
    differ"). An adverb of ``data/predicate_adverbs.txt`` is no adjective, so the word after
    it is none of its nouns; another "-ly" word may be an adjective ("one elderly man",
    "two costly recounts"), so only after a count above one and before no plural noun, as its
    noun would be."""
    if len(words) != 2 or not words[1].islower():
        return False
    if words[0] in lx.PREDICATE_ADVERBS:
        return True
    return above_one and _ly_adverb(words[0]) and not plural_noun(words[1])


def _ly_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and word not in lx.LY_NOUNS


def possessor(words: Sequence[str]) -> str | None:
    """The noun in lower case that opens a counted phrase as a possessive, without its mark:
    what the count counts, the phrase after it their thing ("the two firms' owners"
    counts "firms", "one man's death" "man"); None for any other phrase (a name's
    possessive stays: "three Acme's directors")."""
    first = words[0] if words else ""
    if first.endswith(("'s", "’s")):
        noun = first[:-2]
    elif first.endswith(("s'", "s’")):
        noun = first[:-1]
    else:
        return None
    return noun if noun.isalpha() and noun.islower() else None


# Where a superlative's things are the most so, after its phrase: "in America", "in the
# world", "in his life", "in the Premier League" (a place or a name, not an adjective before
# its noun: "in American history"; or one of these nouns; not "in the history of")
_DOMAIN = compiled(
    r"""[ \t]++in[ \t]++(?:(?:the|his|her|its|their|our|my)[ \t]++)?
        (?:(?:world|country|nation|history|life|career|league)(?![\p{L}\d])
          |(?&name)(?:[ \t]++(?&name)){0,2}+(?![\p{L}\d]|[ \t]++(?&field)\b)
           (?!(?<=an|ish|ese)[ \t]++\p{Ll}))  # "in American public life": an adjective
        (?![ \t]++of\b)
        (?(DEFINE)
          (?P<name>(?>(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}’'-]*+))  # "U.S.", "Iraq"
          (?P<field>history|politics|football|soccer|sports?|business|law|culture|society
            |television|music|film|cinema|literature|memory|life|league))""",
    regex.VERBOSE,
)
# Words in "-est" that are no superlatives: "two tests in America"
_NOT_SUPERLATIVES = frozenset(
    {"interest", "forest", "guest", "protest", "test", "rest", "west", "chest", "request",
     "contest", "arrest", "harvest", "unrest", "quest", "inquest", "priest", "honest"}
)  # fmt: skip


def superlative_domain(text: str, phrase: str | None, end: int) -> tuple[str | None, int]:
    """The counted ``phrase`` (ending at ``end``) with where its superlative holds, when one
    follows it: "one of the busiest harbours in Europe" counts "busiest harbours in
    Europe", "the 10 hottest cars in the world" "hottest cars in the world"."""
    first = phrase.split(" ", 1)[0] if phrase else ""
    superlative = first in SUPERLATIVES or (
        first.endswith("est") and first.islower() and first not in _NOT_SUPERLATIVES
    )
    domain = _DOMAIN.match(text, end, end + px.AFTER_REACH) if superlative else None
    if domain is None:
        return phrase, end
    return f"{phrase} {' '.join(domain.group().split())}", domain.end()


# A word glued to one of these opens an amount of money: "HK$1.2 billion", "US$40"
_CURRENCY_SIGNS = frozenset(px.CURRENCY_SYMBOLS)


def currency_prefix(text: str, word_end: int) -> bool:
    return text[word_end : word_end + 1] in _CURRENCY_SIGNS


def is_contraction(lowered: str) -> bool:
    """ "we've", "that's", "don't": a pronoun or auxiliary with its clitic starts a clause."""
    for mark in "'’":
        if mark in lowered:
            base, _, clitic = lowered.partition(mark)
            return (
                base in lx.COUNTED_STOPS
                or clitic in _CLITICS
                or (clitic == "t" and base.endswith("n"))
            )
    return False


def is_past_tense(word: str, previous: str) -> bool:
    """A lower-case -ed word after a noun is a verb ("time joined talks"), unless an adverb
    comes before it ("newly elected members"). Short words and -eed nouns are nouns ("bed",
    "speed"); a compound is an adjective ("12 fairly large gas-fired power stations", "two
    state-owned banks")."""
    return (
        word.endswith("ed")  # first: the one test that turns down nearly every word
        and word.islower()
        and len(word) >= 5
        and not word.endswith("eed")
        and "-" not in word
        and not previous.lower().endswith("ly")
        and previous not in SUPERLATIVES  # "the most talented players"
    )


def verb_here(text: str, match: regex.Match[str], words: Sequence[str]) -> bool:
    """An -ed/-ing/-ly word that is not a modifier: after a plural noun, or before a function
    word, a capital or the end of the phrase ("released Tuesday"). "housing" in "public
    housing properties" modifies what follows."""
    if words and (words[-1].endswith("s") or plural_noun(words[-1])):
        return True
    following = px.WORD.match(text, match.end())
    if following is None:
        return True
    word = following.group(px.W)
    return not word.islower() or word in lx.COUNTED_STOPS


def after_determiner(text: str, position: int, fraction: bool = False) -> int:
    """Past a determiner, and a possessive after it or alone: "one of the country's largest
    banks", "one of Hollywood's most respected actors" count the banks and the actors."""
    match = px.WORD.match(text, position)
    determiners = FRACTION_DETERMINERS if fraction else DETERMINERS
    if match is not None and match.group(px.W).lower() in determiners:
        position = match.end()
        match = px.WORD.match(text, position)
    if match is not None and match.group(px.W).endswith(_POSSESSIVES):
        return match.end()
    if match is not None:  # a tokenized text's possessive: "one of Britain 's finest"
        apart = _APART_POSSESSIVE.match(text, match.end())
        if apart is not None:
            return apart.end()
    return position


_POSSESSIVES = ("'s", "’s", "s'", "s’")
_APART_POSSESSIVE = compiled(r"[ \t]['’]s(?![\p{L}\d])")


def phrase_goes_on(text: str, position: int, words: int = 2, *, digits: bool = True) -> bool:
    """After "and": two more content words ("Shahed and decoy drones"), not a new clause
    ("three empty shops and soon rented"); with digits only if ``digits``."""
    for _ in range(words):
        match = px.WORD.match(text, position)
        if match is None:
            return False
        lowered = match.group(px.W).lower()
        if lowered in lx.COUNTED_STOPS or lowered in lx.EVENTS or lowered in lx.NUMBER_WORDS:
            return False
        if not digits and any(map(str.isdigit, lowered)):
            return False
        if currency_prefix(text, match.end(px.W)):  # "88 floors and cost HK$1.2 billion"
            return False
        if lowered.endswith(("ing", "ed", "ly")):  # "two people and causing fires": a new clause
            return False
        position = match.end()
    return True


# What may follow the plural noun that closes a list after "and": a preposition opening a
# place, a time or a purpose ("40 relatives and neighbours for dinner"), not a verb's object
# or an auxiliary ("towns and receives a share", "audits and inquiries are")
_AFTER_LIST = frozenset(["for", "in", "at", "from", "on", "with", "across", "around"])
# No word or number next: a mark or the end ("and spends 4 million" reads on)
_NO_WORD_NEXT = compiled(r"(?![ \t]*+\w)")


def plural_closes_list(text: str, position: int) -> bool:
    """After "and": one plural noun in lower case that closes the phrase, before a mark, the
    end or a preposition of :data:`_AFTER_LIST` ("40 relatives and neighbours for dinner",
    "12 nurses and porters."); not a verb's form ("and sends", "and causing"), nor a number
    word's plural ("400 groups and thousands")."""
    if not phrase_goes_on(text, position, words=1, digits=False):
        return False
    match = px.WORD.match(text, position)
    assert match is not None  # phrase_goes_on read a word there
    word = match.group(px.W)
    if not (word.isalpha() and word.islower() and word.endswith("s")):
        return False
    if word.endswith(_NOT_PLURAL) or word[:-1] in lx.NUMBER_WORDS:
        return False
    following = px.WORD.match(text, match.end())
    if following is None:
        return no_word_next(text, match.end())
    return following.group(px.W).lower() in _AFTER_LIST


def no_word_next(text: str, position: int) -> bool:
    """Whether a mark or the end comes next at ``position``, no word nor number."""
    return _NO_WORD_NEXT.match(text, position) is not None


def name_closes(text: str, following: regex.Match[str]) -> bool:
    """Whether the capitalized words from the word ``following`` (a WORD match) on end a
    phrase: a mark, the end or a function word after them, no word in lower case that they
    describe ("his wife Jane Doe ,", "19 back Jane Doe by"; not "a rookie NFL quarterback")."""
    match: regex.Match[str] | None = following
    while match is not None and match.group(px.W)[:1].isupper():
        match = px.WORD.match(text, match.end())
    return match is None or match.group(px.W).lower() in lx.COUNTED_STOPS
