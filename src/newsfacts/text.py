"""Text segmentation: the segments of an article's text, and its tokens' patterns.

Paragraphs (:mod:`newsfacts.paragraphs`), sentences (:mod:`newsfacts.sentences`) and tokens
(:mod:`newsfacts.tokens`, with the patterns here) are computed once per article by the core
(see :class:`newsfacts.Document`) and shared by every plugin, so that no plugin splits the
text again. Offsets are Python string indices into the article text exactly as given.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, cast

import regex

from newsfacts.tables import compiled


class Segment(NamedTuple):
    """A stretch of the article text: a paragraph, a sentence or a token.

    Immutable like every value newsfacts hands out; a named tuple rather than an attrs class
    because an article has thousands of tokens, and a tuple is built several times faster.
    """

    start: int
    end: int
    text: str


# Segments made from (start, end, text) triples without the named tuple's Python-level
# __new__: tuple.__new__ takes the triple as one iterable.
_segment = functools.partial(tuple.__new__, Segment)
_NEW = cast("Callable[[type[Segment], tuple[int, int, str]], Segment]", tuple.__new__)


def _segments(triples: Iterable[tuple[int, int, str]]) -> Iterator[Segment]:
    """Segments made from many triples at once: tuple.__new__ mapped over them, called
    straight rather than through the partial (a sixth less a segment, made and freed)."""
    return map(_NEW, itertools.repeat(Segment), triples)


# Tokens: numbers with separators ("1,000.5"), dotted abbreviations ("U.S."), words with inner
# apostrophes or hyphens ("O’Malley", "Washington-based"), a run of four or more of one symbol
# ("-----", "!!!!"), else one symbol. (A run is one token so that a page of dashes or dots is
# not a million tokens; "..." stays three.) The alternatives are told apart by the first
# character, the commonest first: a letter opens an abbreviation or else a word; a digit a
# number ("3rd" is "3" and "rd"); a mark (a combining accent) a word; any other character a
# run or itself. (Tried in that order, a word, the commonest token, is matched at its first
# try, not after a number and an abbreviation failed there.) A part a token may or may not
# go on with ("-based", ",000") is written as a choice of it or nothing, not as a repeat that
# may be empty: both regex engines set a repeat up at every token, and leave a choice whose
# first character does not fit after one test (the split into tokens costs a tenth less).
_WORD_CHARACTER = r"[\p{L}\p{M}\d]"
_JOINED = rf"['’\-]{_WORD_CHARACTER}+"  # "-based", "’Malley"
TOKEN_PATTERN = (
    # "U.S.", "O’Malley"
    rf"\p{{L}}(?:\.\p{{L}}(?:\.\p{{L}})*\.|{_WORD_CHARACTER}*(?:{_JOINED}(?:{_JOINED})*|))"
    rf"|\d+(?:[.,:]\d+(?:[.,:]\d+)*|)"  # "1,000.5"
    rf"|{_WORD_CHARACTER}+(?:{_JOINED})*"  # a word opening in a mark
    r"|(?P<mark>[^\p{L}\p{M}\d\s])(?P=mark){3,}"  # "-----"
    r"|\S"
)
TOKEN = compiled(TOKEN_PATTERN, flags=regex.V1)
# The pattern with a run of one mark cut to its first four marks. Matching a run, TOKEN keeps
# some 128 bytes per mark until it ends (the regex module saves each repeat of the
# backreference): 128 MB for a page of a million semicolons, read in a fresh block of memory
# each time. HEADS matches every other token as TOKEN does (the run is its last alternative
# but one, tried only at a mark, where the others fail), and a run's head is read on to the
# run's end by run_end (see token_end).
HEADS = compiled(TOKEN_PATTERN.replace("(?P=mark){3,}", "(?P=mark){3}"), flags=regex.V1)
# The pattern with the whole token captured, for split(), which hands back, in C, every gap
# and token text, and the pattern's own group (a run of one mark) after each token. The same
# tokens as TOKEN_PATTERN, written the other way round: the first character first, any but
# white space, then what follows it told by that character, read back (the lookbehinds): a
# letter opens an abbreviation ("U.S.") or a word ("O’Malley"), a digit a number ("1,000.5"),
# a mark (a combining accent) a word, any other character a run of it ("-----", its first
# mark captured as the group "mark") or itself. A pattern that opens in a class is searched
# for by that class alone: the white space between tokens is skipped in one loop, where a
# pattern opening in a choice is tried, and fails, at every space (the split costs a seventh
# less; a match costs more to set up than to run). tests/test_tokens.py checks the two
# patterns' tokens alike on random texts.
_PIECES_PATTERN = r"""
    ( \S (?:
        (?<={letter}) (?: \.{letter}(?:\.{letter})*\. | {word}*(?:{joined}(?:{joined})*|) )
      | (?<={digit}) {digit}*(?:[.,:]{digit}+(?:[.,:]{digit}+)*|)
      {mark}
      | (?<=(?P<mark>.)) (?P=mark){{3,}}
      | ) )
"""
PIECES = compiled(
    _PIECES_PATTERN.format(
        letter=r"\p{L}",
        digit=r"\d",
        word=_WORD_CHARACTER,
        joined=_JOINED,
        mark=rf"| (?<=\p{{M}}) {_WORD_CHARACTER}*(?:{_JOINED})*",
    ),
    flags=regex.V1 | regex.VERBOSE,
)
# PIECES for a text of ASCII characters alone, for the standard library's re: there a letter
# is [A-Za-z], a digit [0-9], no character a mark (\p{M}), and both modules' \s the same six
# characters. The same pieces (tests/test_tokens.py checks every ASCII character and random
# texts), at a fraction of the cost: the regex module looks up each character's Unicode
# properties, try after try. Its apostrophe is "'" alone: an ASCII text holds no "’" (and for
# a class with a character past Latin-1, re's compiler builds a table of all 65,536).
ASCII_PIECES = re.compile(
    _PIECES_PATTERN.format(
        letter="[A-Za-z]",
        digit="[0-9]",
        word="[A-Za-z0-9]",
        joined="['\\-][A-Za-z0-9]+",
        mark="",
    ),
    flags=re.ASCII | re.VERBOSE,
)
# Characters past ASCII that news text holds beside ASCII letters and digits: Latin-1's
# marks and spaces, the general punctuation (curly quotes, dashes, "…", thin and no-break
# spaces) and the currency signs. Those the regex module takes for a letter, a mark or a digit
# ("ª", "µ", "ⁿ") are left out; of the rest, each is white space (a gap between tokens) or a
# symbol (a token of its own, or a run of it) for both patterns alike.
_TYPOGRAPHY_BLOCKS = ((0x80, 0xBF), (0x2000, 0x206F), (0x20A0, 0x20CF))
_TYPOGRAPHY = [
    chr(code)
    for first, last in _TYPOGRAPHY_BLOCKS
    for code in range(first, last + 1)
    if not regex.match(r"[\p{L}\p{M}\d]", chr(code), flags=regex.V1)
]
# Written as escapes ("\u00a0"): a VERBOSE pattern would drop some white space as it stands.
_TYPOGRAPHIC_SPACES = "".join(
    f"\\u{ord(c):04x}" for c in _TYPOGRAPHY if regex.match(r"\s", c, flags=regex.V1)
)
# ASCII_PIECES for a text of ASCII characters and typography alone (nearly every English
# article past ASCII, for its curly quotes and dashes): white space is also a typographic
# space, and an apostrophe also "’". The same pieces as PIECES (tests/test_tokens.py checks
# every typographic character and random texts) some two fifths cheaper; an ASCII text
# keeps ASCII_PIECES, whose classes of ASCII alone re tests a tenth faster.
TYPOGRAPHIC_PIECES = re.compile(
    _PIECES_PATTERN.replace(r"\S", "[^\\s{spaces}]").format(
        letter="[A-Za-z]",
        digit="[0-9]",
        word="[A-Za-z0-9]",
        joined="['’\\-][A-Za-z0-9]+",
        mark="",
        spaces=_TYPOGRAPHIC_SPACES,
    ),
    flags=re.ASCII | re.VERBOSE,
)
# Any character TYPOGRAPHIC_PIECES does not know.
_PAST_TYPOGRAPHY = re.compile(
    "[^\\x00-\\x7f" + "".join(f"\\u{ord(c):04x}" for c in _TYPOGRAPHY) + "]"
)


def typographic(text: str) -> bool:
    """Whether ``text`` is ASCII and typography alone, so that TYPOGRAPHIC_PIECES splits it."""
    return _PAST_TYPOGRAPHY.search(text) is None


# Where a token starts whatever the text around it, when there is no white space to cut at
# ("$1,$1,$1,..."): a symbol no longer token takes in (not a letter, mark or digit, nor a
# separator inside numbers, words and abbreviations) after a different character (not in a
# run of it). No token spans it, so the tokens of the text before and after it are the text's
# own: long text without blanks is tokenized a stretch at a time like any other, not one
# match at a time.
TOKEN_BOUNDARY = compiled(r"(?=([^\s\p{L}\p{M}\d.,:'’\-]))(?<!\1)", flags=regex.V1)


def token_end(text: str, start: int) -> int | None:
    """The end of the token that starts at ``start`` (None if none starts there), as TOKEN
    matches it: a run of one mark read to its end in C, with no memory kept per mark."""
    head = HEADS.match(text, start)
    if head is None:
        return None
    return head.end() if head.start("mark") < 0 else run_end(text, start)


def run_end(text: str, start: int) -> int:
    """The end of the run of the character at ``start``: read in windows that double, so
    that the copies made stay within twice the run's length."""
    mark, end, span = text[start], start + 1, 64
    while True:
        window = text[end : end + span]
        rest = window.lstrip(mark)
        end += len(window) - len(rest)
        if rest or len(window) < span:  # another character, or the text's end
            return end
        span *= 2


def tokens(text: str) -> tuple[Segment, ...]:
    """Word, number and punctuation tokens of the whole text; a run of four or more of one
    punctuation mark or symbol is one token."""
    if len(text) <= _SHORT:
        # A name or a phrase, as plugins tokenize them by the thousand: split() hands back
        # every gap and token text in one call (see newsfacts.tokens), and their running
        # length gives the offsets, with no match object per token.
        pieces = PIECES.split(text)
        del pieces[2::3]  # the pattern's own group: gap, token, gap, ..., gap are left
        offsets = list(itertools.accumulate(map(len, pieces)))
        return tuple(_segments(zip(offsets[0:-1:2], offsets[1::2], pieces[1::2], strict=True)))
    # One string for each distinct token text, shared by all its tokens: a string per token
    # would be a quarter of the layer's memory (and its hash is computed once, not per token).
    shared: dict[str, str] = {}
    found: list[Segment] = []
    matches = TOKEN.finditer(text)
    # The matches are read a batch at a time and taken apart by map(), in C: a Python-level
    # loop over every match cost more than the regex finding them. Batches, not one list of
    # all the matches: a long text's would take several times the text's size.
    while batch := list(itertools.islice(matches, _BATCH)):
        words = list(map(_GROUP, batch))
        starts, ends = map(_START, batch), map(_END, batch)
        found += _segments(zip(starts, ends, map(shared.setdefault, words, words), strict=True))
    return tuple(found)


_BATCH = 4096
# The longest text split whole: a long one's pieces would take several times its size.
_SHORT = 1024
_GROUP: Callable[[regex.Match[str]], str] = regex.Match.group
_START: Callable[[regex.Match[str]], int] = regex.Match.start
_END: Callable[[regex.Match[str]], int] = regex.Match.end


def covering(segments: Sequence[Segment], starts: Sequence[int], offset: int) -> Segment | None:
    """The segment that contains ``offset`` (``starts`` are the segments' start offsets)."""
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and segments[index].start <= offset < segments[index].end:
        return segments[index]
    return None


def starts_of(text: str, words: Iterable[str]) -> list[int]:
    """Where any of ``words`` is written in ``text``, as it is written (case and all), in
    order, each place once: found by ``str.find``, in C, which reads a text far faster than a
    pattern's alternation tries it at every character. A plugin then tries its pattern only
    at these places, anchored (a word inside another word is found too: "DAX" in "MDAX")::

        >>> starts_of("The DAX and the MDAX fell; the DAX rose.", ["DAX", "MDAX"])
        [4, 16, 17, 31]
    """
    # (The words the text holds first, by a comprehension's ``in``: most texts hold none, and
    # then cost a test a word, no set and no sort.)
    present = [word for word in words if word in text]
    if not present:
        return []
    found: set[int] = set()
    for word in present:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)
