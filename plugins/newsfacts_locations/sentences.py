"""What the sentences of a text give, and the findings of a short sentence the text repeats.

:func:`newsfacts_locations.extract.extract` reads each sentence on its own: its gazetteer
names and their decisions, its streets, its towns the gazetteer lacks, its country adjectives.
None of them reads anything of the text but

* the sentence's tokens, and the text between them;
* the names the other fields claim around it: the checks of a name read those within a few
  characters of its window of tokens (:mod:`newsfacts_locations.repeats`), or, for a name
  claimed itself, of the name; each whole, as far as it reaches;
* what holds for the whole text: the gazetteer, the article, the claimed surnames (the names
  a decision marks as parts of people's names are read only once every sentence is).

So the findings of a sentence, moved to where the same sentence stands among the same claims
(those within :data:`_REACH` characters of it, each whole), are those its reading would give
there, and a text that repeats a short sentence ("Smith.", "John Smith said.") reads it once.
Not while the decisions are traced: a trace shows every decision, each where it was made; nor
in a text shorter than :data:`~newsfacts_locations.repeats.REMEMBERED_FROM` characters, whose
sentences are read one by one (a news story hardly repeats one: two sentences of the
development corpora's 2,400 texts were found again).
"""

from __future__ import annotations

import bisect
from itertools import accumulate

from newsfacts.plugin import Segment, tracing
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate
from newsfacts_locations.neighbours import Claims
from newsfacts_locations.openers import SentenceTokens
from newsfacts_locations.readings import Mention
from newsfacts_locations.repeats import REMEMBERED_FROM, moved

#: How far each side of a sentence the claims it is read with are looked for: the checks of a
#: name read the claims within three characters of its window of tokens, or of itself.
_REACH = 8
#: A longer sentence is always read: few repeat, and one is not worth its key.
_LONGEST = 500
#: The sentences (and their findings) kept at most, as in the other memos of a text.
_KEPT = 4096
#: How many claims may start before the stretch looked at and reach into it (a name inside
#: longer ones): more, and the sentence is read.
_NESTED = 8

Span = tuple[int, int]
Spot = tuple[int, int, Place]
#: A sentence: its text, its tokens' offsets, the claims around it (see :meth:`_claims`).
_Key = tuple[str, tuple[Span, ...], tuple[int, ...]]


class Findings:
    """What sentences give, in text order (offsets in the text, or from a sentence's start
    for those kept for a repeated sentence)."""

    __slots__ = ("adjectives", "judged", "listed", "mentions", "qualifiers", "streets", "towns")

    def __init__(self) -> None:
        self.judged: list[Span] = []  # the gazetteer's names, kept or not
        self.streets: list[Span] = []
        self.listed: list[Span] = []  # "Lakeview and Harrison streets"
        self.towns: list[Spot] = []  # the towns the gazetteer lacks
        self.qualifiers: list[int] = []  # where the states of those towns start
        self.mentions: list[Mention] = []
        self.adjectives: list[Spot] = []  # "Ukrainian cities"

    def mark(self) -> tuple[int, int, int, int, int, int, int]:
        """How much has been found so far (to take what a sentence adds, with :meth:`since`)."""
        return (
            len(self.judged),
            len(self.streets),
            len(self.listed),
            len(self.towns),
            len(self.qualifiers),
            len(self.mentions),
            len(self.adjectives),
        )

    def since(self, mark: tuple[int, ...], offset: int) -> Findings:
        """What was found after ``mark``, moved by ``offset``."""
        found = Findings()
        found.add(self, offset, mark)
        return found

    def add(self, other: Findings, offset: int, mark: tuple[int, ...] = (0,) * 7) -> None:
        """Add the findings of ``other`` (those after ``mark``), moved by ``offset``."""
        judged, streets, listed, towns, qualifiers, mentions, adjectives = mark
        self.judged += [(s + offset, e + offset) for s, e in other.judged[judged:]]
        self.mentions += [_moved(m, offset) for m in other.mentions[mentions:]]
        if len(other.streets) > streets or len(other.listed) > listed:
            self.streets += [(s + offset, e + offset) for s, e in other.streets[streets:]]
            self.listed += [(s + offset, e + offset) for s, e in other.listed[listed:]]
        if len(other.towns) > towns or len(other.qualifiers) > qualifiers:
            self.towns += [(s + offset, e + offset, p) for s, e, p in other.towns[towns:]]
            self.qualifiers += [start + offset for start in other.qualifiers[qualifiers:]]
        if len(other.adjectives) > adjectives:
            adjectives_after = other.adjectives[adjectives:]
            self.adjectives += [(s + offset, e + offset, p) for s, e, p in adjectives_after]


def _moved(mention: Mention, offset: int) -> Mention:
    candidate = mention.candidate
    return moved(
        mention, Candidate(candidate.start + offset, candidate.end + offset, *candidate[2:]), offset
    )


class Repeated:
    """The findings of the short sentences a text repeats (see the module docstring). Made
    per text (:meth:`of`)."""

    __slots__ = ("_claimed", "_found", "_reach", "_seen", "claims", "text")

    def __init__(self, text: str, claims: Claims) -> None:
        self.text = text
        self.claims = claims
        #: the sentences seen so far (only one seen twice is looked up)
        self._seen: set[str] = set()
        self._found: dict[_Key, Findings] = {}
        #: the claimed names, by where they start (then end), and the furthest end so far;
        #: made when a sentence first repeats (most texts repeat none)
        self._claimed: list[tuple[int, int, int]] | None = None
        self._reach: list[int] = []

    @classmethod
    def of(cls, text: str, claims: Claims) -> Repeated | None:
        """The memo of a text long enough to repeat its sentences; None for a shorter one, or
        while tracing."""
        if len(text) < REMEMBERED_FROM or tracing():
            return None
        return cls(text, claims)

    def key(self, sentence: Segment, tokens: SentenceTokens) -> _Key | None:
        """The key of a sentence seen before, else None (noted as seen)."""
        seen = self._seen
        start, end = sentence.start, sentence.end
        if end - start > _LONGEST:
            return None
        text = self.text[start:end]
        if text not in seen:  # most sentences of news: no key made
            if len(seen) >= _KEPT:
                seen.clear()
            seen.add(text)
            return None
        claims = self._claims(start - _REACH, end + _REACH, start)
        if claims is None:
            return None
        spans = [
            (first - start, last - start)
            for first, last in zip(tokens.starts, tokens.ends, strict=True)
        ]
        return text, tuple(spans), claims

    def get(self, key: _Key) -> Findings | None:
        return self._found.get(key)

    def keep(self, key: _Key, findings: Findings) -> None:
        if len(self._found) >= _KEPT:
            self._found.clear()
        self._found[key] = findings

    def _claims(self, start: int, end: int, base: int) -> tuple[int, ...] | None:
        """The claims that overlap ``start``..``end``, whole, from ``base`` (each its start, end
        and kind, in a row); None if too many start before ``start``."""
        if self._claimed is None:
            self._claimed = _claimed(self.claims)
            self._reach = list(accumulate((claim[1] for claim in self._claimed), max))
        claimed, reach = self._claimed, self._reach
        index = first = bisect.bisect_left(claimed, (start,))
        while first > 0 and reach[first - 1] > start:  # a claim before may reach in
            first -= 1
            if index - first > _NESTED:
                return None
        found: list[int] = []
        while first < len(claimed) and claimed[first][0] < end:
            claim_start, claim_end, kind = claimed[first]
            first += 1
            if claim_end > start:
                found += (claim_start - base, claim_end - base, kind)
        return tuple(found)


def _claimed(claims: Claims) -> list[tuple[int, int, int]]:
    """The claimed names, by where they start (then end), each with what the checks read of
    it: whether it is a person's, an institution's, a company's, and in an office's name (a
    bit each)."""
    readings = claims.readings
    return sorted(
        (
            span[0],
            span[1],
            (span in claims.people)
            | (span in readings.institutions) << 1
            | (span in readings.companies) << 2
            | claims.offices.contains(*span) << 3,
        )
        for span in claims.exact
    )
