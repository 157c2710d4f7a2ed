"""The turns of a transcript an article quotes: '"HOLLIS: Let’s start with the ad."' then
'"WHITLOCK: Well, look, ..."'. The label in capitals before the colon is who speaks the
line after it, resolved to the person of the article whose last name it is ("WHITLOCK" is
Paul Whitlock); a label the article names no one by is a speaker when it opens another
paragraph too, as the turns of a transcript do ("HOLLIS"), not a heading's word ("VIDEO:",
"UPDATE:", ``data/turn_headings.txt``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import newsfacts
from newsfacts.plugin import compiled, read_words
from newsfacts_quotes.mentions import Speaker, name_of

# One to three words in capitals and a colon, at a paragraph's or a quote's start (quote
# marks and blanks before it at a paragraph's start).
_TURN = compiled(
    r"[\"“”‘’'«» \t\u00a0]*+"
    r"(\p{Lu}[\p{Lu}’'.\-]*+(?:[ \u00a0]\p{Lu}[\p{Lu}’'.\-]*+){0,2}):[ \t\u00a0]"
)
_LABEL_REACH = 40  # characters from a quote's start in which its label's colon stands
_HEADINGS = read_words("newsfacts_quotes", "turn_headings.txt")


class Turns:
    """The speakers of an article's transcript turns, read when a quote opens with a label."""

    def __init__(self, document: newsfacts.Document, people: Sequence[newsfacts.Fact]) -> None:
        self.document = document
        self.people = people
        self._labels: Counter[str] | None = None
        self._surnames: dict[str, str] | None = None

    def turn(self, start: int) -> tuple[Speaker | None] | None:
        """The speaker of the quoted words opening at ``start`` with a label ('"WHITLOCK: ...'),
        in a tuple, None in it after a heading's label ('"VIDEO: ...'); None when no label
        of a transcript opens them."""
        text = self.document.text
        # Most quotes: no capital opening them, or no colon near it; no pattern tried.
        colon = text.find(":", start, start + _LABEL_REACH)
        if colon < 0 or not text[start : start + 1].isupper():
            return None
        label = _TURN.match(text, start, colon + 2)
        if label is None or len(label.group(1)) < 2:  # (not an interview's "Q:" and "A:")
            return None
        words = label.group(1)
        if words in _HEADINGS:
            return (None,)
        low, high = label.span(1)
        named = self._named(words)
        if named is not None:
            return (Speaker(named, low, high),)
        if self._labels_opening_paragraphs()[words] < 2:
            return None
        return (Speaker(words.title(), low, high),)

    def _named(self, words: str) -> str | None:
        """The full name of the person of the article whose last name ends ``words``: the
        most often named when two share it ("CLINTON" in an article of Hillary and Bill)."""
        if self._surnames is None:
            counts = Counter(name_of(person) for person in self.people)
            self._surnames = {}
            for name, _ in counts.most_common():
                self._surnames.setdefault(name.split()[-1].upper(), name)
        return self._surnames.get(words.split()[-1])

    def _labels_opening_paragraphs(self) -> Counter[str]:
        if self._labels is None:
            text = self.document.text
            self._labels = Counter(
                label.group(1)
                for paragraph in self.document.paragraphs
                if (label := _TURN.match(text, paragraph.start, paragraph.end)) is not None
            )
        return self._labels
