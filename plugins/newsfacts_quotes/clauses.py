"""Where the subject of a cue stands in the words before it: after a conjunction that opens a
clause of its own ("Markets rallied after| the Fed chair said"), after a preposition's
"which" ("during which| the crowd chanted"), after an article and the words describing a name
("an angry| Hollande"), or in the last sentence of the words (:func:`sentence_start`); and
what a chunk of the words before a cue is: a predicate (:func:`is_predicate`), a comment on
what is said (:func:`is_comment`), words that name no one (:func:`names_no_one`), and a form of
"be" saying what its subject is (:func:`is_being`), and whether a word ending in "s" is a
plural noun heading the subject rather than its verb (:func:`plural_before_verb`).

The speaker phrase itself is read by :mod:`newsfacts_quotes.phrases`.
"""

from __future__ import annotations

from newsfacts.plugin import compiled, read_table, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.opening_phrases import after_opening_phrase, after_wh_clause
from newsfacts_quotes.phrases import (
    ARTICLES,
    NOT_SPEAKERS,
    Word,
    filler,
    is_gerund,
    is_verb,
    opens_noun_phrase,
)
from newsfacts_quotes.times import time_phrase_end, time_phrase_start

BE = frozenset(("is", "are", "was", "were"))  # a subject's verb that says what it is


def own_clause(words: list[Word], *, as_clause: bool = True) -> list[Word]:
    """The words after the last conjunction of ``data/subordinators.txt`` inside ``words``,
    where the subject of a cue in a clause of its own stands ("Markets rallied after| the Fed
    chair said"), when a noun phrase opens them: a determiner, quantifier, number or capital
    (not "while reviving his claims", "submitted as proof"), or after a preposition's "which"
    ("during which| the crowd chanted"), or after a verb of thinking ("I think| the mayor
    said"; the words before a verb of hoping, "I| hope the city says", see
    :func:`_believed`); else all of them. (``as_clause`` False: not after
    "as", whose short noun phrase before "and" is an object's: "dismissed the move as a
    late-hour reversal and accused".)"""
    for index in range(len(words) - 2, 0, -1):
        clause = _prepositional_relative(words, index)
        if clause:
            return clause
        if words[index][2].lower() in lx.SUBORDINATORS:
            # ("after she attacked the union and blamed": a pronoun opens the clause too,
            # unless a "how" in it opens the cue's: "when they heard how the mayor put it")
            opener, clause = words[index + 1][2], words[index + 1 :]
            pronoun = opener in _SUBJECT_PRONOUNS and after_wh_clause(clause) is clause
            return clause if opens_noun_phrase(opener) or pronoun else words
        kind = _BELIEF_VERBS.get(words[index][2])
        clause = _believed(words[index + 1 :]) if kind is not None else []
        if clause:
            # ("I hope in 2030 the city says": words only wished are the wisher's)
            return own_clause(words[:index], as_clause=as_clause) if kind == "wish" else clause
        if as_clause and _as_clause(words, index):
            return words[index + 1 :]
    return words


_RELATIVE_TIMES = read_words("newsfacts_quotes", "relative_time_nouns.txt")
# The pronouns that are a clause's subject after a conjunction ("after she attacked")
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we"))
# The verbs of thinking ("belief") and hoping ("wish") that take a clause (data/belief_verbs.tsv)
_BELIEF_VERBS = dict(
    (word, kind) for kind, word in read_table("newsfacts_quotes", "belief_verbs.tsv", columns=2)
)


def _believed(words: list[Word]) -> list[Word]:
    """The clause after a verb of thinking or hoping (data/belief_verbs.tsv), "that" and a
    time opening it aside, when a noun phrase opens it ("I hope next year| the city says")
    or follows a preposition and a year ("I hope in 2030| the city says", "by 2030|
    Congress"); none when the verb has an object of another kind ("hoped to", "thought
    of what his aides told him") or the words go on past the clause's subject ("thought
    the plan was good and": the cue is the believer's)."""
    if words and words[0][2] == "that":
        words = words[1:]
    words = words[time_phrase_end(words) :]
    if len(words) < 2 or any(word[2] in _NO_SUBJECT_WORDS for word in words):
        return []
    if opens_noun_phrase(words[0][2]):
        return words
    if words[0][2] not in lx.TRAILING_PREPOSITIONS or not words[1][2].isdigit():
        return []
    subject = words[2:]
    if subject and subject[0][2][:1].isupper():
        return subject
    subject = after_opening_phrase(words)
    return subject if len(subject) < len(words) else []


# Words that a subject right before its cue never holds: a coordinator, a form of "be" and
# an infinitive's "to" ("hope one day to harness": the verb's object is no clause).
_NO_SUBJECT_WORDS = frozenset(("and", "but", "or", "to")) | BE


def _prepositional_relative(words: list[Word], index: int) -> list[Word] | None:
    """The words after a "which" or "whom" that a preposition opens: a clause whose subject
    follows it, after a noun of time ("held a rally, during which| the crowd chanted", "at
    which point| protesters shouted"; data/relative_time_nouns.txt); None if ``index`` is no
    such word. The "which" names no one who speaks."""
    if words[index][2] not in ("which", "whom"):
        return None
    if words[index - 1][2].lower() not in lx.TRAILING_PREPOSITIONS:
        return None
    rest = words[index + 1 :]
    if len(rest) > 1 and rest[0][2] in _RELATIVE_TIMES:
        rest = rest[1:]
    return rest


# "showed no emotion as the judge added": "as" opens a clause of its own when a determiner
# and a short noun phrase follow it right up to the cue (not "known as the Butcher", whose
# noun phrase a verb follows before any cue, nor "slammed the plan as a ploy").
_AS_CLAUSE_WORDS = 4


def _as_clause(words: list[Word], index: int) -> bool:
    return (
        words[index][2] == "as"
        and words[index + 1][2].lower() in lx.DETERMINERS
        and len(words) - index - 1 <= _AS_CLAUSE_WORDS
    )


_MAX_DESCRIBING_WORDS = 2


def described_opening(words: list[Word]) -> int | None:
    """Where a name starts after an article and the words describing it: "an angry|
    Hollande retaliated", "a visibly shaken| Ana Ruiz"; None without them."""
    if not words or words[0][2].lower() not in ARTICLES:
        return None
    index = 1
    while index <= _MAX_DESCRIBING_WORDS and index < len(words) and words[index][2].islower():
        index += 1
    return words[index][0] if 1 < index < len(words) else None


# A lower-case word and the full stop ending its sentence: "read.", "calls." (not "p.m.").
_ENDS_SENTENCE = compiled(r"\p{Ll}{2,}+\.")


def sentence_start(words: list[Word], start: int) -> int:
    """Where the last sentence of ``words`` starts: after a lower-case word and a full stop
    before a capital ('“...,” the letter read. The letter went on that ...' is "The
    letter"; not "p.m." nor "Mr.", which are no such words); else ``start``."""
    for word, following in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        if _ENDS_SENTENCE.fullmatch(word[2]) and following[2][:1].isupper():
            return following[0]
    return start


def set_off_opener(text: str, words: list[Word]) -> bool:
    """Whether one capitalized word set off by a comma opens ``words`` before a noun phrase:
    a sentence adverb, no part of the subject after it ("Instead,| the statement focused
    on ...", "Meanwhile,| the agency"); the caller makes sure it names no one ("Ortiz,
    the mayor")."""
    if len(words) < 2 or not opens_noun_phrase(words[1][2]):
        return False
    first = words[0]
    return (
        first[2][:1].isupper()
        and first[2][1:].islower()
        and text[first[1] : words[1][0]].strip() == ","
    )


def is_being(words: list[Word], index: int) -> bool:
    """A form of "be" at ``index`` that says what the noun phrase before it is ("Mill
    Lane was the escape route", "The shop is the bakery"), not one that makes a
    verb's tense or voice ("everyone was claiming success", "Tenants are required to
    report"), nor one of a clause after the subject's own verb ("They say their plan
    is": a determiner after the first word opens another noun phrase)."""
    if words[index][2] not in BE:
        return False
    after = words[index + 1][2] if index + 1 < len(words) else ""
    if is_gerund(after) or (after.islower() and after.endswith("ed")):
        return False
    return not any(word[2].lower() in lx.DETERMINERS for word in words[1:index])


def is_predicate(words: list[Word]) -> bool:
    """A chunk opening with a verb in lower case, whose subject stands before it: "endorsed
    Tom Lee on Monday", "praised the plan", "did not concede" (a guess without parts of
    speech, see :func:`is_verb`)."""
    first = words[0][2]
    if first in lx.AUXILIARIES:
        return True
    return first.islower() and first not in NOT_SPEAKERS and is_verb(first)


def is_comment(chunk: list[Word]) -> bool:
    """Whether a chunk set off before the cue is a comment on what is said, "as" and a cue:
    "The letter, which — as columnist Ruth Adler noted — warns" (the letter speaks, not
    Adler), "Ms Ortiz, as the paper reported, said"."""
    return chunk[0][2].lower() == "as" and any(word[2] in lx.CUES for word in chunk[1:])


def names_no_one(chunk: list[Word]) -> bool:
    """Whether a chunk between commas before a cue holds only adverbs and auxiliaries or a
    time ("Ms Ortiz, the mayor, has just told", "Trump, who ..., on Friday described")."""
    return all(filler(word[2]) for word in chunk) or not time_phrase_start(chunk)


# Relative pronouns whose clause may have a subject, set off by an appositive: "in what Ann
# Cole, a rival, called"
_OBJECT_RELATIVES = frozenset(["what", "which", "whom"])


# Relative pronouns that may stand right before their verb with no comma, their clause
# restricting the noun before them: "a notice that| said", "the agency which| reported"
_RESTRICTIVE_RELATIVES = frozenset(("that", "which", "who"))


def restrictive_relative(text: str, words: list[Word]) -> Word | None:
    """The relative pronoun ending the words before a cue that is the subject of the cue's
    clause and restricts the noun right before it, no comma between: the "that" of "banners
    that said", the "which" of "the board which reported"; None if the words end otherwise
    or a comma sets the pronoun off (", which said" is read as an appositive clause:
    :func:`newsfacts_quotes.phrases.relative_clause`)."""
    word = words[-1]
    if len(words) < 2 or word[2].lower() not in _RESTRICTIVE_RELATIVES:
        return None
    return None if "," in text[words[-2][1] : word[0]] else word


def relative_subject(words: list[Word]) -> bool:
    """Whether a chunk before a cue opens the cue's own clause, its subject right after a
    relative pronoun ("in what Ann Cole", "which the mayor"): a name or a determiner, not a
    verb ("which was founded in 1990" describes the noun before it)."""
    for index, word in enumerate(words[:-1]):
        if word[2].lower() in _OBJECT_RELATIVES:
            subject = words[index + 1][2]
            return subject[:1].isupper() or subject.lower() in lx.DETERMINERS
    return False


def plural_before_verb(words: list[Word], index: int) -> bool:
    """Whether the word at ``index``, ending in "s", is a plural noun heading the subject, for
    a verb follows it: "Small bakeries have criticized", "Several neighborhood clubs gave",
    "The new figures showed" (not "The mayor says", "She has said": a verb or auxiliary)."""
    word = words[index][2]
    if not word.endswith("s") or word.endswith("ss") or index + 1 >= len(words):
        return False
    if word in lx.VERB_FILLERS or word in lx.AUXILIARIES or _cue_or_irregular(word):
        return False
    following = words[index + 1][2]
    return following.islower() and (
        following in lx.VERB_FILLERS
        or following in lx.AUXILIARIES
        or following.endswith("ed")
        or _cue_or_irregular(following)
    )


def _cue_or_irregular(word: str) -> bool:
    return word in lx.CUES or word in lx.IRREGULAR_VERBS
