"""A naming cue after "what" and a word for no one named ("Ana Ruiz wants to scrap what
some call the “rain tax”", "The campaign mocks his budget, built on what they call “magic
math”"): the quoted name is the word of the sentence's subject, or of those it
speaks for, so that subject speaks, not a person named near the cue nor one a "they" or "it"
might go back to further up."""

from __future__ import annotations

from typing import NamedTuple

from newsfacts.plugin import compiled, read_words

_NAMERS = read_words("newsfacts_quotes", "what_namers.txt")
_CUES = read_words("newsfacts_quotes", "what_naming_cues.txt")
# "what some call", "what they have long called", "which is what some wrongly call": "what",
# a word of data/what_namers.txt, then up to two auxiliaries or "-ly" adverbs before the cue.
_WHAT = compiled(
    r"(?<![\p{L}\-’'])what[ \u00a0]++(?P<who>\p{Ll}++)[ \u00a0]++"
    r"(?:(?:have|has|had|\p{Ll}++(?<=ly))[ \u00a0]++){0,2}+$"
)
_REACH = 60  # characters before the cue read for "what" and the words after it


class What(NamedTuple):
    """Where "what" stands before a naming cue, and the word after it (a named tuple, see
    Span)."""

    start: int
    who: str  # "some", "they"
    who_start: int
    who_end: int


def what_before(text: str, cue: str, start: int) -> What | None:
    """ "what" and the word after it before the naming cue ``cue`` at ``start``, when that
    word names no one (data/what_namers.txt); None otherwise."""
    if cue not in _CUES:
        return None
    found = _WHAT.search(text, max(0, start - _REACH), start)
    if found is None or found.group("who") not in _NAMERS:
        return None
    return What(found.start(), found.group("who"), *found.span("who"))
