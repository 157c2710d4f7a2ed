"""The word right before a number, read two ways: the word of a name, up to the number
("Section" of "Section 427", "#" of "#2"), for the scan; and the whole word before it,
apostrophes, hyphens and digits in it ("Kohli's", "one-day", "the"), for sports reports."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers.patterns import CONCURRENT

# The word of a name before a number: letters, "&" and "." ("S&P", "No."), or "#". Read
# backwards from the number (REVERSE, anchored there by \G), over any white space between.
_NAME_WORD = compiled(r"(?P<w>#|\p{L}[\p{L}&.]*)\s*\G", flags=regex.REVERSE)
_NAME_REACH = 12  # characters read back: a longer word is read as its last letters
# The whole word before a number and the blanks after it: "the", "international", "Kohli's"
_WHOLE_WORD = compiled(r"(?<![\p{L}'’-])(?P<w>\p{L}[\p{L}\d'’-]*)[ \t]+\Z")
_WHOLE_REACH = 24  # characters: the longest word read before a number, with room


def name_word_before(text: str, start: int) -> str:
    """The word before the number at ``start`` ("Section" in "Section 427"), "#" or ""."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    if at < 0 or not (text[at].isalpha() or text[at] in "#&."):
        return ""  # the common case, decided without the regex
    before = _NAME_WORD.search(text, max(0, start - _NAME_REACH), start, CONCURRENT)
    return "" if before is None else before.group(1)  # "w", by index (a name costs more)


def whole_word_before(text: str, start: int) -> str:
    """The whole word before ``start``, then blanks ("Kohli's 50th"), or ""."""
    before = _WHOLE_WORD.search(text, max(0, start - _WHOLE_REACH), start)
    return "" if before is None else before["w"]
