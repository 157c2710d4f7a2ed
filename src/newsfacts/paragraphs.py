"""Paragraphs of an article: non-blank lines, hard-wrapped lines joined.

Computed once per article by the core (see :class:`newsfacts.Document`), before its
sentences (:mod:`newsfacts.sentences`), which never cross a paragraph.
"""

from __future__ import annotations

import re

from newsfacts.tables import compiled
from newsfacts.text import Segment, _segment

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
# A break where _joined may join two lines: one _LINES runs on through, before a character
# str.islower() may hold of (a to z, or any past ASCII). Where none is found, every line is a
# paragraph of its own, and _lines reads them with no match per line.
_JOIN = compiled(rf"(?<=[\p{{Ll}},;:\-–][^\S\n]*){_BREAK}(?=[a-z]|[^\x00-\x7f])")
# The breaks _JOIN may match at: a line break, white space of ASCII, and a to z or a character
# past ASCII (either _JOIN's lookahead or white space past ASCII). The standard library's re
# skips from break to break in C, where the regex module tries _JOIN's lookbehind at every
# character: a fifth of the cost of a search for _JOIN.
_LOWER_NEXT = re.compile(r"\n[\t\x0b\x0c\r \x1c-\x1f]*[^\x00-\x60\x7b-\x7f]")
# A line break not right before a letter a to z: where a joined line may start in a character
# that is not lower case ("Then", "2025", "é", "  a"), the only starts str.islower() must be
# asked about (a page of short lines has none; a plain class, not a lookahead past white space,
# is what the regex module scans fast).
_UNSURE_START = compiled(r"\n[^a-z]")


def paragraphs(text: str) -> tuple[Segment, ...]:
    """Paragraphs: non-blank lines, hard-wrapped lines joined, outer white space trimmed."""
    if "\n" not in text and text.strip() == text:
        # One line with no white space around it (a one-sentence item, a text sent as one
        # line): the whole text is its one paragraph, as _joined finds it, with no
        # pattern set up (the regex module's set-up, the cost of most of such a short text).
        return (_segment((0, len(text), text)),) if text else ()
    # (A run of blank lines, a page of line breaks say, goes to _joined, whose pattern skips
    # it in C, where _LOWER_NEXT and _lines take a step for each line break.)
    if "\n\n\n" in text or _may_join(text):
        return _joined(text)
    return _lines(text)


def _may_join(text: str) -> bool:
    """Whether _joined may join two lines of ``text``: _JOIN matches at one of its breaks
    before what may be a lower-case letter (in news, a handful of breaks at most)."""
    return any(
        _JOIN.match(text, found.start(), concurrent=False) for found in _LOWER_NEXT.finditer(text)
    )


def _lines(text: str) -> tuple[Segment, ...]:
    """The paragraphs of a text none of whose lines are joined (as _may_join tells): its
    non-blank lines, trimmed, as _joined finds them, read by str.split() at less than half the
    cost of a match per line (most articles: a CoNLL text's lines, a feed's paragraphs parted
    by a blank line)."""
    found: list[Segment] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        trimmed = line.strip()
        if trimmed == line:  # most lines: nothing around them to trim
            if line:
                found.append(_segment((start, end, line)))
        elif trimmed:
            first = start + len(line) - len(line.lstrip())
            found.append(_segment((first, first + len(trimmed), trimmed)))
        start = end + 1
    return tuple(found)


def _joined(text: str) -> tuple[Segment, ...]:
    """The paragraphs of a text that may have hard-wrapped lines to join."""
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
