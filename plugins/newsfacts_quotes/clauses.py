"""Where the subject of a cue stands in the words before it: after a conjunction that opens a
clause of its own ("Markets rallied after| the Fed chair said"), after a preposition's
"which" ("during which| the crowd chanted"), after an article and the words describing a name
("an angry| Hollande"), or in the last sentence of the words (:func:`sentence_start`).

The speaker phrase itself is read by :mod:`newsfacts_quotes.phrases`.
"""

from __future__ import annotations

from newsfacts.plugin import compiled, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.phrases import ARTICLES, Word, opens_noun_phrase


def own_clause(words: list[Word], *, as_clause: bool = True) -> list[Word]:
    """The words after the last conjunction of ``data/subordinators.txt`` inside ``words``,
    where the subject of a cue in a clause of its own stands ("Markets rallied after| the Fed
    chair said"), when a noun phrase opens them: a determiner, quantifier, number or capital
    (not "while reviving his claims", "submitted as proof"), or after a preposition's "which"
    ("during which| the crowd chanted"); else all of them. (``as_clause`` False: not after
    "as", whose short noun phrase before "and" is an object's: "slammed the shift as a
    debate-eve conversion and accused".)"""
    for index in range(len(words) - 2, 0, -1):
        clause = _prepositional_relative(words, index)
        if clause:
            return clause
        if words[index][2].lower() in lx.SUBORDINATORS:
            return words[index + 1 :] if opens_noun_phrase(words[index + 1][2]) else words
        if as_clause and _as_clause(words, index):
            return words[index + 1 :]
    return words


_RELATIVE_TIMES = read_words("newsfacts_quotes", "relative_time_nouns.txt")


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
    before a capital ('“...,” the statement read. The statement added that ...' is "The
    statement"; not "p.m." nor "Mr.", which are no such words); else ``start``."""
    for word, following in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        if _ENDS_SENTENCE.fullmatch(word[2]) and following[2][:1].isupper():
            return following[0]
    return start
