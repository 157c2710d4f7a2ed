"""The words of sports phrasing around a team's name (``data/sports_verbs.tsv``: "X beat Y",
"against X") and the words that split a run of capitalized words into the names of sides
("NEW YORK AT CHICAGO", "Latvia in a Euro qualifier"), which :mod:`sports` reads."""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import read_table
from newsfacts_organizations.lexicon import PACKAGE
from newsfacts_organizations.runs import Sentence

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
        text = sentence.units[index].text
        if text.casefold() in separators or text in splits:
            if index > first:
                yield first, index
            first = index + 1
    if first < end:
        yield first, end
