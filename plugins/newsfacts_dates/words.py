"""The words the scan looks up, read from the core's tokens.

The scan's words are runs of word characters (``\\w``), lowered, and decades written with an
apostrophe ("'90s"): :data:`~newsfacts_dates.grammar.WORD`'s. The core's tokens are cut
otherwise:

* a token may hold several words: "Washington-based", "O’Malley", "1,000.5", "U.S.";
* a word may span touching tokens: a number ends where its digits do ("10am", "19th",
  "1990s"); a word character that is no letter, mark nor digit is a token of its own
  ("snake_case", "Ⅻ"); a decade's apostrophe opening no word is one too ("the '90s": "'",
  "90", "s").

So the words of each distinct token text are read once (and kept in the extractor's
vocabulary, :class:`~newsfacts.plugin.Vocabulary`), a word is joined to the one before where
their tokens touch with word characters on both sides, and a decade after an apostrophe
token is cut as the pattern cuts it. The words are those of the pattern over the lowered
text (``tests/test_dates_words.py``), but for a capital sigma at a token's edge: lowered a
token at a time, "ΑΣ.Β" reads "ας" where the whole text lowered read "ασ" (no word the scan
looks up is Greek).
"""

from __future__ import annotations

import itertools
import operator
from typing import NamedTuple

from newsfacts import Document
from newsfacts.plugin import compiled
from newsfacts_dates.grammar import KEEP_GIL, WORD

_APOSTROPHES = ("'", "’")
_WORD_CHAR = compiled(r"\w")  # a word character as WORD reads one


class _Split(NamedTuple):
    """The words of a token's text (lowered) and their offsets in it, for a token that is not
    one word. (A named tuple, not an attrs class: made for every distinct token of the kind,
    at a third of the cost.)"""

    words: tuple[str, ...]
    offsets: tuple[int, ...]
    #: Its first word opens it with a word character: a word of a touching token before it
    #: goes on into it.
    open_before: bool
    #: Its last word runs to its end: a touching token after it may go on with it; or, for a
    #: token of no word, it ends with an apostrophe, which may open a decade.
    open_after: bool


_NO_WORD = _Split((), (), open_before=False, open_after=False)
_APOSTROPHE = _Split((), (), open_before=False, open_after=True)


def _split(token: str) -> str | _Split:
    """The words of ``token``: the token lowered, when it is one word (most tokens: no tuple
    made, nor unpacked, for them; a long text of new words makes millions), else its split."""
    if token.isalpha() or token.isdecimal():  # (no regex call)
        return _lowered(token)
    if len(token) == 1:  # a mark, or a word character that is a token of its own ("_", "Ⅻ")
        if _WORD_CHAR.match(token) is not None:
            return _lowered(token)
        return _APOSTROPHE if token in _APOSTROPHES else _NO_WORD
    lowered = token.lower()
    if len(lowered) == len(token):
        pieces = WORD.split(lowered)
        words = pieces[1::2]
    else:  # lowering changes the length ("İ"): the words are lowered one by one
        pieces = WORD.split(token)
        words = [word.lower() for word in pieces[1::2]]
    # split() alternates gaps and words: the running length of the pieces gives the offsets.
    offsets = tuple(itertools.accumulate(map(len, pieces)))[0:-1:2]
    # With no gap before its first word, or after its last, a word opens or ends the token:
    # a run of word characters, open to a touching token, or a decade, which is not ("'90s_x"
    # is "'90s", "_x").
    open_before = not pieces[0] and words[0][0] not in _APOSTROPHES
    open_after = (not pieces[-1] and words[-1][0] not in _APOSTROPHES) or (
        token[-1] in _APOSTROPHES  # (a token of no word: an apostrophe may open a decade)
    )
    return _Split(tuple(words), offsets, open_before, open_after)


def _lowered(word: str) -> str:
    # The token's own string when lowering leaves it as it is ("said", "2025"): no copy kept.
    lowered = word.lower()
    return word if lowered == word else lowered


def words_of(document: Document) -> tuple[list[str], list[int]]:
    """The scan's words of ``document`` in text order, lowered, one string for each distinct
    word; and their start offsets."""
    tokens = document.tokens
    splits = map(document.vocabulary.column(_split).__getitem__, tokens.texts())
    shared: dict[str, str] = {}  # words joined across tokens, one string each
    found: list[str] = []
    starts: list[int] = []
    open_end = -1  # where the last token ends, if a word may go on from it into the next
    apostrophe_end = -1  # where the last apostrophe token ends
    after_apostrophe: list[int] = []  # the words right after one: they may open a decade
    for start, end, split in zip(tokens.starts, tokens.ends, splits, strict=True):
        if isinstance(split, str):  # a token of one word (most tokens)
            if start == open_end:  # "10am": "10" and "am" are one word
                joined = found[-1] + split
                found[-1] = shared.setdefault(joined, joined)
            else:
                if start == apostrophe_end:
                    after_apostrophe.append(len(found))
                found.append(split)
                starts.append(start)
            open_end = end
            continue
        words, offsets, open_before, open_after = split
        if not words:
            open_end = -1
            apostrophe_end = end if open_after else -1
            continue
        first = 0
        if start == open_end and open_before:
            joined = found[-1] + words[0]
            found[-1] = shared.setdefault(joined, joined)
            first = 1
        elif start == apostrophe_end:
            after_apostrophe.append(len(found))
        found += words[first:]
        starts += map(operator.add, itertools.repeat(start), offsets[first:])
        open_end = end if open_after else -1
    if not after_apostrophe:  # (most texts: no apostrophe token before a word)
        return found, starts
    return _with_decades(document.text, found, starts, after_apostrophe, shared)


_DECADE = compiled(r"\d0s")  # a decade's digits after its apostrophe, as WORD reads them


def _with_decades(
    text: str, found: list[str], starts: list[int], indexes: list[int], shared: dict[str, str]
) -> tuple[list[str], list[int]]:
    """``found`` and ``starts`` with each word at ``indexes`` (right after an apostrophe
    token) that a decade opens read as WORD reads it: the decade with its apostrophe, then
    the rest of the word on its own ("'90sabc": "'90s", "abc")."""
    decades = [index for index in indexes if _DECADE.match(found[index], 0, None, KEEP_GIL)]
    if not decades:
        return found, starts
    words: list[str] = []
    offsets: list[int] = []
    done = 0
    for index in decades:
        words += found[done:index]
        offsets += starts[done:index]
        word, start = found[index], starts[index]
        decade = text[start - 1] + word[:3]
        words.append(shared.setdefault(decade, decade))
        offsets.append(start - 1)
        if len(word) > 3:
            words.append(word[3:])
            offsets.append(start + 3)
        done = index + 1
    return words + found[done:], offsets + starts[done:]
