"""A thing that spoke before an "it" that speaks: "“...,” the newspaper admitted." then
"“...,” it added." is the newspaper's, not the organization the article named last before
it ("... its effect on the state budget"). The thing is a noun phrase of lower-case
words after "the" whose last word names a document, a work or another thing that speaks,
right before a cue ("the email read", "the memo stated"); the "it" goes on with it as a
"he" or "she" goes on with a role (:mod:`newsfacts_quotes.role_subjects`)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.plugin import compiled
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.phrases import Word, is_adverb

# How far before the "it" the thing may have spoken: a sentence or two, across a paragraph
# break (a quote often opens the next paragraph).
_REACH = 300
_MAX_WORDS = 2  # "the| campaign email |read"
# "the" and up to four lower-case words after it: the thing's phrase, maybe an adverb, the
# cue (read by _phrase)
_THE = compiled(r"(?<!\p{L})[Tt]he(?P<words>(?:[ \u00a0]++\p{Ll}[\p{Ll}\-]*+){2,4})")


class ThingSubjects:
    """The things of an article that speak, for the "it" after them."""

    def __init__(self, text: str, in_quote: Callable[[int], bool]) -> None:
        self.text = text
        self.in_quote = in_quote

    def last(self, start: int, floor: int) -> str | None:
        """The thing an "it" at ``start`` stands for, when one spoke after ``floor`` (where
        the organization found before it ends, 0 for none) and before it: its phrase."""
        found: list[Word] = []
        for match in _THE.finditer(self.text, max(floor, start - _REACH, 0), start):
            phrase = _phrase(match.string, match.start("words"), match.end())
            if phrase and not self.in_quote(match.start()):
                found = phrase
        return self.text[found[0][0] : found[-1][1]] if found else None


def _phrase(text: str, start: int, end: int) -> list[Word]:
    """The thing's phrase of "the ... read": up to two words, the last a noun for a thing
    that speaks, then maybe an adverb ("further"), then a cue; none if not so."""
    words = lx.placed_words(text, start, end)
    for length in range(1, min(_MAX_WORDS, len(words) - 1) + 1):
        after = [word[2] for word in words[length : length + 2]]
        if (is_adverb(after[0]) or after[0] in lx.VERB_FILLERS) and len(after) > 1:
            after = after[1:]
        if after[0] in lx.CUES and words[length - 1][2] in lx.THINGS:
            return words[:length]
    return []
