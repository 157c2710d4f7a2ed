"""Where the scan's candidates are: the hits it skips, and the candidate around a hit."""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import NamedTuple

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers import values

BACK_REACH = 12  # characters before a hit that may start its candidate ("US $ ", "minus ")
FIRST_WORD = compiled(r"\S+")


def cut_off(text: str, at: int) -> bool:
    """Digits right after a digit and a point or comma ("1,1,1", "1.1.1"): the rest of a
    number that was not read, where no candidate starts (none may start right after a point
    or comma that follows a digit, nor end before one: see BACK and the digits branch)."""
    return at >= 2 and text[at - 1] in ".," and text[at - 2].isdecimal() and text[at].isdecimal()


def number_after_symbol(text: str, at: int) -> bool:
    # A digit right after the symbol ("$5"), the common case, decided without the regex.
    if text[at + 1 : at + 2].isdecimal():
        return True
    return px.NUMBER_AFTER_SYMBOL.match(text, at + 1, None, px.CONCURRENT) is not None


def candidate_at(text: str, at: int) -> regex.Match[str] | None:
    """The candidate around the hit at ``at``, which may start a little before it: "a dozen",
    "-5", "US $5", "-$5"."""
    # Before a number word only "a" or "several" may start the candidate ("a dozen").
    reach = _BACK_WORD if text[at].isalpha() else _BACK
    pattern, lasts = reach.pattern, reach.lasts
    before = text[at - 1] if at else ""
    if before.isspace() and at >= 2:
        before = text[at - 2]  # past one space: "12 $5"
    # _may_start_before's first tests, made here: "$1,$1", "12 $5" are decided without the call
    if not before or (before not in lasts and not before.isspace() and before != "-"):
        return _candidate(text, at, at)
    if not _may_start_before(text, at, reach):
        return _candidate(text, at, at)  # the common case: nothing before the hit starts it
    starts = [at]
    for _ in range(2):
        if len(starts) > 1 and not _may_start_before(text, starts[0], reach):
            break
        back = pattern.search(text, max(0, starts[0] - BACK_REACH), starts[0], px.CONCURRENT)
        if back is None:
            break
        starts.insert(0, back.start())
    for position in starts:  # the longest reading first: "US $5" before "$5"
        match = _candidate(text, position, at)
        if match is not None:
            return match
    return None


def _candidate(text: str, position: int, at: int) -> regex.Match[str] | None:
    """The candidate starting at ``position`` that holds the hit at ``at``, if any."""
    if text[position].isalpha():
        match = _word_candidate(text, position, at)
    else:
        ahead = text[position : position + px.SLASH_REACH]
        slash = not px.FRACTION_MARKS.isdisjoint(ahead)
        pattern = px.DIGIT_CANDIDATE if slash else px.DIGITS_CANDIDATE
        match = pattern.match(text, position, None, px.CONCURRENT)
    return match if match is not None and match.end() > at else None


def _word_candidate(text: str, position: int, at: int) -> regex.Match[str] | None:
    """The candidate at a word, for the hit at ``at``: CANDIDATE, or at a number word only
    the branches that may start with that word (WORD_CANDIDATES).

    Those are first tried reading at most two words of cardinals (TWO_WORD_CANDIDATES): the
    same match, but where the cardinals run on. Where their first two words do not form one
    number ("one two three ..."), neither do more, and the number is the first word alone:
    the short match gives it, a tenth of the cost of matching the whole run of words."""
    word = px.RUN_OF_WORD.match(text, position, None, px.CONCURRENT)
    short = _two_word_candidate(word.group() if word else "")
    if short is None:
        return px.CANDIDATE.match(text, position, None, px.CONCURRENT)
    match = short.match(text, position, None, px.CONCURRENT)
    if match is None or match.lastgroup != "words" or _first_word_only(match, at):
        return match
    return px.WORD_CANDIDATES[word.group().lower() if word else ""].match(
        text, position, None, px.CONCURRENT
    )


# One entry per spelling of a word a candidate starts with (bounded: number words, "a",
# "several"): a look-up in TWO_WORD_CANDIDATES costs two Python-level calls, at every word.
@functools.lru_cache(maxsize=1024)
def _two_word_candidate(word: str) -> regex.Pattern[str] | None:
    """TWO_WORD_CANDIDATES for a candidate whose first word is ``word``, or None."""
    return px.TWO_WORD_CANDIDATES.get(word.lower())


def _first_word_only(match: regex.Match[str], at: int) -> bool:
    """Whether only the first word of the cardinals of ``match`` makes the number (the two
    words do not form one), and the candidate holds the hit at ``at``."""
    # The first word ends at a space before the second: the full reading's first word cannot
    # run on past it ("twenty-one" may be "twenty-one-two" there).
    read = reading(match.group())  # the group "words" spans the match
    return read is not None and read.length < len(match.group()) and match.end() > at


class Reading(NamedTuple):
    """The number spelled-out cardinals make."""

    length: int  # how many of their characters make it
    value: Decimal
    scale: int  # the scale its last word is ("five thousand"), else 1
    alone: bool  # it is one word


# A text of number words repeats its pairs of words ("one two"): each is read once, where
# the candidate's test and the scan's reading would read it each.
@functools.lru_cache(maxsize=4096)
def reading(words: str) -> Reading | None:
    """The number the spelled-out cardinals ``words`` make: all of them, or the first word
    alone where they do not form one number ("five six"); None where neither does."""
    length = len(words)
    value = values.words(words)
    if value is None:
        first = FIRST_WORD.match(words)
        length = first.end() if first else 0
        value = values.words(words[:length]) if length else None
        if value is None:
            return None
    written = words[:length].split()
    last = lx.NUMBER_WORDS.get(written[-1].lower())
    scale = last[0] if last is not None and last[1] == "scale" else 1
    return Reading(length, value, scale, len(written) == 1)


class _Back(NamedTuple):
    """The search for what may start a candidate before its hit, and its quick tests."""

    pattern: regex.Pattern[str]
    lasts: frozenset[str]  # the last characters of its phrases
    ends: frozenset[str]  # their last two characters
    singles: frozenset[str]  # its phrases of one character


_BACK = _Back(px.BACK, px.BACK_LAST, px.BACK_ENDS, px.BACK_SINGLES)
_BACK_WORD = _Back(px.BACK_WORD, px.BACK_WORD_LAST, px.BACK_WORD_ENDS, px.BACK_WORD_SINGLES)


def _may_start_before(text: str, end: int, reach: _Back) -> bool:
    """Whether a phrase ``reach`` searches for may end right before ``end``, or before the
    white space and hyphens there: its last two characters end one of the phrases, or its
    last is a phrase of one character, a letter only after no letter (the look-behinds of
    "a", "C", "S")."""
    at = end - 1
    while at >= 0 and text[at] not in reach.lasts:
        if not (text[at].isspace() or text[at] == "-"):
            return False
        at -= 1
    if at < 0:
        return False
    if at > 0 and text[at - 1 : at + 1] in reach.ends:
        return True
    last = text[at]
    return last in reach.singles and not (last.isalpha() and at > 0 and text[at - 1].isalpha())
