"""The decision on a gazetteer name kept for the contexts a text repeats.

A text may repeat a name in the same words ("in Red Oak, Iowa," a thousand times), and the
checks of :mod:`newsfacts_locations.checks` read nothing of a name but:

* the tokens from :data:`BEFORE` before it to :data:`AFTER` after it: their texts, and where
  they stand from the first of them (the name's own offsets too), and whether the sentence
  ends or starts within them;
* whether the name is in capitals, a compound, in a sentence of a sports report, or opens a
  dateline (a dateline's check reads the whole sentence: those names are always decided);
* the names the other fields claim there: where they stand from the window's start, cut
  at :data:`_CLAIM_REACH` around it, and whether each is a person's, an institution's, a
  company's or in an office's name (a claim that reaches back further is not looked for:
  such a name is always decided);
* what holds for the whole text: the gazetteer, the article, the claimed surnames.

So the mention kept in one such context, moved to where the context repeats, is the one the
checks would keep there, and the checks run once per distinct context. Not while the
decisions are traced: a trace shows every decision, each where it was made; nor in a text
shorter than :data:`REMEMBERED_FROM` characters: a news story rarely repeats a context (ten
of the 53,000 names of the development corpora's texts did, all in PolNeAR), and each name's
look-up and note of its neighbours cost more than the few repeats save.
"""

from __future__ import annotations

import bisect

from newsfacts.plugin import tracing
from newsfacts_locations.candidacy import Candidacy, Reader
from newsfacts_locations.gates import mention
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate
from newsfacts_locations.openers import SentenceTokens
from newsfacts_locations.qualifiers import Qualifier
from newsfacts_locations.readings import Mention

#: Tokens read before a name: "Ian Jett, 30, of Platte City" reads three (one more for margin).
BEFORE = 4
#: Tokens read after a name: a comma, a qualifier of four tokens and the one after it ("Rome,
#: W. Va., police"), and one more for margin.
AFTER = 7
#: How far from the window a claim may change a decision ("Beverly Hills Police Department"
#: reads two characters before the name), and one for margin.
_CLAIM_REACH = 3
#: How far back from the window the claims that reach into it are looked for.
_CLAIM_START = 64

#: The shortest text whose contexts (and sentences: :mod:`newsfacts_locations.sentences`) are
#: remembered: longer than nearly any news story, as a text that repeats itself at length is
#: (a listing, a page read twice, "in Red Oak, Iowa," a thousand times).
REMEMBERED_FROM = 20_000

#: The contexts kept at most: a text that repeats its contexts repeats a few, and a long
#: text of news, which repeats few, would keep them all.
_KEPT = 4096

#: A claim near a name: where it starts and ends from the window's start, cut at
#: _CLAIM_REACH around it; whether it is a person's, an institution's, a company's, and in
#: an office's name.
_Claim = tuple[int, int, bool, bool, bool, bool]

#: A name's context: its key, its places (by identity), capitals, compound, sports sentence,
#: its offsets and token indices from the window, and the window's tokens.
_Context = tuple[
    str,
    int,
    bool,
    bool,
    bool,
    int,
    int,
    int,
    int,
    tuple[tuple[int, int, str], ...],
    tuple[_Claim, ...],
]


class Repeats:
    """The decisions of one text's names by context (see the module docstring). Made per
    text, for a text of ``length`` characters."""

    __slots__ = ("_claimed", "_found", "_near", "reader")

    def __init__(self, reader: Reader, length: int) -> None:
        self.reader = reader
        #: context -> (the name's places, kept alive for their identity; the mention kept,
        #: with offsets from the window's start, or None); None while tracing or for a short
        #: text
        self._found: dict[_Context, tuple[tuple[Place, ...], Mention | None]] | None = (
            {} if length >= REMEMBERED_FROM and not tracing() else None
        )
        #: the names with the two tokens each side of them, as seen so far
        self._near: set[tuple[str, ...]] = set()
        #: the claimed names, by where they start (then end); sorted when first asked: many
        #: texts never ask, and a text of names claims tens of thousands
        self._claimed: list[tuple[int, int]] | None = None

    def mention(
        self, tokens: SentenceTokens, candidate: Candidate, dated: bool, sporty: bool
    ) -> Mention | None:
        """The mention the checks keep of ``candidate`` (``tokens``: one sentence's;
        ``dated``: in the sentence's dateline; ``sporty``: a sentence of a sports report), or
        None."""
        found = self._found
        # (asked once here: the checks read it from the candidacy)
        claimed = self.reader.claims.spans.overlaps(candidate.start, candidate.end)
        if found is None:  # most texts: nothing remembered
            return mention(Candidacy.of(self.reader, tokens, candidate, dated, sporty, claimed))
        if (
            dated
            # a name claimed itself is decided in the table's first checks, for less than
            # its context costs
            or claimed
            or not self._seen_near(tokens.texts, candidate)
        ):
            return mention(Candidacy.of(self.reader, tokens, candidate, dated, sporty, claimed))
        first, last = candidate.first, candidate.last
        low, high = max(0, first - BEFORE), min(len(tokens), last + 1 + AFTER)
        base = tokens.starts[low]
        claims = self._claims(base - _CLAIM_REACH, tokens.ends[high - 1] + _CLAIM_REACH)
        if claims is None:
            return mention(Candidacy.of(self.reader, tokens, candidate, dated, sporty, claimed))
        context = (
            candidate.key,
            id(candidate.places),
            candidate.shouted,
            candidate.compound,
            sporty,
            candidate.start - base,
            candidate.end - base,
            first - low,
            last - low,
            tuple(
                [
                    (start - base, end - base, text)
                    for start, end, text in zip(
                        tokens.starts[low:high],
                        tokens.ends[low:high],
                        tokens.texts[low:high],
                        strict=True,
                    )
                ]
            ),
            tuple([(claim[0] - base, claim[1] - base, *claim[2:]) for claim in claims]),
        )
        known = found.get(context)
        if known is None or known[0] is not candidate.places:
            kept = mention(Candidacy.of(self.reader, tokens, candidate, dated, sporty, claimed))
            if len(found) >= _KEPT:
                found.clear()
            found[context] = (candidate.places, kept and moved(kept, kept.candidate, -base))
            return kept
        kept = known[1]
        return kept and moved(kept, candidate, base)

    def _seen_near(self, texts: list[str], candidate: Candidate) -> bool:
        """Whether the name came before between the same two tokens each side: else its
        context is neither looked up nor kept (news repeats a name, rarely its context).
        (Read from the sentence's texts, sliced in C: every name not claimed asks.)"""
        near = tuple(texts[max(0, candidate.first - 2) : candidate.last + 3])
        if near in self._near:
            return True
        if len(self._near) >= _KEPT:
            self._near.clear()
        self._near.add(near)
        return False

    def _claims(self, start: int, end: int) -> list[_Claim] | None:
        """The claims that reach into ``start``..``end``, cut there (offsets from the text's
        start); None if one may start before :data:`_CLAIM_START` characters before it."""
        claims = self.reader.claims
        spans = claims.spans
        if not spans.overlaps(start, end):
            return []  # most names: no claim near them
        if spans.contains(start - _CLAIM_START, start):
            return None  # "Ministry of Defence of the United Nations Security Council ..."
        claimed = self._claimed
        if claimed is None:
            claimed = self._claimed = sorted(claims.exact)
        index = bisect.bisect_left(claimed, (start - _CLAIM_START, 0))
        found: list[_Claim] = []
        readings = claims.readings
        while index < len(claimed) and claimed[index][0] < end:
            span = claimed[index]
            index += 1
            if span[1] > start:
                found.append(
                    (
                        max(span[0], start),
                        min(span[1], end),
                        span in claims.people,
                        span in readings.institutions,
                        span in readings.companies,
                        claims.offices.contains(*span),
                    )
                )
        return found


def moved(kept: Mention, candidate: Candidate, offset: int) -> Mention:
    """``kept`` of ``candidate``, its offsets moved by ``offset`` (made positionally: a named
    tuple's keywords cost more than its fields)."""
    qualifier = kept.qualifier
    if qualifier is not None:
        qualifier = Qualifier(
            qualifier.places,
            qualifier.start + offset,
            qualifier.end + offset,
            qualifier.abbreviation,
        )
    return Mention(
        candidate,
        kept.start + offset,
        qualifier,
        kept.supported,
        kept.pending,
        kept.dateline,
        kept.affiliation,
        kept.residents,
        kept.division,
        kept.setting,
    )
