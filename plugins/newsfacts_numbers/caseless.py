"""Whole-text scans for words whatever their case: where a list's words start in a text.

A scan of the text with an alternation of the words costs the regex module a try of the
alternation at every word (a trie's branches one after another), with the case of every
character folded under ``(?i)``: some 6,000 instructions a word of the text for a list of
number words. Here the lowered text is read for the first words every phrase of the list
opens with, and the pattern is tried only where one of them opens a word, without ``(?i)``:
a tenth of the cost. For a list whose phrases open with words of letters only (the number
and event words), the text is scanned, lowered, by :mod:`re` for the alternation of those
first words after a character that is no ASCII letter or digit (its scan stops only at such
a character, the one before a word, where one that stopped at the words' first letters
stopped inside nearly every word: a quarter less; the regex module's tries every position).
That one pass costs half the CPU time of a ``str.find`` for each word at every length
measured (a sentence, a 2,000-word article, ten of them joined), and reads a text once: a
find reads the whole text for each word whose opening it holds, and a long text holds more
of them (ten articles joined took 11 to 12 times one, the scan 10 times). (callgrind counts
the finds fewer instructions: it weighs none of their branches or reads.) Any other list is
searched with ``str.find`` for its first words, a short text scanned with the pattern.

The lowered text reads the same to such a pattern (lower-case ASCII words, white space, word
boundaries) wherever lowering keeps each character at its offset (one character for one: not
"İ", lowered to two) and turns every character that ``(?i)`` matches to a letter into that
letter: all of Unicode but "ſ" (the long s, which ``(?i)`` matches to "s" and lowering keeps),
as ``tests/test_numbers.py`` checks. Any other text is scanned as written, with the flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs
import regex

from newsfacts.plugin import compiled
from newsfacts_numbers.lexicon import alternation

_LONG_S = "ſ"
# The ``concurrent`` argument of the tries where a head opens a word (patterns.CONCURRENT,
# which imports this module): False keeps the GIL through each.
_CONCURRENT = False
#: The shortest text whose words are looked for with str.find (a list with no :mod:`re` scan,
#: the names of an index): a find for each head costs more than a scan of a shorter text (a
#: one-sentence article), however few its words.
FIND_FROM = 200
#: How many first letters the heads of a group share (see :attr:`CaselessWords.groups`): of the
#: lists of number and event words, the grouping that reads the fewest characters of a text
#: (a quarter fewer for the number words, a sixth fewer for the event words).
_GROUPED_BY = 3


@attrs.frozen(repr=False, eq=False)
class CaselessWords:
    """Where the words (or phrases) of a list start in a text, whatever their case: the
    starts of ``folded.finditer(text, overlapped=True)``. A pattern that ends at a word's end
    (``after``: ``\\b``) finds the same starts without ``overlapped``: its matches are whole
    words, none holds the start of another."""

    #: The pattern with its words' case ignored, for a text that lowered reads otherwise.
    folded: regex.Pattern[str]
    #: The same pattern, case-sensitive, tried on the lowered text where a head opens a word.
    lowered: regex.Pattern[str]
    #: What every word opens with, none opening another: the strings ``str.find`` looks for.
    heads: tuple[str, ...]
    #: The heads grouped by their first letters, each group with what all its heads open
    #: with: looked for first, once ("fift" for "fifteen", "fifth", "fiftieth", "fifty").
    #: Where it is not in a text, none of them is, decided by one search, not one a head;
    #: where it is, each head is looked for from its first place on.
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    #: For a list whose heads are small ASCII letters only, their alternation after a
    #: character that is no ASCII letter or digit (what stands before a word), by :mod:`re`:
    #: where the pattern may match (see :meth:`_scanned`).
    scan: re.Pattern[str] | None

    @classmethod
    def of(cls, words: Iterable[str], after: str = "") -> CaselessWords:
        """The lower-case ``words`` (phrases: words and single spaces) at word boundaries,
        then ``after`` (a boundary or white space, which no case changes)."""
        words = sorted(set(words))
        source = alternation(words)
        firsts = {word.split(" ")[0] for word in words}
        heads = [first for first in sorted(firsts) if not first.startswith(tuple(firsts - {first}))]
        # The scan looks for the heads alone: every match opens with one ("rushed" of "rushed
        # to hospital"), and the pattern is tried where one opens a word.
        letters = all(head.isascii() and head.isalpha() and head.islower() for head in heads)
        grouped: dict[str, list[str]] = {}
        for head in heads:
            grouped.setdefault(head[:_GROUPED_BY], []).append(head)
        return cls(
            compiled(rf"\b(?i:{source}){after}"),
            compiled(rf"\b{source}{after}"),
            tuple(heads),
            tuple((_opening(group), tuple(group)) for group in grouped.values()),
            re.compile(f"[^a-z0-9](?:{alternation(heads)})") if letters else None,
        )

    def starts(self, text: str) -> list[int]:
        """Where the matches start in ``text``, in order."""
        lowered = text.lower()
        if len(lowered) != len(text) or _LONG_S in text:
            return [match.start() for match in self.folded.finditer(text, overlapped=True)]
        if self.scan is not None:
            return self._scanned(lowered, self.scan)
        if len(text) < FIND_FROM:
            return [m.start() for m in self.lowered.finditer(lowered, overlapped=True)]
        found: list[int] = []
        for opening, heads in self.groups:
            first = lowered.find(opening)  # where the first of the group's heads may stand
            if first >= 0:
                for head in heads:
                    found += self._head_starts(lowered, head, first)
        return sorted(found)

    def _head_starts(self, lowered: str, head: str, at: int) -> list[int]:
        """Where the pattern matches ``lowered`` at ``head``, looked for from ``at`` on."""
        found = []
        match = self.lowered.match
        at = lowered.find(head, at)
        while at >= 0:
            # After a letter or a digit, a word character, no word starts: the pattern is
            # tried at the rest ("one" in "phone" is turned down without a call).
            before = lowered[at - 1 : at]
            if not (before.isalpha() or before.isdecimal()) and match(
                lowered, at, None, _CONCURRENT
            ):
                found.append(at)
            at = lowered.find(head, at + 1)
        return found

    def _scanned(self, lowered: str, scan: re.Pattern[str]) -> list[int]:
        """Where the pattern matches ``lowered``, tried where ``scan`` (a character that is no
        ASCII letter or digit, then one of the heads, words of letters) finds a head after no
        letter or digit. ``scan`` reads ``lowered`` after a space, which stands before a
        word at its start: a match there starts where its head does in ``lowered``. A match
        holds a mark and letters only: no word starts inside one, which the scan would pass
        over (a head right after it follows a letter)."""
        found = []
        match = self.lowered.match
        spaced = " " + lowered
        for candidate in scan.finditer(spaced):
            at = candidate.start()  # where the head starts in ``lowered``
            before = spaced[at]
            if not (before.isalpha() or before.isdecimal()) and match(
                lowered, at, None, _CONCURRENT
            ):
                found.append(at)
        return found


def _opening(words: list[str]) -> str:
    """What all ``words`` open with."""
    opening = words[0]
    for word in words[1:]:
        while not word.startswith(opening):
            opening = opening[:-1]
    return opening
