"""Event words that are words of a name: "the Stolen Lives Project campaign", "the Harlow County
Detention Center", "the Harlow Refugees Welcome Centre". Capitalized between capitalized
words in a sentence of prose, the word names a movement, a building or a group; it says
nothing of what happened to people a count near it counts. A headline in title case
capitalizes its verbs too ("Two Hikers Killed Near Summit"): its event words stay events.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx

# The capitalized word before the event word, read backwards from it (REVERSE, anchored
# there by \G): "Lives" after "Stolen"
_NAME_BEFORE = compiled(r"\b\p{Lu}[\p{L}'’.\-]*[ \t]\G", flags=regex.REVERSE)
# The capitalized word after it: "Lives" before "Project"
_NAME_AFTER = compiled(r"[ \t](\p{Lu}[\p{L}'’\-]*+)")
# A word in lower case of five letters or more: prose, which a headline in title case has
# none of ("campaign" in "the Stolen Lives Project campaign"; AP style leaves only short
# words in lower case: "Three Killed in Crash")
_PROSE_WORD = compiled(r"(?<![\p{L}'’\-])\p{Ll}{5,}+(?![\p{L}'’\-])")
# How far the sentence is read on either side for a word of prose
_SENTENCE_REACH = 80
_SENTENCE_ENDS = ".!?\n"


def in_name(text: str, match: regex.Match[str]) -> bool:
    """Whether the event word ``match`` is capitalized between two capitalized words that are
    not function words, in a sentence of prose: "the Stolen Lives Project campaign" (not "Two
    Hikers Killed Near Summit", a headline in title case; nor "Lives" at a sentence's start)."""
    word = match.group()
    if not word[:1].isupper() or not word[1:].islower():
        return False  # the quick test: an event word in lower case (or in capitals)
    start, end = match.span()
    if _NAME_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    after = _NAME_AFTER.match(text, end)
    if after is None or _function_word(after.group(1)) or _function_word(_word_before(text, start)):
        return False
    return _prose(text, start, end)


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 30) : start].split()
    return before[-1] if before else ""


def _function_word(word: str) -> bool:
    """ "In", "To", "Are", "Two": a word a headline in title case capitalizes between its
    verb and its nouns."""
    lowered = word.lower()
    return lowered in lx.COUNTED_STOPS or lowered in lx.NUMBER_WORDS


def _prose(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start``..``end`` holds a word of prose in lower case."""
    low = max(0, start - _SENTENCE_REACH)
    for mark in _SENTENCE_ENDS:
        low = max(low, text.rfind(mark, low, start) + 1)
    high = min(len(text), end + _SENTENCE_REACH)
    for mark in _SENTENCE_ENDS:
        found = text.find(mark, end, high)
        if found >= 0:
            high = found
    return _PROSE_WORD.search(text, low, start) is not None or (
        _PROSE_WORD.search(text, end, high) is not None
    )
