"""The tokens of an article as columns: start and end offsets, texts in a list.

A token as a :class:`~newsfacts.Segment` (a named tuple of two offsets and a string) costs
some 130 bytes; a 20 MB text has four million tokens, half a gigabyte. :class:`Tokens` keeps
the offsets of a text longer than :data:`_ONE_STRETCH` characters in arrays, 16 bytes a token,
and their texts, one string for each distinct word (8 bytes a token); a shorter text keeps
the split's own ints in tuples and its own strings, a repeated word's some 40 bytes more.
The segments of the first :data:`KEPT_SEGMENTS` tokens (a few megabytes of news) are made
once and kept, so that every plugin slices the same ones: a text of one stretch (nearly every
article) has them made when a segment is first indexed, sliced or iterated over, a field
that reads only the columns (texts, starts, ends) never pays for them, and one that reads a
few stretches' segments (:meth:`Tokens.between`, :meth:`Tokens.segments_from`) pays for
those alone; a longer text has them made as it is tokenized. The
segments past them are made for the stretch a plugin asks for (a sentence's tokens, say)
each time it asks, with C-level maps. Either way it is a ``Sequence[Segment]``: index it,
slice it, iterate over it, as a tuple of segments::

    >>> tokens = Tokens("Russia fired 397 drones.")
    >>> len(tokens), tokens[2]
    (5, Segment(start=13, end=16, text='397'))
    >>> [token.text for token in tokens.between(7, 24)]
    ['fired', '397', 'drones', '.']
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator, Sequence
from itertools import accumulate, chain, islice
from typing import overload

from newsfacts.tables import compiled
from newsfacts.text import (
    ASCII_PIECES,
    HEADS,
    PIECES,
    TOKEN_BOUNDARY,
    TYPOGRAPHIC_PIECES,
    Segment,
    _segment,
    _segments,
    run_end,
    typographic,
)

# How many segments iteration makes at a time past KEPT_SEGMENTS tokens.
_BATCH = 1 << 16
# The text is tokenized a stretch of about this many characters at a time, cut at white
# space (which no token holds, so the tokens found from there are the text's own): the pieces
# of a whole long text at once would take ten times its size.
_STRETCH = 1 << 16
# A text of at most this many characters (some 45,000 words) is tokenized as one stretch and
# keeps the split's own lists (tuples of ints, a string per token). Below KEPT_SEGMENTS
# tokens the arrays save no memory (a 256 KB text: 7.4 MB of columns, 11.8 with the
# segments made, against 9.4 with arrays, shared strings and segments), and making and
# reading them (tolist, views) cost a 20,000-word article 2.7 % of its instructions, which
# ten articles of 2,000 words did not pay (benchmarks/speed.py's check of cost linear in
# length).
_ONE_STRETCH = 1 << 18
# A stretch longer than this with letters past ASCII and typography (an accented name, say)
# is split a part of about this many characters at a time, each part by the quickest
# pattern that reads it (see _parts).
_PART = 1 << 12
_SPACE = compiled(r"\s")
# split() with the whole token captured hands back, in C, every gap and token text: the
# running length of the pieces gives every offset, with no match object per token (a third
# of the time of the layer). The second group is the pattern's own (a run of one mark).
_PIECES = PIECES
_GROUPS = 2
#: The segments of the first this many tokens (some 130 MB, 4 to 5 MB of news) are made once
#: and kept: the plugins then slice the same segments. Those of a longer text's later tokens
#: are made on each request: less memory, and a cost per token that grows smoothly past the
#: bound rather than at once for the whole text (see docs/benchmarks.rst).
KEPT_SEGMENTS = 1_000_000


class Tokens(Sequence[Segment]):
    """The word, number and punctuation tokens of ``text`` (as :func:`newsfacts.text.tokens`
    finds them), kept as columns: offsets, texts, and the first tokens' segments."""

    __slots__ = ("_ends", "_kept", "_starts", "_texts")

    def __init__(self, text: str) -> None:
        if len(text) <= _ONE_STRETCH and len(text) <= KEPT_SEGMENTS:
            # One stretch, every segment kept (a text has no more tokens than characters):
            # nearly every article, and every one-sentence item, whose fixed cost this is.
            # Its lists taken as they are: no generator, no copy of the texts, no list of
            # stretches' segments to join.
            starts, ends, found = _pieces(text, 0, len(text))
            # The offsets as tuples of the split's own ints, not packed into arrays: packing
            # cost a twentieth of the layer, the segments are made from these ints (those read
            # back from an array would be made anew, two a token), and a plugin's bisection or
            # loop over them reads them as they are (an array's makes an int of each offset it
            # reads).
            self._starts: array[int] | tuple[int, ...] = tuple(starts)
            self._ends: array[int] | tuple[int, ...] = tuple(ends)
            # The texts as split() gave them, not made one string per distinct word: no
            # look-up per token, for some 40 bytes of each repeated word.
            self._texts: list[str] = found
            # The segments made on first use (see _keep): the people, dates, numbers and
            # quotes fields read only the columns, and making the segments cost a third of
            # the layer.
            self._kept: tuple[Segment, ...] | None = None
            return
        # A longer text's offsets packed into arrays, 16 bytes a token. Unsigned ("Q"), as
        # offsets are: fromlist reads an int into an unsigned item at once, into a signed one
        # through PyArg_Parse, at three and a half times the cost.
        self._starts = starts_column = array("Q")
        self._ends = ends_column = array("Q")
        self._texts = []
        # One string for each distinct token text, shared by all its tokens (looked up in C):
        # a string per token would cost more than the rest of the columns together.
        shared: dict[str, str] = {}
        # The kept segments a tuple per stretch: most texts are one stretch, whose tuple is
        # kept as it is, not copied from a list.
        kept: list[tuple[Segment, ...]] = []
        room = KEPT_SEGMENTS
        for starts, ends, found in _stretches(text):
            # fromlist: a list's ints copied at C speed (extend reads them as an iterable)
            starts_column.fromlist(starts)
            ends_column.fromlist(ends)
            texts = list(map(shared.setdefault, found, found))
            self._texts += texts
            # Made from the stretch's lists, whose offsets are int objects already (those
            # read back from the arrays would be made anew, two a token).
            columns = zip(starts, ends, texts, strict=True)
            if room > 0:
                kept.append(
                    tuple(_segments(columns if len(texts) <= room else islice(columns, room)))
                )
                room -= len(kept[-1])
        self._kept = kept[0] if len(kept) == 1 else tuple(chain(*kept))

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Segment: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Segment, ...]: ...

    def __getitem__(self, index: int | slice) -> Segment | tuple[Segment, ...]:
        kept = self._kept
        if kept is None:
            kept = self._keep()
        if len(kept) == len(self._starts):
            return kept[index]
        if isinstance(index, slice):
            first, last, step = index.indices(len(self._starts))
            if step != 1 or first >= len(kept):
                return self._segments(index)
            if last <= len(kept):
                return kept[first:last]
            return kept[first:] + self._segments(slice(len(kept), last))
        if -len(self._starts) <= index < 0:
            index += len(self._starts)
        if 0 <= index < len(kept):
            return kept[index]
        return _segment((self._starts[index], self._ends[index], self._texts[index]))

    def _keep(self) -> tuple[Segment, ...]:
        """The segments of a text of one stretch, made on first use and kept, from the
        offsets' own ints: a thread that found no segments and comes here after another made
        them reads them, or makes equal ones."""
        kept = self._kept
        if kept is None:
            columns = zip(self._starts, self._ends, self._texts, strict=True)
            kept = self._kept = tuple(_segments(columns))
        return kept

    def _segments(self, index: slice) -> tuple[Segment, ...]:
        columns = zip(self._starts[index], self._ends[index], self._texts[index], strict=True)
        return tuple(_segments(columns))

    def __iter__(self) -> Iterator[Segment]:
        kept = self._kept
        if kept is None:
            kept = self._keep()
        yield from kept
        for first in range(len(kept), len(self), _BATCH):
            yield from self[first : first + _BATCH]

    def __repr__(self) -> str:
        return f"<Tokens: {len(self)} tokens>"

    def texts(self) -> Iterator[str]:
        """The tokens' texts, in order, without making segments."""
        return iter(self._texts)

    def texts_from(self, first: int, last: int) -> list[str]:
        """The texts of the tokens ``first`` to ``last`` (indices, as :meth:`index_at` gives
        them), a new list sliced in C: no segments made, and no text before ``first`` read
        (as ``islice(texts(), first, last)`` would, each time a plugin reads on)."""
        return self._texts[first:last]

    def starts_from(self, first: int, last: int) -> list[int]:
        """The start offsets of the tokens ``first`` to ``last`` (indices), a new list made in
        C (a longer text's from its array by ``tolist``: ``list()`` reads an array's offsets
        one at a time, in Python's iteration)."""
        starts = self._starts[first:last]
        return list(starts) if isinstance(starts, tuple) else starts.tolist()

    def ends_from(self, first: int, last: int) -> list[int]:
        """The end offsets of the tokens ``first`` to ``last`` (indices), a new list made in
        C, as :meth:`starts_from` makes the starts."""
        ends = self._ends[first:last]
        return list(ends) if isinstance(ends, tuple) else ends.tolist()

    def segments_from(self, first: int, last: int) -> tuple[Segment, ...]:
        """The segments of the tokens ``first`` to ``last`` (indices): a slice of the kept
        ones once made (see :meth:`_keep`), else made for these tokens alone and not kept, so
        that a field reading a few sentences' tokens (and none reading every token) does not
        pay for the whole text's: a segment costs some 1,600 instructions made and freed
        (a named tuple's allocation and deallocation, not the garbage collector's walks)."""
        if self._kept is None:
            return self._segments(slice(first, last))
        return self[first:last]

    @property
    def starts(self) -> Sequence[int]:
        """The tokens' start offsets, in order (read-only; bisect them to find a token)."""
        return _read_only(self._starts)

    @property
    def ends(self) -> Sequence[int]:
        """The tokens' end offsets, in order (they rise with the starts: tokens never overlap)."""
        return _read_only(self._ends)

    def index_at(self, offset: int, low: int = 0) -> int:
        """The index of the first token starting at or after character ``offset``."""
        return bisect.bisect_left(self._starts, offset, low)

    def between(self, start: int, end: int) -> tuple[Segment, ...]:
        """The tokens lying wholly inside characters ``start``..``end`` (made as
        :meth:`segments_from` makes them: a sentence's alone, until a field asks for all)."""
        first = self.index_at(start)
        last = self.index_at(end, first)
        while last > first and self._ends[last - 1] > end:
            last -= 1
        return self.segments_from(first, last)


Columns = tuple[list[int], list[int], list[str]]


def _read_only(column: array[int] | tuple[int, ...]) -> Sequence[int]:
    """A column of offsets as plugins read it: a short text's tuple as it is, a longer
    text's array through a read-only view."""
    return column if isinstance(column, tuple) else memoryview(column).toreadonly()


def _stretches(text: str) -> Iterator[Columns]:
    """The tokens of ``text`` a stretch at a time: their starts, ends and texts."""
    position = 0
    while position < len(text):
        reach = position + 2 * _STRETCH
        # The rest of the text is one stretch (every text of some pages): nothing to cut at,
        # and no search to set up (the regex module's set-up, a tenth of a sentence's split).
        cut = (
            _SPACE.search(text, position + _STRETCH, reach)
            if position + _STRETCH < len(text)
            else None
        )
        if cut is None and reach < len(text):
            cut = TOKEN_BOUNDARY.search(text, position + _STRETCH, reach)
        if cut is None and reach < len(text):
            # Neither white space nor a sure token start to cut at (a page of letters and
            # digits without blanks, a run of one mark): the matches, a batch at a time,
            # resuming where the last one ended.
            starts, ends, found = _matched(text, position)
            if not starts:
                return
            yield starts, ends, found
            position = ends[-1]
            continue
        end = cut.start() if cut is not None else len(text)
        yield _pieces(text, position, end)
        position = end


def _pieces(text: str, start: int, end: int, whole: bool = False) -> Columns:
    """The tokens of the stretch ``start``..``end`` of ``text``, which no token crosses:
    their starts, ends and texts. ``whole``: split it at once even if long and mixed."""
    stretch = text[start:end]
    # (concurrent=False: the regex module would otherwise release and take back the GIL at
    # every token, a tenth of the split's cost)
    if stretch.isascii():
        pieces = ASCII_PIECES.split(stretch)
    elif typographic(stretch):  # curly quotes and dashes, no letter past ASCII
        pieces = TYPOGRAPHIC_PIECES.split(stretch)
    elif end - start > _PART and not whole:
        return _parts(text, start, end)
    else:
        pieces = _PIECES.split(stretch, concurrent=False)
    del pieces[2 :: _GROUPS + 1]  # the pattern's own group: gaps and tokens are left
    # The running length of gap, token, gap, ... from the stretch's start: each token's start
    # and end (the offset after the last gap is the stretch's end).
    offsets = list(accumulate(map(len, pieces), initial=start))
    return offsets[1:-1:2], offsets[2::2], pieces[1::2]


def _parts(text: str, start: int, end: int) -> Columns:
    """The tokens of a long stretch with letters past ASCII, a part of some :data:`_PART`
    characters at a time (cut at white space), each split by the quickest pattern that
    reads it: one accented name no longer sends a long article's every paragraph through
    the full pattern, twice as slow as the typographic one."""
    starts: list[int] = []
    ends: list[int] = []
    found: list[str] = []
    position = start
    while position < end:
        cut = _SPACE.search(text, position + _PART, end) if position + _PART < end else None
        stop = cut.start() if cut is not None else end
        part_starts, part_ends, part_found = _pieces(text, position, stop, whole=True)
        starts += part_starts
        ends += part_ends
        found += part_found
        position = stop
    return starts, ends, found


def _matched(text: str, position: int) -> tuple[list[int], list[int], list[str]]:
    """The tokens from ``position``, up to a batch of them, matched one after another. A run
    of one mark is matched by its head (see newsfacts.text.HEADS) and read on to its end
    here; the batch ends with it."""
    starts: list[int] = []
    ends: list[int] = []
    found: list[str] = []
    for match in islice(HEADS.finditer(text, position), _STRETCH // 4):
        start, head_end = match.span()
        end = run_end(text, start) if match.start("mark") >= 0 else head_end
        starts.append(start)
        ends.append(end)
        found.append(text[start:end])
        if end > head_end:  # the matches would go on inside the run: matched again after it
            break
    return starts, ends, found
