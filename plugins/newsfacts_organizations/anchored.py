"""The matches of a pattern that opens with one of a few listed words, tried only where those
words stand in the text.

A stock index's name ("S&P 500", :mod:`stock_indexes`) or a ship's (“USS Gerald R. Ford”,
:mod:`vessel_runs`) opens with a listed word. ``finditer`` tries such a pattern at every
character of the text, a whole-text scan that a long article, which nearly always holds one
of the words somewhere, paid in full (some 3 ms for 20,000 words of news). A match can only
open where one of the words does, and ``str.find`` finds those places in C: tried there
alone, left to right and never inside the match before, the pattern gives the matches of
``finditer``, the same and in the same order (``match`` at a place sees the text before it,
for a lookbehind or a ``\\b``, as ``finditer`` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import regex

from newsfacts.plugin import starts_of

#: A match of ``re`` or of ``regex`` (chambers.py's patterns)
MatchT = TypeVar("MatchT", re.Match[str], regex.Match[str])


def anchored_matches(
    pattern: re.Pattern[str], text: str, openers: Iterable[str]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern whose every match opens with
    one of ``openers`` (written as they stand in the text) and holds a character at least."""
    return matches_at(pattern.match, text, starts_of(text, openers))


def matches_at(
    match: Callable[[str, int], MatchT | None], text: str, starts: Iterable[int]
) -> Iterator[MatchT]:
    """The matches of a pattern's ``finditer`` over ``text``, for a pattern (``match``: its
    match method) whose every match opens at one of ``starts`` (in order; places where none
    opens do no harm) and holds a character at least."""
    end = 0
    for at in starts:
        if at < end:
            continue  # inside the match before: finditer goes on past its end
        found = match(text, at)
        if found is not None:
            end = found.end()
            yield found


def word_start(text: str, end: int) -> int:
    """Where the letters right before ``end`` open (``end`` if there are none): the only
    place a word of letters ending there may open after a word boundary (a letter before
    it is a word's character)."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start
