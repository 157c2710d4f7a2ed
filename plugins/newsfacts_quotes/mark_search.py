"""Find the quote marks of a text, in linear time: its double marks but a nickname's, and its
single marks at a word's edge. :mod:`newsfacts_quotes.marks` pairs them into quotes."""

from __future__ import annotations

import regex

from newsfacts.plugin import NICKNAME, compiled

Mark = tuple[int, int]  # offset and length of a quote mark

# The double marks, and the two apostrophes or two single marks in a row that stand for one
# in some wire copy: '' (either way), and `` that opens a quote '' closes, as the wire copy of
# news archives writes it ("``We will appeal,'' the lawyer said."). Each is found with str's
# fast search, not with a pattern tried at every character: a text of thousands of characters
# holds a few dozen marks.
DOUBLE_MARKS = ('"', "“", "”", "„", "«", "»")
_DOUBLED_SINGLES = ("''", "``", "‘‘", "’’")
_ASCII_MARKS = ('"', "''", "``")  # those an ASCII text can hold
# The single marks, each a quote mark where _SINGLE matches it
_SINGLE_MARKS = ("'", "‘", "’")
_RUNS = tuple(mark * 6 for mark in DOUBLE_MARKS + _DOUBLED_SINGLES)
# Every character a quote mark is written with (a text without one quotes nothing), and
# those an ASCII text may hold.
_MARK_CHARACTERS: tuple[str, ...] = ('"', "'", "`", "’", "“", "”", "‘", "„", "«", "»")
_ASCII_MARK_CHARACTERS: tuple[str, ...] = ('"', "'", "`")
# The same marks, a run of six or more of one of them matched whole (see _double_marks): a
# repeat of one character for each (twelve or more apostrophes for '': an odd one over counts
# for nothing, as before), not of a backreference, "([\"“”„«»])\1{5,}", for which the regex
# module keeps some 128 bytes per mark of the run while matching it (128 MB a million marks).
_DOUBLE_OR_RUN = compiled(
    "|".join(f"{run[0]}{{{len(run)},}}+" for run in _RUNS) + r"|''|``|‘‘|’’|[\"“”„«»]"
)
# A single mark is a quote mark only at a word's edge: not the apostrophe of "don’t" or
# "Russia’s".
_SINGLE = compiled(
    r"(?<![\p{L}\p{N}])[‘'](?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,!?])[’'](?![\p{L}\p{N}])"
)


def text_marks(text: str) -> tuple[list[Mark], list[Mark]]:
    """The double marks of ``text`` (but a nickname's and a height's inch mark) and its single
    marks, each ascending."""
    # Most one-sentence items (544 of NewsQuant's 573) hold no quote mark at all, not even an
    # apostrophe: nothing to pair, told by str's fast search for each character.
    characters = _ASCII_MARK_CHARACTERS if text.isascii() else _MARK_CHARACTERS
    if not any(map(text.__contains__, characters)):
        return [], []
    # One scan of the whole text. No timeout: the patterns look one character around a mark
    # (linear), and a timeout counts the wall-clock time of the whole scan, which a busy
    # machine can exceed on a long article.
    doubles = _double_marks(text)
    if doubles:
        # 'House Speaker Emanuel "Chris" Welch': a nickname's marks quote nothing
        doubles = outside(doubles, _nicknames(text, doubles))
        # (the character before each mark read first: most marks follow no digit)
        doubles = [mark for mark in doubles if not inch_mark(text, *mark)]
    return doubles, _single_marks(text)


# Feet, a mark and inches right before a double mark, its inch mark: a height ("6’2”",
# "5'10\""), no quote mark. One digit of feet: "he is 6’2”," (not "a 15’2” boat").
_HEIGHT = compiled(
    r"""(?<![\p{N}.,’'])  # (the feet's first digit: no number before it)
    \p{N}[’'′]\p{N}{1,2}\Z  # "6’2", "5'10"
    """,
    regex.VERBOSE,
)


def inch_mark(text: str, offset: int, width: int = 1) -> bool:
    """Whether the double mark at ``offset`` is a height's inch mark ("6’2”")."""
    # (the character before it read first: most marks follow no digit)
    return (
        width == 1
        and text[offset - 1 : offset].isdigit()
        and _HEIGHT.search(text, max(0, offset - 4), offset) is not None
    )


def outside(marks: list[Mark], stretches: list[tuple[int, int]]) -> list[Mark]:
    """The marks (ascending) outside every stretch (ascending, disjoint): one merge pass."""
    if not stretches:
        return marks  # (most texts: no nickname, no double-quoted words around single marks)
    kept: list[Mark] = []
    index = 0
    for mark in marks:
        while index < len(stretches) and stretches[index][1] <= mark[0]:
            index += 1
        if index < len(stretches) and stretches[index][0] <= mark[0]:
            continue
        kept.append(mark)
    return kept


def _double_marks(text: str) -> list[Mark]:
    """The double marks of ``text``, but those in the middle of a run of one mark.

    In a run of six or more of one mark, each mark after the first has that mark before it,
    and those before the last have it after them too: they all open a quote (“ „ « ‘‘:
    each replaces the innermost one left open, see marks._pair) or none of them does (" ” » '' ’’:
    the first two close whatever was left open, the rest close nothing). Pairing the first
    three and the last two of the run makes the same quotes as pairing all of it, without a
    Python step for each mark of a page of marks. (No nickname's marks are in such a run.)
    """
    # (Looked for with str's fast search first: the run-aware pattern costs more per mark.
    # A run or a pair is looked for only when the text holds its character, told by a
    # search for that one character: most texts hold few kinds of marks, and a search for
    # several characters in a row is a slower scan of the whole text.)
    if not any(run[0] in text and run in text for run in _RUNS):
        found = [
            (offset, len(mark))
            for mark in (_ASCII_MARKS if text.isascii() else DOUBLE_MARKS + _DOUBLED_SINGLES)
            if mark[0] in text
            for offset in _offsets(text, mark)
        ]
        found.sort()  # (no two overlap: each mark is of characters of its own)
        return found
    marks: list[Mark] = []
    for match in _DOUBLE_OR_RUN.finditer(text):
        start, end = match.span()
        width = 2 if text[start] in "'`‘’" else 1
        count = (end - start) // width
        kept = (0, 1, 2, count - 2, count - 1) if count > 1 else (0,)
        marks += [(start + index * width, width) for index in kept]
    return marks


def _offsets(text: str, literal: str) -> list[int]:
    """Where ``literal`` stands in ``text``, left to right, no two overlapping (as a pattern
    finds it)."""
    found: list[int] = []
    offset = text.find(literal)
    while offset >= 0:
        found.append(offset)
        offset = text.find(literal, offset + len(literal))
    return found


def _single_marks(text: str) -> list[Mark]:
    """The single marks of ``text`` at a word's edge (:data:`_SINGLE`), each matched where it
    stands: a text holds a few dozen."""
    candidates = [
        offset
        for mark in (_SINGLE_MARKS[:1] if text.isascii() else _SINGLE_MARKS)
        for offset in _offsets(text, mark)
    ]
    candidates.sort()
    match = _SINGLE.match
    return [(offset, 1) for offset in candidates if match(text, offset) is not None]


def _nicknames(text: str, doubles: list[Mark]) -> list[tuple[int, int]]:
    """The spans of the nicknames of ``text`` (NICKNAME), matched at its double marks that
    may open one (found with a scan of the whole text, its look-behind was tried at every
    character)."""
    spans: list[tuple[int, int]] = []
    match, end = NICKNAME.match, 0
    for offset, width in doubles:
        if width == 1 and offset >= end and text[offset] in '"“':
            nickname = match(text, offset)
            if nickname is not None:
                spans.append(nickname.span())
                end = nickname.end()
    return spans
