"""The words of a stretch of text, as a speaker phrase is counted in them: a pattern
(:data:`WORD`) and the readers that give what it finds, faster where a stretch is plain.

(Split from :mod:`newsfacts_quotes.lexicon`, which re-exports these names: ``lx.WORD``,
``lx.words``, ``lx.placed_words``, ``lx.plain``.)
"""

from __future__ import annotations

import re

import regex

from newsfacts.plugin import compiled

# A word: what a speaker phrase is counted in. A thousands comma stays inside its number
# ("with 2,341 votes, described"): a comma between words ends a phrase, one in "2,341" not.
WORD = compiled(
    r"""[\p{L}\p{M}\d][\p{L}\p{M}\d’'\-.]*+
    (?:(?<=\d),\d{3}(?!\d)[\p{L}\p{M}\d’'\-.]*+)*+  # "2,341", "1,200.5"
    """,
    regex.VERBOSE,
)


def plain(stretch: str) -> bool:
    """Whether ``stretch`` holds only ASCII letters and spaces: its words are then what
    ``str.split`` gives, and no mark or digit stands in it. Most stretches read next to a
    quote or cue are ("he", "the mayor"): the look costs a few slices, a regex call one or
    two microseconds."""
    return stretch.isascii() and (stretch.replace(" ", "").isalpha() or not stretch.strip(" "))


# WORD for an ASCII stretch (\p{L}, \p{M} and \d hold no other ASCII characters; nothing
# can follow the optional group, so the greedy runs match as WORD's possessive ones do): the
# standard library's engine reads such a stretch in half the time of the ``regex`` module's.
_ASCII_WORD = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9'\-.]*(?:(?<=[0-9]),[0-9]{3}(?![0-9])[A-Za-z0-9'\-.]*)*"
)


def words(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]``: what ``WORD.findall(text, start, end)`` gives."""
    stretch = text[start:end]
    if plain(stretch):
        return stretch.split()
    if stretch.isascii():
        return _ASCII_WORD.findall(text, start, end)
    return WORD.findall(text, start, end)


# What may close a word between spaces and is no part of it ("said,", "win!”", "ready—"): no
# letter, digit or joiner of WORD's.
_CLOSERS = ',;:!?)”"…—–'
# What WORD's letters may run on with inside a word: "Trump’s", "front-runner", "Sen."
_JOINERS = str.maketrans("", "", "’'-.")


def placed_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` with their offsets: what ``WORD.finditer`` finds.

    Read piece by piece between its spaces (no word runs across one): a piece of letters,
    maybe joined by an apostrophe, hyphen or point and closed by a comma or a mark, is one
    word, told by C-level str methods; the pattern reads only the others ("“We", "2,341",
    "snark—and"). Most pieces of a speaker phrase are plain words, each of which a match of
    the pattern read in twice the time or more."""
    found: list[tuple[int, int, str]] = []
    for piece in text[start:end].split(" "):
        if piece:
            head = piece.rstrip(_CLOSERS)
            if head.isalpha() or (head[:1].isalpha() and head.translate(_JOINERS).isalpha()):
                found.append((start, start + len(head), head))
            else:
                found += _pattern_words(text, start, start + len(piece))
        start += len(piece) + 1
    return found


def _pattern_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    if text[start:end].isascii():
        return [(m.start(), m.end(), m.group()) for m in _ASCII_WORD.finditer(text, start, end)]
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
