"""Numbers that sports reports write as names of things: a race's distance ("won the
1500m": metres, no millions), a batsman's century ("reached his hundred": no number)."""

from __future__ import annotations

from collections.abc import Collection

from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers.words_before import whole_word_before

# Words after a race's distance that go with the race: "the 100m in 9.58", "the 5000m world
# record" (and those of metre_context.txt: "the 400m hurdles")
_RACE_AFTER = frozenset(["in", "at", "on", "and", "or", "world", "title", "gold", "record"])


def race(text: str, start: int, digits: str, end: int) -> bool:
    """Whether the number at ``start`` (written ``digits``) with an attached "m" (ending at
    ``end``) is a race's distance after "the" (:data:`lexicon.RACE_DISTANCES`: "won the
    1500m", "the 100m in 9.58 seconds"), no millions: not before a noun in lower case, the
    amount's ("the 200m deal"), but a word of the race ("the 5000m world record")."""
    if digits not in lx.RACE_DISTANCES or whole_word_before(text, start).lower() != "the":
        return False
    return _fits_after(text, end, lx.METRE_CONTEXT | _RACE_AFTER)


def century(text: str, start: int, end: int) -> bool:
    """Whether a bare "hundred" (at ``start``..``end``) is a batsman's century: after a word
    of :data:`lexicon.CENTURY_WORDS` or a name's possessive ("his hundred", "a maiden
    hundred", "Kohli's 50th one-day international hundred"), before no noun it counts ("his
    hundred days in office" are days)."""
    word = whole_word_before(text, start)
    if not (word.endswith(("'s", "’s")) or word in lx.CENTURY_WORDS):
        return False
    return _fits_after(text, end, lx.COUNTED_STOPS)


def _fits_after(text: str, end: int, words: Collection[str]) -> bool:
    """Whether what follows ``end`` leaves the number a name: the end of the text, a mark, a
    capitalized word or one of ``words``; not another word in lower case."""
    following = px.NEXT_WORD.match(text, end)
    if following is None or text[end : following.start(px.W)].strip():
        return True  # the end of the text, or a mark before the next word: "the 100m."
    word = following.group(px.W)
    return not word.islower() or word in words
