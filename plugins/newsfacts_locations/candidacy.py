"""A gazetteer name in its sentence: what the checks of :mod:`newsfacts_locations.checks` read.

Everything about one candidate that more than one check asks for (the words around it, its
qualifier, what the other fields claim, the support around it) is read here once, and only
when a check first asks: the table stops at the first check that holds, and most names are
decided before the checks that read their qualifier or their support.
"""

from __future__ import annotations

import enum

import attrs

from newsfacts.plugin import Segment
from newsfacts_locations import context, neighbours, products, public_bodies, support, words
from newsfacts_locations.article import Article
from newsfacts_locations.gazetteer import Gazetteer
from newsfacts_locations.matching import Candidate, Columns, Matcher
from newsfacts_locations.neighbours import Claims
from newsfacts_locations.openers import SentenceTokens
from newsfacts_locations.qualifiers import Qualifier, Qualifiers, container_of, owner_of
from newsfacts_locations.support import Surroundings


class Reader:
    """What every candidacy of one text reads the same: the text's matcher, the other fields'
    claims, what the article says; and the support each context was found to give, for a
    text repeats its contexts ("in Red Oak, Iowa" a thousand times). Made per text."""

    __slots__ = ("_support", "article", "claims", "matcher", "qualifiers")

    def __init__(self, matcher: Matcher, claims: Claims, article: Article) -> None:
        self.matcher = matcher
        self.claims = claims
        self.article = article
        self.qualifiers = Qualifiers(matcher)
        #: the first check of support that holds for each context (None: none does)
        self._support: dict[Surroundings, str | None] = {}

    def support(self, around: Surroundings) -> str | None:
        """The first check of support that holds for ``around``: :func:`support.first`, which
        reads nothing but ``around``."""
        found = self._support.get(around, UNREAD)  # one lookup: hashing a context costs
        if found is UNREAD:
            found = self._support[around] = support.first(around)
        return found


class _Unread(enum.Enum):
    """The value of a lazy field not read yet (None is a value: "no qualifier")."""

    UNREAD = enum.auto()


UNREAD = _Unread.UNREAD


@attrs.define(repr=False, eq=False)
class Candidacy:
    """A gazetteer name in its sentence: the subject of
    :data:`newsfacts_locations.checks.CHECKS`.

    Made by :meth:`of` with what most checks read; its qualifier and its support are read
    when a check first asks, for most names are decided before any check reads them. (A
    slotted class with explicit lazy fields: one is made for every gazetteer name of every
    article, and a cached property's first read costs more than the checks themselves.)
    """

    reader: Reader
    #: its sentence's tokens, as columns (see :attr:`tokens` for their segments)
    sentence: SentenceTokens
    candidate: Candidate
    gazetteer: Gazetteer
    claims: Claims
    article: Article
    dated: bool  # the name is in the sentence's dateline
    sporty: bool  # a sentence of a sports report
    previous: str
    before_previous: str
    following: str
    #: A public body's word after it, in a name it starts ("Henry County Courthouse").
    body: bool
    #: The place ends or starts a claimed name: "Saint Anselm College in Goffstown".
    inside: bool
    #: What its places say wherever it stands (read once per name of the text).
    traits: context.Traits
    #: The organizations or people field claims text it overlaps (the caller has asked).
    claimed: bool
    _qualifier: Qualifier | _Unread | None = attrs.field(default=UNREAD, init=False)
    _support: str | _Unread | None = attrs.field(default=UNREAD, init=False)

    @classmethod
    def of(
        cls,
        reader: Reader,
        sentence: SentenceTokens,
        candidate: Candidate,
        dated: bool,
        sporty: bool,
        claimed: bool,
    ) -> Candidacy:
        first, last = candidate.first, candidate.last
        texts = sentence.texts
        previous = texts[first - 1] if first > 0 else ""
        following = texts[last + 1] if last + 1 < len(texts) else ""
        claims = reader.claims
        body = (
            following in public_bodies.BODY_OPENERS  # most names: none after them (a set test)
            and public_bodies.public_body(texts, candidate)
            and neighbours.starts_claim(claims, candidate)
            and not public_bodies.lies_elsewhere(
                sentence, candidate, claims.spans, reader.matcher.gazetteer
            )
        )
        traits = reader.matcher.traits(candidate.places, candidate.key)
        inside = (
            previous == "in" and neighbours.ends_claim(claims, candidate, following, traits.towns)
        ) or body
        return cls(
            reader,
            sentence,
            candidate,
            reader.matcher.gazetteer,
            claims,
            reader.article,
            dated,
            sporty,
            previous,
            texts[first - 2] if first > 1 else "",
            following,
            body,
            inside,
            traits,
            claimed,
        )

    @property
    def tokens(self) -> tuple[Segment, ...]:
        """Its sentence's tokens as segments, made when a check first reads them (most
        names are decided on the words around them, read from the texts)."""
        return self.sentence.segments()

    @property
    def qualifier(self) -> Qualifier | None:
        """The state, county or country after it and a comma ("Paris, Texas")."""
        if self._qualifier is UNREAD:
            self._qualifier = self.reader.qualifiers.of(self.sentence, self.candidate)
        return self._qualifier

    @property
    def owner(self) -> Qualifier | None:
        """The country whose possessive it follows ("Canada's London") or that it is said
        to be in ("New Hope in southwestern Jamaica"): it narrows the readings as a qualifier
        does, but is no support (not "Russia's Vladimir Putin")."""
        return owner_of(self.reader.matcher, self.sentence, self.candidate) or container_of(
            self.reader.matcher, self.sentence, self.candidate
        )

    @property
    def support(self) -> str | None:
        """The name of the first check of support that holds, None if none does."""
        if self._support is UNREAD:
            self._support = self.reader.support(self._around())
        return self._support

    def _around(self) -> Surroundings:
        """The words around it, as the checks of support read them."""
        candidate, previous = self.candidate, self.previous
        fixture = (candidate.shouted and not self.dated) or (
            self.article.sports
            and previous.lower() == "at"
            and context.name_word(self.before_previous)
        )
        return Surroundings.of(
            self.sentence.texts,
            self.sentence.ends,
            candidate,
            qualified=bool(self.qualifier),
            dated=self.dated,
            fixture=fixture,
            body=self.body,
            person_ends=self.claims.people_ends,
            venue=self._venue(),
        )

    def _venue(self) -> bool:
        """Whether the name labels a sports result with the teams after it, as results by
        ground are listed: "Hove : Sussex 363 and 140-4", "Bristol: Gloucestershire beat
        Kent" (a place's whole name after the colon: not a team's line-up, "Castleford:
        Pedro Ruiz, Juan Soler ...", where "Pedro" is a town's name too)."""
        first, colon = self.candidate.first, self.candidate.last + 1
        if not self.article.sports or first != 0 or self.following != ":":
            return False
        columns = Columns.of_sentence(self.sentence)
        team = self.reader.matcher.first(columns.part(colon + 1, colon + 5), False)
        if team is None or team.first != 0:
            return False
        after = columns.texts[colon + 1 : colon + 6]
        return team.last + 1 >= len(after) or not context.name_word(after[team.last + 1])

    @property
    def supported(self) -> bool:
        """Whether anything around the name says it is a place (the checks of support)."""
        return self.support is not None

    @property
    def product(self) -> str | None:
        """The products table's reason code ("company", "model-designator"), None if it
        reads no product here; the qualifier is read only for the names it asks about."""
        candidate, readings, sentence = self.candidate, self.claims.readings, self.sentence
        lower_case = self.article.lower_case
        if not products.askable(sentence.texts, candidate, readings, lower_case):
            return None
        columns = Columns.of_sentence(sentence)
        return products.asked_reason(columns, candidate, readings, bool(self.qualifier), lower_case)

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
        return self.claimed and not (
            self.claims.weak(
                self.candidate, self.article.sports, self._supported_unled, self.inside
            )
        )

    def _supported_unled(self) -> bool:
        """Support not after "the" ("chairman of the Duma's committee" leaves a claim firm),
        or a qualifier ("The Oneida, N.Y., maker"); but a ground's or a landmark's name
        takes "the" ("Carlton host Collingwood at the MCG", "at the Gabba")."""
        if self.previous.lower() == "the" and not all(
            place.kind == "feature" for place in self.candidate.places
        ):
            return self.qualifier is not None
        return self.supported

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
        if self.candidate.shouted or self.dated:
            return False
        # an age's or a regime's word before a well-known place: "Nazi Germany"
        return previous in words.DIRECTIONS or (previous in words.ERA_WORDS and self.known)

    @property
    def start(self) -> int:
        """Where the mention starts: before its compass word, if one joins it."""
        if self.direction:
            return self.sentence.starts[self.candidate.first - 1]
        return self.candidate.start
