"""Place mentions in a document: gazetteer matches, filtered by context, then resolved.

Two passes over the sentences. The first finds gazetteer names and drops those that are not
place mentions here:

* text claimed by the organizations or people fields ("Kyiv Regional Administration",
  "Lindsey Graham") — nested places are not reported;
* a name glued to a capitalized neighbour that is not a place ("Lindsey Graham" when no people
  field ran, "Kyiv Regional Administration" when no organizations field ran), except role
  words after it ("U.S. President") and compass words before it ("Southern California", which
  then joins the mention);
* words listed as rarely places ("March", "Most"), and common words or names that are places
  only with support ("Reading", "Nice", "Graham"): a preposition of place before them or a
  qualifier after them ("Mobile, Alabama");
* a name that the article also uses inside a longer capitalized name (the "Graham" of a
  "Lindsey Graham" earlier or later), unless a preposition of place supports it;
* in a sentence written in capitals (headlines, datelines), only well-known places: countries,
  divisions, regions and cities above 100,000 people.

The second pass picks one place for each kept name (see :mod:`newsfacts_locations.resolve`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

import newsfacts
from newsfacts.text import Segment
from newsfacts_locations import words
from newsfacts_locations.fact import Location
from newsfacts_locations.gazetteer import Gazetteer, Place, load
from newsfacts_locations.matching import Candidate, candidates, dateline, shouted
from newsfacts_locations.resolve import Context, best

SHOUTED_CITY_POPULATION = 100_000
LARGE_KINDS = frozenset({"country", "admin", "region", "continent", "water"})
QUOTES = "\"'“”‘’«»([-–—"


@attrs.frozen
class Mention:
    candidate: Candidate
    start: int  # may extend the candidate leftwards ("Southern California")
    qualifier: tuple[Place, ...]
    supported: bool  # a preposition of place before it, or a qualifier after it


def _is_name_word(text: str) -> bool:
    return text[:1].isupper() and text[1:2] != "" and text not in words.NAME_WORDS


def _place_key(gazetteer: Gazetteer, text: str) -> bool:
    return text in gazetteer.places


def _qualifier(
    gazetteer: Gazetteer, tokens: Sequence[Segment], candidate: Candidate
) -> tuple[Place, ...]:
    """The state or country named right after a name and a comma: "Paris, Texas"."""
    after = candidate.last + 1
    if after + 1 >= len(tokens) or tokens[after].text != ",":
        return ()
    found = candidates(gazetteer, tokens[after + 1 : after + 5], candidate.shouted)
    if not found or found[0].first != 0:
        return ()
    return tuple(p for p in found[0].places if p.kind in ("admin", "country"))


def sports_report(document: newsfacts.Document) -> bool:
    """Whether the article reads as a sports report: sports words are 2 % of its words."""
    tokens = document.tokens
    hits = sum(1 for token in tokens if token.text.lower() in words.SPORTS_WORDS)
    return hits >= 3 and hits >= 0.02 * len(tokens)


def _sporty(tokens: Sequence[Segment]) -> bool:
    """A sentence of a sports report: a sports word or a number in it."""
    return any(
        token.text[:1].isdigit() or token.text.lower() in words.SPORTS_WORDS for token in tokens
    )


def _table_cell(tokens: Sequence[Segment], after: int) -> bool:
    """A name followed by a bare number: a team in a results table ("Norwich 1 Wolves 0")."""
    if after >= len(tokens) or not tokens[after].text[:1].isdigit():
        return False
    following = tokens[after + 1].text if after + 1 < len(tokens) else ""
    return following not in ("-", "–", "%", "/", ".") and not following[:1].isalpha()


def _mention(
    gazetteer: Gazetteer,
    tokens: Sequence[Segment],
    candidate: Candidate,
    claimed: newsfacts.SpanSet,
    name_parts: set[str],
    sports: bool,
    dated: bool,
) -> Mention | None:
    key = candidate.key
    if claimed.overlaps(candidate.start, candidate.end):
        return None
    first, last = candidate.first, candidate.last
    previous = tokens[first - 1].text if first > 0 else ""
    following = tokens[last + 1].text if last + 1 < len(tokens) else ""
    before_previous = tokens[first - 2].text if first > 1 else ""
    qualifier = _qualifier(gazetteer, tokens, candidate)
    preposition = previous.lower() in words.PREPOSITIONS or (
        previous.lower() == "the" and before_previous.lower() in words.PREPOSITIONS
    )
    if candidate.shouted and not dated:
        preposition = False  # "BOSTON AT OAKLAND" is a fixture, not a place
    bracketed = previous == "(" and following == ")"  # "Tim Henman ( Britain )"
    supported = preposition or bool(qualifier) or dated or bracketed
    start = candidate.start
    places = candidate.places
    if key in words.NOT_PLACES and not qualifier:
        return None
    if not dated and _table_cell(tokens, last + 1):
        return None
    if sports and not supported:
        return None
    if candidate.shouted:
        if not any(_well_known(place) for place in places):
            return None
        if key in words.AMBIGUOUS and not supported:
            return None
        return Mention(candidate, start, qualifier, supported)
    if previous in words.PERSON_TITLES:
        name_parts.add(key)
        return None
    if dated:
        return Mention(candidate, start, qualifier, supported)
    if previous in words.DIRECTIONS and not _place_key(gazetteer, previous):
        start = tokens[first - 1].start
    elif (
        _is_name_word(previous)
        and previous not in words.DEMONYMS
        and not _place_key(gazetteer, previous)
        and tokens[first].start - tokens[first - 1].end <= 1
    ):
        name_parts.add(key)
        return None
    if (
        not candidate.compound
        and candidate.end == tokens[last].end
        and _is_name_word(following)
        and following not in words.ROLE_WORDS
        and not _place_key(gazetteer, following)
    ):
        return None
    if key in words.AMBIGUOUS and not supported:
        return None
    if len(key) < 2 or (key.isupper() and len(key) <= 3 and places[0].kind != "country"):
        return None
    return Mention(candidate, start, qualifier, supported)


def _well_known(place: Place) -> bool:
    return place.kind in LARGE_KINDS or place.population >= SHOUTED_CITY_POPULATION


def _adjectival(
    document: newsfacts.Document, gazetteer: Gazetteer, tokens: Sequence[Segment]
) -> Iterable[Location]:
    """Country adjectives before a place noun: "Ukrainian cities", "Russian territory"."""
    for index in range(len(tokens) - 1):
        code = words.DEMONYMS.get(tokens[index].text)
        if code is None or tokens[index + 1].text.lower() not in words.PLACE_NOUNS:
            continue
        country = next((p for p in _countries(gazetteer) if p.country_code == code), None)
        if country is not None:
            yield _fact(document, tokens[index].start, tokens[index].end, country, True)


def _countries(gazetteer: Gazetteer) -> tuple[Place, ...]:
    return gazetteer.by_kind("country")


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
    claimed = newsfacts.SpanSet([*organizations, *people])
    name_parts: set[str] = set()
    sports = sports_report(document)
    mentions: list[Mention] = []
    adjectives: list[Location] = []
    for sentence in document.sentences:
        tokens = document.tokens_between(sentence.start, sentence.end)
        caps = shouted(tokens)
        dated = dateline(tokens)
        sporty = sports and _sporty(tokens)
        for candidate in candidates(gazetteer, tokens, caps, dated):
            in_dateline = candidate.last < dated
            mention = _mention(
                gazetteer, tokens, candidate, claimed, name_parts, sporty, in_dateline
            )
            if mention is not None:
                mentions.append(mention)
        if adjectival and not caps:
            adjectives.extend(_adjectival(document, gazetteer, tokens))
    mentions = [
        m
        for m in mentions
        if m.supported
        or m.candidate.key not in name_parts
        or any(p.kind in ("country", "admin", "region") for p in m.candidate.places)
    ]
    context = Context()
    for mention in mentions:
        context.add(mention.candidate.key, mention.candidate.places)
    found = [a for a in adjectives if not claimed.overlaps(a.start, a.end)]
    for m in mentions:
        place = best(m.candidate.key, m.candidate.places, context, m.qualifier)
        found.append(_fact(document, m.start, m.candidate.end, place))
    return found
