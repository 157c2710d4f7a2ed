"""Text segmentation: paragraphs, sentences and tokens with character offsets.

Computed once per article by the core (see :class:`newsfacts.Document`) and shared by every
plugin, so that no plugin splits the text again. Offsets are Python string indices into the
article text exactly as given.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, cast

import regex

from newsfacts.tables import compiled, read_table, read_words


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


_ABBREVIATIONS = {row[0]: row[1] for row in read_table("newsfacts", "abbreviations.tsv", columns=3)}
_SENTENCE_OPENERS = read_words("newsfacts", "sentence_openers.txt")

# Runs of line breaks separate paragraphs; a line that stops mid-sentence (in a lower-case
# letter or a comma, say) and a next line that starts in lower case are one hard-wrapped
# paragraph. A line's break and the white space that str.lstrip() takes from the next line
# (regex's \s leaves out \x1c-\x1f, str.isspace() does not):
_BREAK = r"\n(?:[^\S\n]|[\x1c-\x1f])*+"
# The lines a paragraph may join, in one match: each line ends mid-sentence, and the next one
# is not blank. Whether it starts in lower case is then read by str.islower(): the regex
# module's Unicode is not Python's.
_LINES = compiled(rf"[^\n]+(?:(?<=[\p{{Ll}},;:\-–][^\S\n]*){_BREAK}(?=[^\n])[^\n]*)*")
_LINE_START = compiled(_BREAK)
# A line break not right before a letter a to z: where a joined line may start in a character
# that is not lower case ("Then", "2025", "é", "  a"), the only starts str.islower() must be
# asked about (a page of short lines has none; a plain class, not a lookahead past white space,
# is what the regex module scans fast).
_UNSURE_START = compiled(r"\n[^a-z]")

# A sentence may end after . ! ? or … with closing quotes or brackets, before white space and an
# opening quote, bracket, capital or digit. Tried only where a run of marks starts (its first
# mark matched, then the character before it looked at: re searches for a pattern that opens in
# a class by that class alone, see _ASCII_BOUNDARY), and possessive: retried inside a run, or
# backtracking through it, the pattern would be quadratic on a run of marks ("........"), and
# no shorter run could match where the whole run fails. A full stop after a lone capital is an
# initial, never an end ("J. K. Rowling"): left out here rather than matched and rejected (a
# look back from the run's end, which a longer run fails), since a page of initials has one
# every three characters.
_BOUNDARY_PATTERN = r"""
    (?P<punct>[.!?…](?<![.!?…][.!?…])[.!?…]*+)  # a run from its start: ". " "?! " "..."
    (?<!(?<!\S)[A-Z]\.)                        # not one full stop after a lone capital
    [\"'”’»)\]]*+                              # closing quotes or brackets
    (?=\s++[\"'“‘«(\[]*+[\p{Lu}\d])            # white space, then a capital or a digit
"""
_BOUNDARY = compiled(_BOUNDARY_PATTERN, flags=regex.VERBOSE)
# The pattern for a text of ASCII characters alone, for the standard library's re (as
# ASCII_PIECES below): the same boundaries at half the cost, as re skips to the next mark in
# one loop rather than trying the pattern at every character. Its classes lose the characters
# past ASCII (none is in the text), \p{Lu} is A-Z, and the quantifiers are greedy (re has no
# possessive ones before Python 3.11): none can backtrack to a match, as a shorter run or
# fewer quotes or spaces are followed by a mark, a quote or a space, none of which the rest
# of the pattern takes there.
_ASCII_BOUNDARY = re.compile(
    "".join(filter(str.isascii, _BOUNDARY_PATTERN))
    .replace(r"\p{Lu}", "A-Z")
    .replace("++", "+")
    .replace("*+", "*"),
    flags=re.VERBOSE | re.ASCII,
)
# The word before a full stop ("Mr", "U.S"), read backwards from it (REVERSE, anchored there
# by \G): one attempt, not a search from every position of the window before it.
_WORD_BEFORE = compiled(r"(?:\p{L}\.)*\p{L}+\G", flags=regex.REVERSE)

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
# Where a token starts whatever the text around it, when there is no white space to cut at
# ("$1,$1,$1,..."): a symbol no longer token takes in (not a letter, mark or digit, nor a
# separator inside numbers, words and abbreviations) after a different character (not in a
# run of it). No token spans it, so the tokens of the text before and after it are the text's
# own: long text without blanks is tokenized a stretch at a time like any other, not one
# match at a time.
TOKEN_BOUNDARY = compiled(r"(?=([^\s\p{L}\p{M}\d.,:'’\-]))(?<!\1)", flags=regex.V1)


def paragraphs(text: str) -> tuple[Segment, ...]:
    """Paragraphs: non-blank lines, hard-wrapped lines joined, outer white space trimmed."""
    found: list[Segment] = []
    # A match per run of lines that may be joined, not a Python step per line: a page of
    # short lines ("a\na\n...") is one paragraph of half a million lines. (concurrent=False:
    # the regex module would otherwise let go of the GIL and take it back at every match,
    # a twentieth of the paragraphs' cost.)
    for match in _LINES.finditer(text, concurrent=False):
        begin, finish = match.span()
        whole = text[begin:finish]
        if "\n" not in whole and whole.strip() == whole:
            # One line with no white space around it, as most paragraphs are: the paragraph
            # as matched (its text is the line's, and the steps below would find it so).
            found.append(_segment((begin, finish, whole)))
            continue
        first_break = text.find("\n", begin, finish)
        line = text[begin:finish] if first_break < 0 else text[begin:first_break]
        start = begin + len(line) - len(line.lstrip())
        if start == begin + len(line):  # a blank line
            continue
        if first_break >= 0:
            for unsure in _UNSURE_START.finditer(text, first_break, finish, concurrent=False):
                # (The break always matches: its white space may be none.)
                lead = _LINE_START.match(text, unsure.start(), finish)
                line_start = lead.end() if lead else unsure.end()
                if not text[line_start].islower():  # a new paragraph starts there
                    end = _trimmed_end(text, start, unsure.start())
                    found.append(_segment((start, end, text[start:end])))
                    start = line_start
        end = _trimmed_end(text, start, finish)
        found.append(_segment((start, end, text[start:end])))
    return tuple(found)


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past the white space that ends ``start``..``end`` (which holds
    some other character)."""
    while text[end - 1].isspace():
        end -= 1
    return end


def _ends_sentence(
    text: str, punct_start: int, punct: str, after: int, limit: int, words: dict[str, str]
) -> bool:
    """Whether the marks ``punct`` at ``punct_start`` end a sentence; ``after``: where the
    white space after them starts, ``limit``: the paragraph's end; ``words``: the word read
    before each stretch of text met so far (see _word_before)."""
    if punct != ".":
        return True
    word = _word_before(text, punct_start, words)
    if not word:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. K. Rowling"
        return False
    rule = _ABBREVIATIONS.get(word)
    if rule is None and word.isupper() and _CAPITAL_NEXT.match(text, punct_start + 1):
        # In capitals, an abbreviation before a name: "ST. PAUL --", "GOV. SMITH SIGNS"
        rule = _ABBREVIATIONS.get(word.capitalize())
    if "." in word:  # "U.S.", "a.m.": a sentence ends there only before a typical opener
        rule = rule or "ambiguous"
    if rule == "always":
        return False
    if rule == "before_digit":
        return not _next_word(text, after, limit)[:1].isdigit()
    if rule == "ambiguous":
        return _next_word(text, after, limit) in _SENTENCE_OPENERS
    return True


def _word_before(text: str, end: int, words: dict[str, str]) -> str:
    """The word right before ``end`` ("Mr", "U.S"), or "" if none."""
    # Look back a bounded window only: a search from 0 would make splitting quadratic. No
    # word reaches back past a space, so the stretch from the last one decides it: the
    # stretches before most full stops recur ("Mr", "Smith"), and a dict lookup for each is
    # a fraction of a regex search (a page of "Mr. Dr. " has a full stop every four
    # characters).
    low = max(0, end - 40)
    before = text[max(low, text.rfind(" ", low, end)) : end]
    word = words.get(before)
    if word is None:
        match = _WORD_BEFORE.search(before)
        word = words[before] = match.group() if match else ""
    return word


def _next_word(text: str, after: int, limit: int) -> str:
    """The word after the marks, past an opening quote or bracket (read only when a rule
    needs it: most full stops are decided by the word before them)."""
    match = _NEXT_WORD.match(text, after, limit)
    return match.group(1) if match else ""


_CAPITAL_NEXT = compiled(r" \p{Lu}")
_NEXT_WORD = compiled(r"\s+[\"'“‘«(\[]*(\w+)")


def sentences(text: str, within: Sequence[Segment]) -> tuple[Segment, ...]:
    """Sentences inside each paragraph of ``within``; a sentence never crosses a paragraph,
    and none is longer than :data:`MAX_SENTENCE` characters."""
    found: list[Segment] = []
    words: dict[str, str] = {}
    boundaries: Callable[[str, int, int], Iterator[re.Match[str] | regex.Match[str]]] = (
        _ASCII_BOUNDARY.finditer if text.isascii() else _BOUNDARY.finditer
    )
    for paragraph in within:
        start = paragraph.start
        for match in boundaries(text, paragraph.start, paragraph.end):
            # Groups read by number and a short sentence made at once, without _bounded: a
            # text of short sentences ("Smith said.") has a boundary every few words.
            punct_start, punct_end = match.span(1)
            end = match.end()
            if not _ends_sentence(
                text, punct_start, text[punct_start:punct_end], end, paragraph.end, words
            ):
                continue
            if end - start <= MAX_SENTENCE:  # never empty: the marks lie after start
                found.append(_segment((start, end, text[start:end])))
            else:
                found += _bounded(text, start, end)
            start = end
            while start < paragraph.end and text[start].isspace():
                start += 1
        # The rest of the paragraph, a short one made at once too: most paragraphs end in
        # one (a generator and the named tuple's own __new__ cost twice the segment).
        end = paragraph.end
        if end - start > MAX_SENTENCE:
            found += _bounded(text, start, end)
        elif start == paragraph.start:  # the paragraph is one sentence: its segment is one
            found.append(paragraph)
        elif start < end:
            found.append(_segment((start, end, text[start:end])))
    return tuple(found)


#: The longest sentence, in characters. Real ones stay far below it (the longest of the dev
#: corpora's 2,500 articles has 1,094); a longer stretch without a sentence end (a list, a
#: table, a page dumped as one line) is cut into pieces of about equal length, at a line
#: break or white space where there is one, so that what plugins keep per sentence stays
#: bounded: 4 MB of nested quote marks read as one sentence took 2 GB.
MAX_SENTENCE = 2_000
# The last white space of a window, found reading backwards from its end.
_LAST_SPACE = compiled(r"\s", flags=regex.REVERSE)


def _bounded(text: str, start: int, end: int) -> Iterator[Segment]:
    """The sentence ``start``..``end``, cut into pieces of at most :data:`MAX_SENTENCE`
    characters of about equal length (a single token longer than that stays whole), each
    cut between tokens and trimmed of white space."""
    while end - start > MAX_SENTENCE:
        pieces = -(-(end - start) // MAX_SENTENCE)
        cut = _cut(text, start, start + -(-(end - start) // pieces))
        if cut >= end:
            break
        last = cut
        while last > start and text[last - 1].isspace():
            last -= 1
        yield Segment(start, last, text[start:last])
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield Segment(start, end, text[start:end])


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end the piece from ``start`` at the latest at ``limit``: the last line break,
    else the last white space, of the second half of that stretch; else the start of its last
    token (a token never spans a cut: one longer than the stretch ends the piece)."""
    low = (start + limit) // 2
    line_break = text.rfind("\n", low, limit)
    if line_break >= 0:
        return line_break
    space = _LAST_SPACE.search(text, low, limit)
    if space is not None:
        return space.start()
    # Tokens found from ``start`` (a token start) are the text's own, so the last one's start
    # is a boundary (``limit`` may have cut that token short); the deque reads them in C. They
    # are read from the last sure token start of the second half when there is one: the same
    # tokens, a fraction of them.
    first = _last_boundary(text, max(low, start + 1), limit)
    first = start if first is None else first
    tail = collections.deque(TOKEN.finditer(text, first, limit), maxlen=1)
    if tail and tail[0].start() > start:
        return tail[0].start()
    end = token_end(text, start)
    return limit if end is None else end


def _last_boundary(text: str, low: int, limit: int) -> int | None:
    """The last sure token start (see TOKEN_BOUNDARY) in ``low``..``limit``, if any: looked
    for in windows growing back from ``limit``, so that a stretch of symbols ("“‘“‘", "$1,$1,")
    is read for its last few boundaries, not for its thousand (a boundary depends on the
    characters around it, not on where the search starts)."""
    span = _FIRST_WINDOW
    while True:
        first = max(low, limit - span)
        found = collections.deque(TOKEN_BOUNDARY.finditer(text, first, limit), maxlen=1)
        if found:
            return found[0].start()
        if first == low:
            return None
        span *= 8


_FIRST_WINDOW = 16


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
