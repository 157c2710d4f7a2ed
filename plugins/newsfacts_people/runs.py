"""The runs of capitalized words of a text, one after another: the candidates for a person's
name that :mod:`newsfacts_people.mentions` judges."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, count

import regex

from newsfacts.plugin import NICKNAME, POST_NOMINALS, Document
from newsfacts_people import lexicon as lx

_MAX_GAP = 24  # a longer stretch between two capitalized words cannot be a name gap
_GAP_OPENERS = frozenset(') \u00a0"”')  # what a name gap (lx.NAME_GAP) starts with
# What a name gap holds besides its particles ("de", "von der"; no particle holds one)
_GAP_MARKS = ' \u00a0")”“'
QUOTES = frozenset('"“”')
# What may stand second in a gap of particles (after its opening blank or mark): a mark of
# _GAP_MARKS, white space (str.split's), or a particle's first letter ("d" of " de "). Any
# other character ("(" of " ( ", "," of " , ", "o" of " of ") tells a gap no name holds
# without its words split: most gaps between two capitalized words.
_WHITE_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
_GAP_SECOND = (
    frozenset(_GAP_MARKS)
    | frozenset(_WHITE_SPACE)
    | frozenset(map(chr, range(0x2000, 0x200B)))  # the typographic spaces
    | {particle[0] for particle in lx.PARTICLES}
)
# A longer run of capitalized words is a page of titles or names, not one name: it is read
# as none (the longest in the development corpora, a headline, has 17 words). Unbounded, a
# megabyte of titles was read as one person a megabyte long.
_MAX_GROUP_WORDS = 64


Token = tuple[int, int, str]


def runs(document: Document) -> Iterator[list[Token]]:
    """The runs of capitalized words of ``document``, one after another, but those longer
    than :data:`_MAX_GROUP_WORDS`. Yielded, not listed: the runs of a long text need not all
    be kept in memory at once."""
    group: list[Token] = []
    overlong = False
    previous_start = previous_end = -1
    previous_word = ""
    # (Read once, not looked up in the module at every word.)
    abbreviated, name_gap, concurrent = lx.ABBREVIATED, lx.NAME_GAP, lx.CONCURRENT
    particles, marks, gap_second = lx.PARTICLES, _GAP_MARKS, _GAP_SECOND
    text = document.text
    for start, end, word in name_words(document):
        gap_start = previous_end
        # "Mr. Obama", "Sen. Cruz": the honorific's full stop is part of the gap.
        # "St. Louis": so is a place prefix's.
        if previous_word in abbreviated and text.startswith(".", gap_start):
            gap_start += 1
        gap = start - gap_start
        joined = group and (
            # One space, the usual gap, is read without the pattern (a call of it costs
            # more than the rest of the loop), and so is a gap the pattern cannot open with
            # (", ", ". "), or one holding a word that is no particle ("said", "and").
            (gap == 1 and text[gap_start] == " ")
            or (
                0 < gap <= _MAX_GAP
                and text[gap_start] in _GAP_OPENERS
                and (gap == 1 or text[gap_start + 1] in gap_second)
                and particles.issuperset(text[gap_start:start].strip(marks).split())
                and name_gap.fullmatch(text, gap_start, start, concurrent) is not None
                and _nickname_quotes(text, gap_start, start, previous_start, len(group))
            )
        )
        if joined and overlong:  # only the last word is kept, for the gap to the next
            group = [(start, end, word)]
        elif joined:
            group.append((start, end, word))
            overlong = len(group) > _MAX_GROUP_WORDS
        else:
            if group and not overlong:
                # (most runs have one word or two, which keep all: no call)
                yield group if len(group) < 3 else _without_post_nominals(group)
            group, overlong = [(start, end, word)], False
        previous_start, previous_end, previous_word = start, end, word
    if group and not overlong:
        yield group if len(group) < 3 else _without_post_nominals(group)


# Usual characters that are no letter, digit nor mark, nor the apostrophes and hyphen
# NAME_WORD's look-behind refuses: a token after one opens a name word if it is a capitalized
# word of letters, without a second look; a token of them opens none (a name after another
# character, or in a token opening with another one, is matched where it stands).
_PUNCTUATION = frozenset(' \n\t\r\u00a0"()[]/.,;:!?“”‘«»—–…•')
_Match = re.Match[str] | regex.Match[str]


def name_words(document: Document) -> Iterator[Token]:
    """The name words of ``document`` (:data:`~newsfacts_people.lexicon.NAME_WORD`'s
    matches), left to right, read from its tokens: no scan of the text. A name word opens a
    token holding a capital (not a word in lower case) or follows a full stop inside initials
    ("S.p.A."); a capitalized word of letters ("Kyiv") is one, the rest are matched where they
    stand ("O'Malley", "Obama's", "J.", "G7", "al-Assad")."""
    text, tokens = document.text, document.tokens
    texts = list(tokens.texts())
    # What each token may be, a look-up per token in the extractor's vocabulary (words
    # repeat from article to article): no set of the article's words to build.
    kinds = list(map(document.vocabulary.column(_name_word_kind).__getitem__, texts))
    starts = tokens.starts
    ascii_text = text.isascii()
    for index in compress(count(), kinds):
        word, start = texts[index], starts[index]
        # (text[-1] before the first token: if it is no mark, the word is matched anew)
        if kinds[index] == _PLAIN and text[start - 1] in _PUNCTUATION:
            yield start, start + len(word), word
        else:
            yield from _matched(text, start, start + len(word), ascii_text)


# The kinds of token of name_words: none (0, a word in lower case, a mark, a token no name
# word can open in); a capitalized word of letters, a name word whole after a mark (_PLAIN);
# any other, matched where it stands (_MATCHED).
_PLAIN, _MATCHED = 1, 2


def _name_word_kind(word: str) -> int:
    """What the token ``word`` may be in :func:`name_words`: 0 for one that holds no name
    word, else :data:`_PLAIN` or :data:`_MATCHED`. A word in lower case ("said") or a mark
    (",") holds none; a token that may hold one opens with a letter ("Kyiv", "al-Assad",
    "J.") or, beyond ASCII, with a character that is no usual mark; an ASCII token opening
    with a digit or a sign holds none ("1990s", "$5")."""
    if word.islower() or word in _PUNCTUATION:
        return 0
    if word.isalpha() and word[0].isupper() and len(word) > 1:
        return _PLAIN  # (most: "Kyiv", "Obama"; a single capital is an initial, "J.")
    if word[0].isalpha() or not (word.isascii() or word[0] in _PUNCTUATION):
        return _MATCHED
    return 0


def _matched(text: str, start: int, end: int, ascii_text: bool) -> Iterator[Token]:
    """NAME_WORD's matches in the token ``start``..``end``: at its start, and at each letter
    after a full stop in it ("S.p.A.": "S.", "A."; in a word of letters nothing else may open
    one). No timeout: the pattern is possessive, linear, and reads a few characters."""
    position = start
    while position < end:
        match: _Match | None = (
            lx.ASCII_NAME_WORD.match(text, position)
            if ascii_text
            else lx.NAME_WORD.match(text, position, concurrent=lx.CONCURRENT)
        )
        if match is not None:
            yield match.start(), match.end(), match.group()
            position = match.end()
        else:
            position = text.find(".", position, end) + 1 or end


def _without_post_nominals(group: list[Token]) -> list[Token]:
    """ "Sally Dowling SC", "Jane Smith OBE MP": the letters after a name of two words or
    more are no part of it (POST_NOMINALS; "MP Jane Smith" keeps its title)."""
    while len(group) > 2 and group[-1][2] in POST_NOMINALS:
        group = group[:-1]
    return group


def _nickname_quotes(
    text: str, gap_start: int, start: int, previous_start: int, words: int
) -> bool:
    """Whether the quote marks of a name gap, if any, are those of a nickname of one word
    ('Emanuel "Chris" Welch'), before it or after it (after the group's first ``words``);
    not a quote that opens or closes next to a name ('told "Fox News"', 'the "Dixiecrat"
    Strom Thurmond')."""
    if text[start - 1] in QUOTES and NICKNAME.match(text, start - 1) is None:
        return False
    if text[gap_start] not in QUOTES:
        return True
    return words >= 2 and NICKNAME.match(text, previous_start - 1) is not None
