"""Sentences of an article: within each paragraph, cut after a full stop, a question or an
exclamation mark that ends one, never longer than :data:`MAX_SENTENCE` characters.

Computed once per article by the core (see :class:`newsfacts.Document`) from its paragraphs
(:mod:`newsfacts.paragraphs`).
"""

from __future__ import annotations

import collections
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import regex

from newsfacts.tables import compiled, read_table, read_words
from newsfacts.text import TOKEN, TOKEN_BOUNDARY, Segment, _segment, token_end

_ABBREVIATIONS = {row[0]: row[1] for row in read_table("newsfacts", "abbreviations.tsv", columns=3)}
_SENTENCE_OPENERS = read_words("newsfacts", "sentence_openers.txt")

# A sentence may end after . ! ? or … with closing quotes or brackets, before white space and an
# opening quote (the backticks of older wire copy too: "``We"), bracket, capital or digit.
# Tried only where a run of marks starts (its first mark matched, then the character before it
# looked at: re searches for a pattern that opens in a class by that class alone, see
# _ASCII_BOUNDARY), and possessive: retried inside a run, or backtracking through it, the
# pattern would be quadratic on a run of marks ("........"), and no shorter run could match
# where the whole run fails. A full stop after a lone capital is an initial, never an end ("J.
# K. Rowling"): left out here rather than matched and rejected (a look back from the run's end,
# which a longer run fails), since a page of initials has one every three characters.
_BOUNDARY_PATTERN = r"""
    (?P<punct>[.!?…](?<![.!?…][.!?…])[.!?…]*+)  # a run from its start: ". " "?! " "..."
    (?<!(?<!\S)[A-Z]\.)                        # not one full stop after a lone capital
    [\"'”’»)\]]*+                              # closing quotes or brackets
    (?=\s++[\"'“‘«(\[`]*+[\p{Lu}\d])           # white space, then a capital or a digit
"""
_BOUNDARY = compiled(_BOUNDARY_PATTERN, flags=regex.VERBOSE)
# The pattern for a text of ASCII characters alone, for the standard library's re (as
# newsfacts.text.ASCII_PIECES): the same boundaries at half the cost, as re skips to the next
# mark in one loop rather than trying the pattern at every character. Its classes lose the
# characters past ASCII (none is in the text), \p{Lu} is A-Z, and the quantifiers are greedy
# (re has no possessive ones before Python 3.11): none can backtrack to a match, as a shorter
# run or fewer quotes or spaces are followed by a mark, a quote or a space, none of which the
# rest of the pattern takes there.
_ASCII_BOUNDARY = re.compile(
    "".join(filter(str.isascii, _BOUNDARY_PATTERN))
    .replace(r"\p{Lu}", "A-Z")
    .replace("++", "+")
    .replace("*+", "*"),
    flags=re.VERBOSE | re.ASCII,
)
# The pattern for any other text, for re as well, which finds its boundaries at some half the
# regex module's cost (PolNeAR's texts, with their curly quotes, have a full stop or a mark
# every hundred characters). re knows no \p{Lu}, and its \d and \s take characters the
# regex module's do not (digits of a later Unicode version, \x1c to \x1f): the capital or
# digit after the white space is A-Z or 0-9, or else any character past ASCII, captured as
# ``other`` and then asked of the regex module (see _boundaries); \s leaves out, \S takes,
# \x1c to \x1f.
# The quantifiers are greedy, as in _ASCII_BOUNDARY: backtracking from a run of marks, quotes
# or spaces leaves a mark, a quote or a space next, which only ``other`` may take (a curly
# quote, a space past ASCII), and which is no capital: such a match is dropped, as the
# possessive pattern fails there.
_UNICODE_BOUNDARY = re.compile(
    r"""
    (?P<punct>[.!?…](?<![.!?…][.!?…])[.!?…]*)
    (?<!(?<![\S\x1c-\x1f])[A-Z]\.)
    [\"'”’»)\]]*
    (?=[^\S\x1c-\x1f]+[\"'“‘«(\[`]*(?:[A-Z0-9]|(?P<other>[^\x00-\x7f])))
    """,
    flags=re.VERBOSE,
)
_CAPITAL_OR_DIGIT = compiled(r"[\p{Lu}\d]")


def _boundaries(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of _BOUNDARY in ``start``..``end`` of a text past ASCII, found by
    _UNICODE_BOUNDARY. (A dropped match leaves out no boundary: the next run of marks
    starts past its end, after the white space.)"""
    for match in _UNICODE_BOUNDARY.finditer(text, start, end):
        other = match.start("other")
        if other < 0 or _CAPITAL_OR_DIGIT.match(text, other):
            yield match


# The word before a full stop ("Mr", "U.S"), read backwards from it (REVERSE, anchored there
# by \G): one attempt, not a search from every position of the window before it.
_WORD_BEFORE = compiled(r"(?:\p{L}\.)*\p{L}+\G", flags=regex.REVERSE)


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
_NEXT_WORD = compiled(r"\s+[\"'“‘«(\[`]*(\w+)")


def sentences(text: str, within: Sequence[Segment]) -> tuple[Segment, ...]:
    """Sentences inside each paragraph of ``within``; a sentence never crosses a paragraph,
    and none is longer than :data:`MAX_SENTENCE` characters."""
    found: list[Segment] = []
    words: dict[str, str] = {}
    boundaries: Callable[[str, int, int], Iterator[re.Match[str]]] = (
        _ASCII_BOUNDARY.finditer if text.isascii() else _boundaries
    )
    for paragraph in within:
        start = paragraph.start
        # (no pattern set up for a paragraph that no sentence may end inside: most of them)
        matches: Iterable[re.Match[str]] = (
            () if _no_inner_end(paragraph.text) else boundaries(text, start, paragraph.end)
        )
        for match in matches:
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


# The marks a boundary's run opens with (either pattern's), and the quotes and brackets that
# may close it: what a paragraph may end in.
_CLOSING = ".!?…\"'”’»)]"


def _no_inner_end(paragraph: str) -> bool:
    """Whether no sentence may end inside ``paragraph``: a boundary's marks have white space
    after them inside the paragraph, so one of them stands before the marks, quotes and
    brackets that end it. Told by a few scans in C, with no pattern set up: most lines of a
    CoNLL text, and most one-sentence items, have no such mark but those that end them."""
    rest = paragraph.rstrip(_CLOSING)
    return not ("." in rest or "!" in rest or "?" in rest or "…" in rest)


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
