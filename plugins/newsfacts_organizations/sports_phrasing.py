"""The words of sports phrasing around a team's name (``data/sports_verbs.tsv``: "X beat Y",
"against X") and the words that split a run of capitalized words into the names of sides
("NEW YORK AT CHICAGO", "Latvia in a Euro qualifier"), which :mod:`sports` reads; and the
readers of that phrasing beside a name: :func:`phrased_after`, :func:`phrased_before`,
:func:`destination`, :func:`transferred_from`."""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import NUMBER_WORDS, ORDINAL_WORDS, read_table
from newsfacts_organizations.lexicon import PACKAGE, POSSESSIVES
from newsfacts_organizations.runs import Sentence
from newsfacts_organizations.sports_results import is_score

_VERBS = read_table(PACKAGE, "sports_verbs.tsv", columns=2)
# After two names joined by "and", the words of a match only; after one, any (see the table)
AFTER_JOINED = frozenset(words for side, words in _VERBS if side == "after")
AFTER = AFTER_JOINED | frozenset(words for side, words in _VERBS if side == "after-one")
BEFORE = frozenset(words for side, words in _VERBS if side == "before")
ONWARD = frozenset(words for side, words in _VERBS if side == "onward")
# The words before the club a player moves to, the club he leaves named after it and "from"
TRANSFERS = frozenset(words for side, words in _VERBS if side == "transfer")
# Words describing a team between the phrasing before it and its name: "the winless Jets"
ADJECTIVES = frozenset(words for side, words in _VERBS if side == "adjective")
# Adverbs between a team and the phrasing after it: "Liverpool also beat Chelsea"
ADVERBS = frozenset(words for side, words in _VERBS if side == "adverb")
LONGEST = max(len(words.split()) for _, words in _VERBS)
# The first words of the phrases after a team, the last words of those before one.
AFTER_FIRST = frozenset(words.split()[0] for words in AFTER)
# A headline in capitals runs its teams and verb together: "WIGAN BEAT BRADFORD" is split at
# the verb, as at "IN" or "ON".
CAPS_VERBS = frozenset(words.upper() for words in AFTER if " " not in words)
BEFORE_LAST = frozenset(words.split()[-1] for words in BEFORE)
# The words before "between X and Y" when X and Y are the two sides of a match.
MATCH_WORDS = frozenset(words for side, words in _VERBS if side == "between")

# Words that separate two teams in a fixture written in capitals: "NEW YORK AT CHICAGO".
SEPARATORS = frozenset(("at", "v", "vs", "vs."))
# Words no team's name holds, written in lower case (in capitals, not "A": "GROUP A").
_LOWER_SPLITS = frozenset(("in", "on", "for", "a"))
_CAPS_SPLITS = frozenset(("IN", "ON", "FOR"))
_CAPS_SPLITTING = _CAPS_SPLITS | CAPS_VERBS
# Every word that may split a run (see split_run), in lower case: a run none of whose words is one
# is a single part. ("vſ": casefold reads the long s as "s", lower keeps it.)
_SPLITTING = frozenset(
    word.lower()
    for word in (*SEPARATORS, "and", "vſ", "vſ.", *_LOWER_SPLITS, *_CAPS_SPLITS, *CAPS_VERBS)
)


def split_run(sentence: Sentence, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A run split at "AT", "V", "VS": the two sides of a fixture; at "in", "on", "for" and
    "a", which no team's name holds ("Latvia in a Euro qualifier"); after "between", at
    "and" too ("between Australia and Sri Lanka")."""
    lowered = sentence.lowered
    if _SPLITTING.isdisjoint(lowered[start:end]):
        yield start, end  # nearly every run: no word of it may split it, read in C
        return
    separators = SEPARATORS
    if start > 0 and lowered[start - 1] == "between":
        separators = SEPARATORS | {"and"}
    splits = _CAPS_SPLITTING if sentence.caps else _LOWER_SPLITS
    first = start
    for index in range(start, end):
        text = sentence.texts[index]
        if text.casefold() in separators or text in splits:
            if index > first:
                yield first, index
            first = index + 1
    if first < end:
        yield first, end


def transferred_from(sentence: Sentence, first: int) -> bool:
    """A name after "from" and a club a player moved to (``TRANSFERS``): the club he left
    ("joined Milan from Torino", "has joined Betis of Seville from Lille")."""
    lowered, capital = sentence.lowered, sentence.capital
    if first < 3 or lowered[first - 1] != "from" or not capital[first - 2]:
        return False
    index = first - 2  # back over the club moved to, "of" and its town too
    while index > 0 and (capital[index - 1] or lowered[index - 1] == "of"):
        index -= 1
    before = lowered[max(0, index - 2) : index]
    return bool(before) and (before[-1] in TRANSFERS or " ".join(before) in TRANSFERS)


def destination(lowered: list[str], first: int, last: int) -> bool:
    """A name after "to" and before the match a team goes there for (``ONWARD``): the place
    ("travel to Lisbon to face Sporting"), not a team ("lost to Chelsea")."""
    if first == 0 or lowered[first - 1] != "to" or lowered[last : last + 1] != ["to"]:
        return False
    after = lowered[last : last + LONGEST]
    return any(" ".join(after[:size]) in ONWARD for size in range(2, len(after) + 1))


def phrased_after(lowered: list[str], last: int, phrases: frozenset[str]) -> bool:
    """Sports phrasing right after a name (one of ``phrases``): "beat", "were held"; past an
    adverb of the result (side ``adverb``: "Brighton twice came from behind", "Liverpool also
    beat")."""
    if last < len(lowered) and lowered[last] in ADVERBS:
        last += 1
    # The word after first: most names are followed by none that opens a phrase.
    if last >= len(lowered) or lowered[last] not in AFTER_FIRST:
        return False
    after = lowered[last : last + LONGEST + 1]
    if len(after) > 2 and after[0] in POSSESSIVES and _counted(after[1]):
        del after[1]  # "Chicago 's four errors", "Leicester 's second goal"
    return any(" ".join(after[:size]) in phrases for size in range(1, len(after) + 1))


def _counted(word: str) -> bool:
    """A number or an ordinal between a team's possessive and a noun of its play."""
    return word.isdigit() or word in NUMBER_WORDS or word in ORDINAL_WORDS


def phrased_before(sentence: Sentence, first: int) -> bool:
    """Sports phrasing right before a name (see _phrasing_before): "beat the", "against"."""
    # The word nearest the name first (found as _phrasing_before finds it): most names come
    # after none that ends a phrase, and the words before them need not be read.
    lowered = sentence.lowered
    index = _past_the(lowered, first - 1)
    while index >= 0 and _in_score(sentence, index):
        index -= 1
    if index < 0 or lowered[index] not in BEFORE_LAST:
        return False
    before = _phrasing_before(sentence, first)
    return any(" ".join(before[-size:]) in BEFORE for size in range(1, len(before) + 1))


def _phrasing_before(sentence: Sentence, first: int) -> list[str]:
    """The lower-case words before a name, at most :data:`LONGEST`, passing over a "the"
    and a participle right before it and a score ("beat the Yankees", "against struggling
    Derbyshire", "drew 2-2 with Brazil")."""
    lowered = sentence.lowered
    index = _past_the(lowered, first - 1)
    words: list[str] = []
    while index >= 0 and len(words) < LONGEST:
        if not _in_score(sentence, index):
            words.append(lowered[index])
        index -= 1
    words.reverse()
    return words


def _past_the(lowered: list[str], index: int) -> int:
    """Back from ``index`` over a "the" and a participle or an adjective describing the team
    (side ``adjective``: "against the struggling Nottinghamshire", "beat battling Kent", "host
    the winless Jets"), not one of the phrasing ("beating")."""
    if index >= 0 and lowered[index] == "the":
        index -= 1
    word = lowered[index] if index > 0 else ""
    if word in ADJECTIVES or (
        len(word) > 5 and word.endswith("ing") and word.isalpha() and word not in BEFORE_LAST
    ):
        index -= 1
        if lowered[index] == "the":
            index -= 1
    return index


def _in_score(sentence: Sentence, index: int) -> bool:
    """A part of a score: "2", "-", "2" of "2-2"; not a year."""
    text = sentence.texts[index]
    if text == "-":
        return 0 < index < len(sentence.texts) - 1 and is_score(sentence, index - 1)
    return is_score(sentence, index)
