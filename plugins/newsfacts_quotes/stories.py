"""Where a new story starts inside an article: a dateline opening a sentence after the first
("... she said. RIVERTON - The county is taking bids ..."), as a page of briefs or a wire
digest strings stories together. Nobody named before it speaks after it: a quote there
inherits no speaker from a quote before it, and a pronoun or a role ("he", "the mayor")
resolves to no one named before it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import newsfacts
from newsfacts.plugin import compiled, dateline

# A dateline is read in the first characters of a sentence (its tokens beyond are not made).
_DATELINE_REACH = 80
# A first word with small letters only after its capital ("The", "He"): no dateline's, whose
# first word is in capitals ("LONDON", "ST.") or has them after a short prefix ("DeKALB").
_TITLE_CASE_WORD = compiled(r"\p{Lu}\p{Ll}+(?!\p{L})")


def story_starts(document: newsfacts.Document) -> list[int]:
    """The offsets of the sentences after the first that open with a dateline: a place in
    capitals closed by a dash, a bracket or a year ("SPRINGFIELD -", "BOSTON (Reuters) -"),
    not a colon, which closes a speaker's label in a transcript ("TAPPER: ...") or a
    section's heading ("UPDATE: ...")."""
    text = document.text
    starts = []
    for sentence in document.sentences[1:]:
        first = text[sentence.start]
        if first != "(" and not first.isupper():
            continue  # no dateline's first character: no tokens read
        if _TITLE_CASE_WORD.match(text, sentence.start):
            continue  # most sentences: "The", "He": no tokens read either
        end = min(sentence.end, sentence.start + _DATELINE_REACH)
        tokens = document.tokens_between(sentence.start, end)
        length = dateline(tokens, closed=True)
        if length and length < len(tokens) and tokens[length].text != ":":
            starts.append(sentence.start)
    return starts


def new_story(starts: Sequence[int], low: int, high: int) -> bool:
    """Whether a story starts after ``low`` and at or before ``high`` (``starts`` ascending)."""
    index = bisect.bisect_right(starts, low)
    return index < len(starts) and starts[index] <= high


def story_start(starts: Sequence[int], offset: int) -> int:
    """Where the story holding ``offset`` starts (0: the article's first)."""
    index = bisect.bisect_right(starts, offset)
    return starts[index - 1] if index else 0
