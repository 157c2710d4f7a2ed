"""Place mentions in a document: gazetteer matches, filtered by context, then resolved.

Two passes over the sentences. The first finds gazetteer names and drops those that are not
place mentions here:

* text claimed by the organizations or people fields ("Kyiv Regional Administration",
  "Lindsey Graham") — nested places are not reported, except a town or division before a
  public body's word ("Henry County Courthouse");
* a name glued to a capitalized neighbour that is not a place ("Lindsey Graham" when no people
  field ran, "Kyiv Regional Administration" when no organizations field ran), except role
  words after it ("U.S. President") and compass words before it ("Southern California", which
  then joins the mention);
* words listed as rarely places ("March", "Most"), and common words or names that are places
  only with support ("Reading", "Nice", "Graham"; the checks are in
  :mod:`newsfacts_locations.support`), or else a state the article points to;
* a name that the article also uses inside a longer capitalized name (the "Graham" of a
  "Lindsey Graham" earlier or later), unless a preposition of place supports it;
* in a sentence written in capitals (headlines, datelines), only well-known places: countries,
  divisions, regions and cities above 100,000 people.

Party affiliations and county lists ("D-N.Y.", "Barrow and Jackson counties") come from
:mod:`newsfacts_locations.lists`. The second pass computes the article's locality once and
picks one place for each kept name (:mod:`newsfacts_locations.readings`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter

import attrs

import newsfacts
from newsfacts.plugin import Location, Segment
from newsfacts_locations import context, lists, products, support, words
from newsfacts_locations.gazetteer import Gazetteer, Place, load
from newsfacts_locations.matching import Candidate, candidates, dateline, shouted_text
from newsfacts_locations.qualifiers import qualifier_of
from newsfacts_locations.readings import Mention, resolve
from newsfacts_locations.streets import place_streets, streets
from newsfacts_locations.towns import unknown_towns

WEAK_CLAIM_KINDS = context.LARGE_KINDS
MINOR_TOWN = 15_000  # towns this small are places only with support
VILLAGE = 5_000  # villages this small only with a qualifier or a neighbour of their state
ACRONYM_KINDS = frozenset({"country", "region"})  # "US", "UK", "EU"; not "IEV" or "DC"


@attrs.frozen
class Claims:
    """The text that the organizations and people fields claim.

    A claim covering exactly a well-known place's name ("Tamil Nadu", "Atlantic"), or a
    place's name that a preposition of place supports ("in Beverly Hills"), is weak:
    the place stands, unless the name is the surname of a longer person's name in the article
    ("Michael Jordan" ... "Jordan") or the article is a sports report (where teams are named
    after places). ``readings`` are the claims that shorten an institution's name ("Harvard"
    for Harvard University) or name a company: never weak (:mod:`newsfacts_locations.products`).
    """

    spans: newsfacts.SpanSet
    exact: frozenset[tuple[int, int]]
    surnames: frozenset[str]
    people: frozenset[tuple[int, int]] = frozenset()
    # "Harvard" read as Harvard University, "Amazon" as a company: products.py
    readings: products.Readings = attrs.field(factory=products.Readings)

    @classmethod
    def of(
        cls, organizations: Sequence[newsfacts.Fact], people: Sequence[newsfacts.Fact]
    ) -> Claims:
        facts = [*organizations, *people]
        surnames = {p.text.rsplit(" ", 1)[-1] for p in people if " " in p.text}
        return cls(
            newsfacts.SpanSet(facts),
            frozenset((f.start, f.end) for f in facts),
            frozenset(surnames),
            frozenset((p.start, p.end) for p in people),
            products.Readings.of(organizations),
        )

    def weak(
        self, candidate: Candidate, sports: bool, supported: Callable[[], bool], inside: bool
    ) -> bool:
        if inside and self.spans.overlaps(candidate.start, candidate.end):
            return True  # "Guildhall School of Music in London": the place ends the name
        if sports or (candidate.start, candidate.end) not in self.exact:
            return False
        if candidate.key in self.surnames:
            return False
        return any(p.kind in WEAK_CLAIM_KINDS for p in candidate.places) or supported()


@attrs.define
class Article:
    """What the rules learn about the whole article."""

    sports: bool
    lower_case: frozenset[str]
    name_parts: set[str] = attrs.field(factory=set)


def _mention(
    gazetteer: Gazetteer,
    tokens: Sequence[Segment],
    candidate: Candidate,
    claims: Claims,
    article: Article,
    dated: bool,
    sporty: bool,
) -> Mention | None:
    key = candidate.key
    first, last = candidate.first, candidate.last
    previous = tokens[first - 1].text if first > 0 else ""
    following = tokens[last + 1].text if last + 1 < len(tokens) else ""
    before_previous = tokens[first - 2].text if first > 1 else ""
    qualifier = qualifier_of(gazetteer, tokens, candidate)
    # a product, an institution or a common word named like a place: "Falcon 9", "studied at
    # Harvard", "Store sales fell" (products.py)
    if products.reason(tokens, candidate, claims.readings, bool(qualifier), article.lower_case):
        return None
    fixture = (candidate.shouted and not dated) or (
        article.sports and previous.lower() == "at" and context.name_word(before_previous)
    )
    # "in" inside a claimed name ends it with a place: "University of St. Thomas in Houston"
    inside = previous == "in" and _ends_claim(claims, candidate, following)
    body = _public_body(tokens, candidate) and _starts_claim(claims, candidate)
    inside = inside or body
    around = support.Surroundings.of(
        tokens, candidate, qualified=bool(qualifier), dated=dated, fixture=fixture, body=body
    )
    if claims.spans.overlaps(candidate.start, candidate.end) and not claims.weak(
        candidate, article.sports, lambda: support.supported(around), inside
    ):
        if (candidate.start, candidate.end) in claims.people:
            article.name_parts.add(key)  # "President Clinton": "Clinton" is a person here
        return None
    start = candidate.start
    places = candidate.places
    if key in words.NOT_PLACES and not qualifier:
        return None
    if previous in words.FIXTURE_WORDS or following in words.FIXTURE_WORDS:
        return None  # "England v Pakistan"
    if not dated and context.table_cell(tokens, last + 1):
        return None
    supported = support.supported(around)  # the drops above need no support
    known = any(context.well_known(place) for place in places)
    if sporty and not supported:
        return None
    village = all(p.kind == "city" and p.population < VILLAGE for p in places)
    if village and (candidate.shouted or dated) and not qualifier:
        return None  # "CRICKET - ENGLAND WIN": a village needs its state
    if candidate.shouted and dated:
        return Mention(candidate, start, qualifier, supported, dateline=True)  # "PLEASANTON, Calif"
    if candidate.shouted:
        if not known or (key in words.AMBIGUOUS and not supported):
            return None
        return Mention(candidate, start, qualifier, supported)
    if previous in words.PERSON_TITLES or (key in claims.surnames and not known):
        article.name_parts.add(key)
        return None
    if dated:
        return Mention(candidate, start, qualifier, supported, dateline=True)
    if previous in words.DIRECTIONS and not context.well_known_name(gazetteer, previous):
        start = tokens[first - 1].start
    elif _name_before(gazetteer, tokens, first, article) and not (
        known and _marked(candidate, tokens)
    ):  # "By Trend Iran's trade", "Henry Lazenby US-based": the name ends before the place
        article.name_parts.add(key)
        return None
    # a country's name starts many other names ("U.S. Labor Day", "U.S. Treasury"): the
    # organizations field claims those it knows, the rest mention the country
    country = all(p.kind == "country" for p in places)
    whole_token = not candidate.compound and candidate.end == tokens[last].end
    if (
        whole_token
        and not (country or inside or _self_evident(candidate, tokens))
        and _name_after(gazetteer, tokens, last)
    ):
        return None
    if following.lower() in words.SPEECH_VERBS and not known and not supported:
        article.name_parts.add(key)
        return None  # "Dole said": a person
    if village:
        if key.lower() in article.lower_case:
            return None  # "Over", "Economy": a word of the article
        if not qualifier:  # "Coggeshall, Essex"; else another place of its state
            return Mention(candidate, start, qualifier, supported, pending=True)
    minor = all(p.kind == "city" and p.population < MINOR_TOWN for p in places)
    if (minor or key in words.AMBIGUOUS) and not supported:
        return Mention(candidate, start, qualifier, supported, pending=True)
    if len(key) < 2 or (key.isupper() and len(key) <= 3 and places[0].kind not in ACRONYM_KINDS):
        return None
    return Mention(candidate, start, qualifier, supported)


def _public_body(tokens: Sequence[Segment], candidate: Candidate) -> bool:
    """A public body's word after the name ("Torrington Fire Department"), or "City" and
    one ("Boulder City Manager"); not a court's own name ("Superior Court")."""
    if candidate.key in words.PUBLIC_BODIES:
        return False
    after = candidate.last + 1
    following = tokens[after].text if after < len(tokens) else ""
    if following == "City" and after + 1 < len(tokens):
        following = tokens[after + 1].text
        return following in words.PUBLIC_BODIES or following in words.CITY_OFFICES
    return following in words.PUBLIC_BODIES


def _self_evident(candidate: Candidate, tokens: Sequence[Segment]) -> bool:
    """A name whose form says it is a place whatever follows: a county ("Laurel County
    Clerk") or an abbreviated state ("Lumpkin, Ga. Hugley-Green won")."""
    return (
        candidate.key.rsplit(" ", 1)[-1] in words.COUNTY_NAMES or tokens[candidate.last].text == "."
    )


def _marked(candidate: Candidate, tokens: Sequence[Segment]) -> bool:
    """A possessive or a place compound: "Iran's", "US-based"."""
    if candidate.compound:
        return support.place_compound(tokens[candidate.last].text)
    return candidate.end < tokens[candidate.last].end


def _starts_claim(claims: Claims, candidate: Candidate) -> bool:
    """Whether a claimed name starts with this town or division: "Beverly Hills Police
    Department", "Henry County Courthouse"."""
    return not claims.spans.overlaps(candidate.start - 2, candidate.start) and any(
        place.kind in ("admin", "city") for place in candidate.places
    )


def _ends_claim(claims: Claims, candidate: Candidate, following: str) -> bool:
    """Whether a claimed name ends with a town where the body sits ("School of Music in
    London"), not with a country or a continent it works for ("Human Rights in China",
    "Security and Cooperation in Europe (OSCE)")."""
    return (
        all(place.kind == "city" for place in candidate.places)
        and following != "("
        and not context.name_word(following)
        and not claims.spans.overlaps(candidate.end, candidate.end + 2)
    )


def _name_before(
    gazetteer: Gazetteer, tokens: Sequence[Segment], first: int, article: Article
) -> bool:
    """A capitalized word right before ("Lindsey Graham", "Mariano Rivera"), or an initial
    ("R. Croft"; not a compass point: "N. Main")."""
    if first == 0:
        return False
    previous = tokens[first - 1].text
    if previous == "." and first > 1 and _initial(tokens[first - 2].text):
        return tokens[first].start - tokens[first - 1].end == 1
    if (
        not context.name_word(previous)
        or previous in words.DEMONYMS
        or context.well_known_name(gazetteer, previous)
        or tokens[first].start - tokens[first - 1].end > 1
    ):
        return False
    # a sentence's first word is a name only if the article never writes it in lower case
    return first > 1 or previous.lower() not in article.lower_case


def _initial(text: str) -> bool:
    return len(text) == 1 and text.isupper() and text not in words.COMPASS_INITIALS


def _name_after(gazetteer: Gazetteer, tokens: Sequence[Segment], last: int) -> bool:
    """A capitalized word right after ("Kyiv Regional", "Washington Post"), or a particle
    and one ("Van der Westhuizen")."""
    if last + 1 >= len(tokens):
        return False
    following = tokens[last + 1].text
    if following in words.NAME_PARTICLES and last + 2 < len(tokens):
        return context.name_word(tokens[last + 2].text)
    return (
        context.name_word(following)
        and following not in words.ROLE_WORDS
        and not context.well_known_name(gazetteer, following)
    )


def _outside(found: list[Candidate], listed: Sequence[Mention]) -> list[Candidate]:
    """The candidates that no listed place overlaps ("Jackson" of "Jackson and Madison
    counties")."""
    if not listed:
        return found
    taken = {i for m in listed for i in range(m.candidate.first, m.candidate.last + 1)}
    return [c for c in found if taken.isdisjoint(range(c.first, c.last + 1))]


def _adjectival(
    document: newsfacts.Document, gazetteer: Gazetteer, tokens: Sequence[Segment]
) -> Iterable[Location]:
    """Country adjectives before a place noun: "Ukrainian cities", "Russian territory"."""
    for index in range(len(tokens) - 1):
        code = words.DEMONYMS.get(tokens[index].text)
        if code is None or tokens[index + 1].text.lower() not in words.PLACE_NOUNS:
            continue
        country = gazetteer.country(code)
        if country is not None:
            yield _fact(document, tokens[index].start, tokens[index].end, country, True)


def _fact(
    document: newsfacts.Document, start: int, end: int, place: Place, adjectival: bool = False
) -> Location:
    return Location.at(
        document.text,
        start,
        end,
        name=place.name,
        kind=place.kind,
        country_code=place.country_code,
        latitude=place.latitude,
        longitude=place.longitude,
        geonames_id=place.geonames_id,
        adjectival=adjectival,
    )


def extract(
    document: newsfacts.Document,
    organizations: Sequence[newsfacts.Fact] = (),
    people: Sequence[newsfacts.Fact] = (),
    *,
    adjectival: bool = True,
    gazetteer: Gazetteer | None = None,
) -> list[Location]:
    """The place mentions of ``document``, skipping text the other fields claim."""
    gazetteer = gazetteer or load()
    claims = Claims.of(organizations, people)
    article = Article(context.sports_report(document), context.lower_case_words(document))
    mentions: list[Mention] = []
    adjectives: list[Location] = []
    towns: list[Location] = []
    street_spans: list[tuple[int, int]] = []
    every_token = document.tokens
    token_starts = list(map(itemgetter(0), every_token))  # Segment: start, end, text
    token_ends = list(map(itemgetter(1), every_token))
    every_text = list(map(itemgetter(2), every_token))
    for sentence in document.sentences:
        # the sentence's tokens, as document.tokens_between gives them (tokens never overlap)
        first = bisect.bisect_left(token_starts, sentence.start)
        last = bisect.bisect_right(token_ends, sentence.end, first)
        tokens = every_token[first:last]
        texts = every_text[first:last]
        joined = "".join(texts)
        caps = shouted_text(joined)
        dated = dateline(tokens)
        sporty = article.sports and context.sporty(tokens)
        found_here = candidates(gazetteer, tokens, caps, dated)
        if not caps and not words.STREET_WORDS.isdisjoint(texts):
            street_spans.extend(streets(tokens))
        for start, end, town in unknown_towns(tokens, found_here, document.text, dated):
            if not claims.spans.overlaps(start, end):
                towns.append(_fact(document, start, end, town))
        listed = list(lists.listed(gazetteer, tokens, joined))
        mentions.extend(listed)
        for candidate in _outside(found_here, listed):
            in_dateline = candidate.last < dated
            mention = _mention(gazetteer, tokens, candidate, claims, article, in_dateline, sporty)
            if mention is not None:
                mentions.append(mention)
        if adjectival and not caps and not words.DEMONYMS.keys().isdisjoint(texts[:-1]):
            adjectives.extend(_adjectival(document, gazetteer, tokens))
    mentions = [
        m
        for m in mentions
        if m.supported
        or m.candidate.key not in article.name_parts
        or any(context.well_known(p) for p in m.candidate.places)
    ]
    found = [a for a in adjectives if not claims.spans.overlaps(a.start, a.end)]
    found.extend(towns)
    for start, end, place in resolve(mentions):
        found.append(_fact(document, start, end, place))
    taken = newsfacts.SpanSet(found)
    street_spans = [
        (start, end)
        for start, end in street_spans
        if not claims.spans.overlaps(start, end) and not taken.overlaps(start, end)
    ]
    found.extend(place_streets(document.text, street_spans, found))
    return found
