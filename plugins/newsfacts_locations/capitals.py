"""Whether a sentence is written in capitals: a headline, a dateline, a table caption.

The matcher looks a shouted sentence's words up in title case ("NEW YORK" as "New York"),
and the checks keep only well-known places in one (:mod:`newsfacts_locations.checks`).
"""

from __future__ import annotations

import string
from collections.abc import Sequence


def shouted(texts: Sequence[str]) -> bool:
    """Whether a sentence, its tokens' texts, is written in capitals (a headline, a
    dateline, a table caption)."""
    return shouted_text("".join(texts))


_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_LOWER = string.ascii_lowercase.encode("ascii")


def shouted_text(text: str) -> bool:
    """Whether ``text`` (a sentence's tokens, joined) is written in capitals: at least four
    letters, four in five of them capitals."""
    # Counted by the bytes' translate, not letter by letter; first the ASCII letters in lower
    # case: over a fifth of the text ("’" and "é" left out of them), over a fifth of its letters
    data = text.encode("ascii", "ignore")
    lower = len(data) - len(data.translate(None, _ASCII_LOWER))
    if 5 * lower > len(text):  # (most sentences: told by this count)
        return False
    if text.isascii():
        letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
        upper = letters - lower
    else:
        letters = sum(map(str.isalpha, text))
        upper = len([char for char in filter(str.isupper, text) if char.isalpha()])
    return letters >= 4 and upper >= 0.8 * letters
