"""A gazetteer name in its sentence: what the checks of :mod:`newsfacts_locations.checks` read.

Everything about one candidate that more than one check asks for (the words around it, its
qualifier, what the other fields claim, the support around it) is read here once.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsfacts.plugin import Segment
from newsfacts_locations import context, neighbours, support, words
from newsfacts_locations.gazetteer import Gazetteer
from newsfacts_locations.matching import Candidate, Matcher
from newsfacts_locations.neighbours import Article, Claims
from newsfacts_locations.qualifiers import Qualifier, qualifier_of


@attrs.define
class Candidacy:
    """A gazetteer name in its sentence: the subject of
    :data:`newsfacts_locations.checks.CHECKS`.

    Built by :meth:`of` with what every name needs; what only some checks read (support) is
    computed once, when a check first asks; what its places say (well known, villages) once
    per name of the text (:meth:`~newsfacts_locations.matching.Matcher.traits`). (A plain
    mutable class: one is built for every gazetteer name of every article, and a frozen class's
    cached properties cost more than the checks themselves.)
    """

    gazetteer: Gazetteer
    tokens: Sequence[Segment]
    candidate: Candidate
    claims: Claims
    article: Article
    dated: bool  # the name is in the sentence's dateline
    sporty: bool  # a sentence of a sports report
    previous: str
    before_previous: str
    following: str
    qualifier: Qualifier | None
    #: A public body's word after it, in a name it starts ("Henry County Courthouse").
    body: bool
    #: The place ends or starts a claimed name: "University of St. Thomas in Houston".
    inside: bool
    around: support.Surroundings
    #: What its places say wherever it stands (read once per name of the text).
    traits: context.Traits
    _supported: bool | None = attrs.field(default=None, init=False)
    _support: str | None = attrs.field(default=None, init=False)

    @classmethod
    def of(
        cls,
        matcher: Matcher,
        tokens: Sequence[Segment],
        candidate: Candidate,
        claims: Claims,
        article: Article,
        dated: bool,
        sporty: bool,
    ) -> Candidacy:
        first, last = candidate.first, candidate.last
        previous = tokens[first - 1].text if first > 0 else ""
        before_previous = tokens[first - 2].text if first > 1 else ""
        following = tokens[last + 1].text if last + 1 < len(tokens) else ""
        qualifier = qualifier_of(matcher, tokens, candidate)
        body = neighbours.public_body(tokens, candidate) and neighbours.starts_claim(
            claims, candidate
        )
        inside = (previous == "in" and neighbours.ends_claim(claims, candidate, following)) or body
        fixture = (candidate.shouted and not dated) or (
            article.sports and previous.lower() == "at" and context.name_word(before_previous)
        )
        around = support.Surroundings.of(
            tokens,
            candidate,
            qualified=bool(qualifier),
            dated=dated,
            fixture=fixture,
            body=body,
            person_ends=claims.people_ends,
        )
        return cls(
            matcher.gazetteer,
            tokens,
            candidate,
            claims,
            article,
            dated,
            sporty,
            previous,
            before_previous,
            following,
            qualifier,
            body,
            inside,
            around,
            matcher.traits(candidate.places),
        )

    @property
    def supported(self) -> bool:
        """Whether anything around the name says it is a place (the checks of support)."""
        if self._supported is None:
            self._support = support.first(self.around)
            self._supported = self._support is not None
        return self._supported

    @property
    def support(self) -> str | None:
        """The name of the first check of support that holds, None if none does."""
        return self._support if self.supported else None

    @property
    def known(self) -> bool:
        """Whether one of its readings is a well-known place."""
        return self.traits.known

    @property
    def village(self) -> bool:
        """Whether every reading is a village."""
        return self.traits.village

    @property
    def firmly_claimed(self) -> bool:
        """Claimed by the organizations or people field, and not weakly (see
        :class:`~newsfacts_locations.neighbours.Claims`)."""
        candidate = self.candidate
        return self.claims.spans.overlaps(candidate.start, candidate.end) and not (
            self.claims.weak(candidate, self.article.sports, lambda: self.supported, self.inside)
        )

    @property
    def lifted(self) -> bool:
        """A place the option ``inside_organizations`` lifts out of an organization's name
        ("the Ohio Housing Finance Agency"): the names around it are the organization's."""
        return self.claims.lifted(self.candidate, self.article.sports)

    @property
    def direction(self) -> bool:
        """A compass word before it that joins the mention ("Southern California"); not a
        place's own name ("South Africa" before "Durban"). Headlines and datelines keep
        the name as matched."""
        previous = self.previous
        return (
            previous in words.DIRECTIONS
            and not (self.candidate.shouted or self.dated)
            and not context.well_known_name(self.gazetteer, previous)
        )

    @property
    def start(self) -> int:
        """Where the mention starts: before its compass word, if one joins it."""
        if self.direction:
            return self.tokens[self.candidate.first - 1].start
        return self.candidate.start
