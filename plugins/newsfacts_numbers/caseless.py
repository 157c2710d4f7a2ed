"""Whole-text scans for words whatever their case, run over the text lowered.

Under ``(?i)`` the regex module folds the case of every character it compares: a scan of a
news text for a trie of lower-case words costs half as much again (event words) to three
times (number words) what the same scan of the lowered text costs without the flag. The
lowered text reads the same to such a pattern (lower-case ASCII letters, white space, word
boundaries) wherever lowering keeps each character at its offset (one character for one: not
"İ", lowered to two) and turns every character that ``(?i)`` matches to a letter into that
letter: all of Unicode but "ſ" (the long s, which ``(?i)`` matches to "s" and lowering keeps),
as ``tests/test_numbers.py`` checks. Any other text is scanned as written, with the flag.
"""

from __future__ import annotations

import attrs
import regex

from newsfacts.plugin import compiled

_LONG_S = "ſ"


@attrs.frozen
class CaselessWords:
    """A pattern of lower-case words matched whatever their case (see the module's doc)."""

    #: The pattern with its words' case ignored, for a text that lowered reads otherwise.
    folded: regex.Pattern[str]
    #: The same pattern, case-sensitive, for the lowered text.
    lowered: regex.Pattern[str]

    @classmethod
    def of(cls, before: str, words: str, after: str = "") -> CaselessWords:
        """``before``, then the alternation ``words`` whatever its case, then ``after``
        (boundaries and white space, which no case changes)."""
        return cls(compiled(f"{before}(?i:{words}){after}"), compiled(f"{before}{words}{after}"))

    def starts(self, text: str, overlapped: bool = False) -> list[int]:
        """Where the matches start in ``text``, as ``folded.finditer`` finds them."""
        lowered = text.lower()
        if len(lowered) == len(text) and _LONG_S not in text:
            matches = self.lowered.finditer(lowered, overlapped=overlapped)
        else:
            matches = self.folded.finditer(text, overlapped=overlapped)
        return [match.start() for match in matches]
