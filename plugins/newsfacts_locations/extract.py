"""Place mentions in a document: gazetteer matches, filtered by context, then resolved.

Two passes over the sentences. The first finds gazetteer names and keeps those that are
place mentions here, as the ordered checks of :mod:`newsfacts_locations.checks` decide; then
it drops a name that the article also uses inside a longer capitalized name (the "Graham" of
a "Lindsey Graham" earlier or later), unless a preposition of place supports it.

Party affiliations and county lists ("D-N.Y.", "Barrow and Jackson counties") come from
:mod:`newsfacts_locations.lists`. The second pass computes the article's locality once and
picks one place for each kept name (:mod:`newsfacts_locations.choices`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence, Set
from itertools import compress
from typing import Any, TypeVar

import newsfacts
from newsfacts.plugin import Location, dateline_of
from newsfacts_locations import context, county_councils, grounds, lists, mayors, words
from newsfacts_locations.article import Article
from newsfacts_locations.bodies import state_votes
from newsfacts_locations.candidacy import Reader
from newsfacts_locations.capitals import shouted_text
from newsfacts_locations.choices import resolve
from newsfacts_locations.compass import TRIGGERS as COMPASS_TRIGGERS
from newsfacts_locations.compass import compass_regions
from newsfacts_locations.context import well_known_name, with_article
from newsfacts_locations.gazetteer import Gazetteer, Place, load
from newsfacts_locations.initials import initials
from newsfacts_locations.institutions import institution_votes
from newsfacts_locations.landmarks import landmarks_in_towns
from newsfacts_locations.matching import Candidate, Columns, Matcher
from newsfacts_locations.name_parts import divisions_written, kept
from newsfacts_locations.nations import adjective_place
from newsfacts_locations.neighbourhoods import DISTRICT_NOUNS, near_namesakes, neighbourhoods
from newsfacts_locations.neighbours import Claims
from newsfacts_locations.openers import SentenceTokens
from newsfacts_locations.placing import big_city, place_streets
from newsfacts_locations.readings import Mention
from newsfacts_locations.repeats import Repeats
from newsfacts_locations.rivers import lower_case_rivers, rivers_again
from newsfacts_locations.roads import lettered_roads, numbered_roads
from newsfacts_locations.sentence_settings import set_in
from newsfacts_locations.sentences import Findings, Repeated, Spot
from newsfacts_locations.streets import (
    listed_streets,
    outside_features,
    post_qualifiers,
    streets,
)
from newsfacts_locations.towns import (
    TOWN_TRIGGERS,
    near_points,
    towns_again,
    towns_named_so,
    unknown_towns,
)

# Words a rule starts from besides a gazetteer name's first word: a street's or a feature's
# word, a country adjective, "counties", a district's or a town's noun ("the Kibera slum",
# "the town of Staouelli"), "near", a compass word (hyphens and apostrophes: see
# Openers.among).
_TRIGGERS = (
    words.STREET_TRIGGERS
    | words.DEMONYMS.keys()
    | lists.LISTED_PLURALS.keys()
    | DISTRICT_NOUNS
    | TOWN_TRIGGERS
    | COMPASS_TRIGGERS
)

# The words a rule of a sentence's reading looks for (_Reader.read): a street's or a
# feature's word, a district's or a town's noun, a compass word, a country adjective, a plural
# of divisions, a mayor's title; a comma for a town the gazetteer lacks ("Red Oak, Iowa"),
# "in" for a landmark in a town, "Council" for a county's council. A sentence's words are
# looked up among them once, and each rule asks the few found (most sentences: a comma,
# "in"), not the whole sentence again.
_SENTENCE_WORDS = frozenset().union(
    words.STREET_TRIGGERS,
    DISTRICT_NOUNS,
    COMPASS_TRIGGERS,
    TOWN_TRIGGERS,
    words.DEMONYMS.keys(),
    lists.LISTED_PLURALS.keys(),
    words.PAIR_FIRSTS,
    words.PAIR_ENDS,
    mayors.MAYOR_WORDS,
    {",", "in", "Council"},
)

# What a road named by its number holds: no text without one is read for them.
_ROAD_HINTS = (
    *("Interstate ", "Highway ", "Route ", "Road ", "Hwy", "I-", "CR ", "FM ", "SR "),
    *(" U.S. ", " US "),
)


def _wild_area(present: Set[str]) -> bool:
    """Whether a sentence's words hold both words of a wild area's two-word ending
    ("National" and "Lakeshore"), which may end a name no street word does."""
    return not words.PAIR_ENDS.isdisjoint(present) and not words.PAIR_FIRSTS.isdisjoint(present)


def _outside(found: list[Candidate], listed: Sequence[Mention]) -> list[Candidate]:
    """The candidates that no listed place overlaps ("Jackson" of "Jackson and Madison
    counties")."""
    if not listed:
        return found
    taken = {i for m in listed for i in range(m.candidate.first, m.candidate.last + 1)}
    return [c for c in found if taken.isdisjoint(range(c.first, c.last + 1))]


def _adjectival(gazetteer: Gazetteer, tokens: SentenceTokens) -> Iterable[Spot]:
    """Country adjectives before a place noun: "Ukrainian cities", "Russian territory"
    (found among the tokens' texts in C)."""
    texts, demonyms = tokens.texts, words.DEMONYMS
    for index in compress(range(len(texts) - 1), map(demonyms.__contains__, texts)):
        code = demonyms[texts[index]]
        if texts[index + 1].lower() not in words.PLACE_NOUNS:
            continue
        country = adjective_place(gazetteer, texts[index], code)  # "English": England's
        if country is not None:
            yield tokens.starts[index], tokens.ends[index], country


def _fact(
    document: newsfacts.Document, start: int, end: int, place: Place, adjectival: bool = False
) -> Location:
    return Location(  # not Location.at: its keywords passed on cost more than the checks
        text=document.text[start:end],
        start=start,
        end=end,
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
    inside_organizations: bool = False,
    matcher: Matcher | None = None,
) -> list[Location]:
    """The place mentions of ``document``, skipping text the other fields claim (see
    :class:`~newsfacts_locations.LocationOptions` for the options); ``matcher``: the
    extractor's, whose memos serve every text (its gazetteer is read), else one made anew."""
    matcher = matcher or Matcher(gazetteer or load())
    gazetteer = matcher.gazetteer
    claims = Claims.of(organizations, people, inside_organizations=inside_organizations)
    article = Article(
        document.sports_report,
        document.lower_case_words,
        storms=words.storm_names(document.text),
        products=words.products_named(document.text, document.lower_case_words),
        document=document,  # (its planets read only if a name asks: see Article.planets)
    )
    reader: _Reader | None = None  # (made for the first sentence read: many texts have none)
    findings = Findings()
    repeated = Repeated.of(document.text, claims)  # (None: a news story, read as it comes)
    for sentence, tokens in matcher.openers.sentences(document, _TRIGGERS):
        key = repeated.key(sentence, tokens) if repeated is not None else None
        known = repeated.get(key) if repeated is not None and key is not None else None
        if known is not None:  # "Smith." again, among the same claims: found as before
            findings.add(known, sentence.start)
            continue
        if reader is None:
            reader = _Reader(document, matcher, claims, article, adjectival)
        if repeated is None or key is None:  # most sentences: nothing to keep for a repeat
            reader.read(tokens, findings)
            continue
        mark = findings.mark()
        reader.read(tokens, findings)
        repeated.keep(key, findings.since(mark, -sentence.start))
    # (read only where a place is to be resolved: most short texts have none)
    bodies = (
        [*state_votes(organizations, gazetteer), *institution_votes(document, gazetteer)]
        if findings.mentions
        else []
    )
    found = _places(document, gazetteer, claims, article, findings, bodies)
    # "SA" after "South Africa": initials alone are no gazetteer name
    spelled = initials(document.text, found, claims, article.lower_case, gazetteer)
    return found + [_fact(document, start, end, place) for start, end, place in spelled]


class _Reader:
    """The reading of one sentence: what it adds to the findings of the text."""

    __slots__ = ("adjectival", "article", "claims", "document", "matcher", "repeats")

    def __init__(
        self,
        document: newsfacts.Document,
        matcher: Matcher,
        claims: Claims,
        article: Article,
        adjectival: bool,
    ) -> None:
        self.document = document
        self.matcher = matcher
        self.claims = claims
        self.article = article
        self.adjectival = adjectival
        self.repeats = Repeats(Reader(matcher, claims, article), len(document.text))

    def read(self, tokens: SentenceTokens, findings: Findings) -> None:
        """Add what the sentence of ``tokens`` gives to ``findings``. (Its candidates are
        found in its columns; its segments are made only for a rule that reads them, see
        :class:`SentenceTokens`: a sentence that names no place makes none.)"""
        document, matcher, claims = self.document, self.matcher, self.claims
        texts = tokens.texts
        joined = "".join(texts)
        caps = shouted_text(joined)
        dated = dateline_of(texts)
        sporty = self.article.sports and context.sporty(texts)
        columns = Columns.of_sentence(tokens)
        found_here = matcher.candidates(columns, caps, dated)
        # "at Twickenham": the ground in a sports report, the town elsewhere
        found_here = [grounds.read_as(candidate, sporty) for candidate in found_here]
        present = _SENTENCE_WORDS.intersection(texts)  # (each rule's words asked of these)
        if not mayors.MAYOR_WORDS.isdisjoint(present):  # "Wyoming Mayor": a town, no state
            found_here = [mayors.read_as(candidate, texts) for candidate in found_here]
        reread: county_councils.Reread = {}
        if "Council" in present:  # "Norfolk County Council": England's county, not a US one
            found_here, reread = county_councils.read_all(found_here, texts, matcher.gazetteer)
        if not caps and (not words.STREET_TRIGGERS.isdisjoint(present) or _wild_area(present)):
            findings.streets.extend(streets(tokens))
            findings.listed.extend(listed_streets(tokens))
            if "in" in present:  # "Queen's Park in Toronto": a street's name, placed as one
                landmarks = landmarks_in_towns(matcher, columns, found_here, caps)
                # (a span the street rule found too is one place: see _outermost)
                findings.streets.extend((landmark.start, landmark.end) for landmark in landmarks)
                found_here = [c for c in found_here if c not in landmarks]
        if not caps and not DISTRICT_NOUNS.isdisjoint(present):  # "the Kibera slum"
            parts = list(neighbourhoods(tokens))
            findings.streets.extend(parts)
            found_here = near_namesakes(tokens, parts, found_here)  # not Houston's Montrose
        if not (caps or sporty) and not COMPASS_TRIGGERS.isdisjoint(present):  # "the West"
            regions = list(compass_regions(tokens))
            findings.towns.extend(regions)
            taken = {start for start, _, _ in regions}
            found_here = [c for c in found_here if c.start not in taken]  # not West, Texas
        findings.judged += [(candidate.start, candidate.end) for candidate in found_here]
        # a town with its state first ("the town of Tavildara, Tajikistan"), else as named
        town_starts: set[int] = set()
        named_so = (
            towns_named_so(tokens, found_here, document.text)
            if not TOWN_TRIGGERS.isdisjoint(present)
            else ()
        )
        # (a town the gazetteer lacks is qualified after a comma by a name found)
        if found_here and "," in present:
            for start, end, town, qualifier_start in unknown_towns(
                tokens, found_here, document.text, dated
            ):
                if _new_town(claims, town_starts, start, end):
                    findings.towns.append((start, end, town))
                    findings.qualifiers.append(qualifier_start)
        for start, end, town in named_so:
            if _new_town(claims, town_starts, start, end):
                findings.towns.append((start, end, town))
        listed = lists.listed(matcher.gazetteer, tokens, joined, present)
        mark = len(findings.mentions)
        findings.mentions.extend(listed)
        for candidate in _outside(found_here, listed):
            kept_here = self.repeats.mention(tokens, candidate, candidate.last < dated, sporty)
            if kept_here is not None:
                findings.mentions.append(kept_here)
        # "In England, Essex County Council": England qualified by England's county
        county_councils.requalify(findings.mentions, mark, reread)
        set_in(findings.mentions, mark, texts)  # "In Vermont, police in Essex said"
        if (
            self.adjectival
            and not caps
            and not words.DEMONYMS.keys().isdisjoint(present)
            and not words.DEMONYMS.keys().isdisjoint(texts[:-1])  # one before a noun
        ):
            findings.adjectives.extend(_adjectival(matcher.gazetteer, tokens))


def _places(
    document: newsfacts.Document,
    gazetteer: Gazetteer,
    claims: Claims,
    article: Article,
    findings: Findings,
    bodies: Sequence[tuple[str, tuple[Place, ...]]] = (),
) -> list[Location]:
    """The place facts of the findings of every sentence (``bodies``: the states the
    article's public bodies name, see :mod:`newsfacts_locations.bodies`)."""
    # A gazetteer name the checks turned down stays down, whatever its last word ("Green Bay"
    # as a team in a sports report): the checks are the authority on the gazetteer's names.
    judged = set(findings.judged)
    street_spans = [span for span in findings.streets if span not in judged] + findings.listed
    roads = list(numbered_roads(document.text)) if _has_road_hint(document.text) else []
    roads.extend(lettered_roads(document.text))  # "the A120", "the M6"
    street_spans.extend(roads)
    # "Graham" after "Lindsey Graham": a name the article uses as part of a person's name
    parts = article.name_parts
    divisions = divisions_written(document.text, parts) if parts else frozenset()
    mentions = [
        m
        for m in findings.mentions
        if m.candidate.key not in parts or kept(m, claims.people, divisions)
    ]
    if findings.listed:  # "Lakeview and Harrison streets": the plural says what the names are
        # (a set: a list of the text's listed streets, asked at every mention, was quadratic)
        street_names = set(findings.listed)
        mentions = [m for m in mentions if (m.candidate.start, m.candidate.end) not in street_names]
    found = [
        _fact(document, start, end, country, True)
        for start, end, country in findings.adjectives
        if not claims.spans.overlaps(start, end)
    ]
    found.extend(_fact(document, start, end, town) for start, end, town in findings.towns)
    if mentions:  # (a short text often has none: no locality built)
        # (a fort's too: "Fort Benning, Georgia" is the US state's)
        town_qualifiers = set(findings.qualifiers) | post_qualifiers(document.text, street_spans)
        on_roads = newsfacts.SpanSet(newsfacts.Fact.at(document.text, *road) for road in roads)
        people = claims.surnames.union(parts)  # the names of the article's people
        resolved = resolve(mentions, document.text, town_qualifiers, bodies, people)
        for start, end, place in _outermost(resolved):
            if not on_roads.contains(start, end):  # "U.S." in "along U.S. 17": the road's
                start = with_article(document.text, start, place)  # "at The Oval"
                found.append(_fact(document, start, end, place))
    if findings.towns and " near " in document.text:  # "at Kellby, near Newmarket"
        found = near_points(document.text, found, {start for start, _, _ in findings.towns})
    if street_spans:  # most texts have none to place
        street_spans = [
            span
            for span in _outermost(street_spans)
            if not claims.spans.overlaps(*span) or _hospital(document.text, claims, span)
        ]
        found, held = outside_features(document.text, found, street_spans)
        taken = newsfacts.SpanSet(found)
        street_spans = [span for span in street_spans if not taken.overlaps(*span)]
        big = functools.partial(well_known_name, gazetteer)
        placed = place_streets(
            document.text, street_spans, found, big_city(gazetteer), held, big, set(findings.listed)
        )
        found.extend(placed)
    if findings.towns:  # a town the gazetteer lacks, named again alone: "Dorvanka is quiet"
        again = towns_again(document, findings.towns, found, claims.spans)
        found.extend(_fact(document, start, end, town) for start, end, town in again)
    if " river" in document.text:  # "the Wainganga river"
        found = lower_case_rivers(document.text, found, claims.spans, gazetteer.lookup)
    if " River" not in document.text:  # most texts: no river to name again
        return found
    return rivers_again(
        document.text, found, claims.spans, lambda name: well_known_name(gazetteer, name)
    )


def _hospital(text: str, claims: Claims, span: tuple[int, int]) -> bool:
    """Whether a landmark whose whole name the organizations field claims is a hospital's:
    "Westmead Hospital" is an organization and a landmark both (geoparsing corpora count
    it, NER corpora name the organization)."""
    start, end = span
    return span in claims.exact and text[start:end].rsplit(" ", 1)[-1] in words.HOSPITAL_HEADS


def _new_town(claims: Claims, town_starts: set[int], start: int, end: int) -> bool:
    """Whether a town the gazetteer lacks is new at ``start`` and unclaimed (noted if so)."""
    if start in town_starts or claims.spans.overlaps(start, end):
        return False
    town_starts.add(start)
    return True


# A place or a street as (start, end, ...)
_Spanned = TypeVar("_Spanned", bound=tuple[Any, ...])


def _outermost(readings: Iterable[_Spanned]) -> list[_Spanned]:
    """The readings that overlap none before them, the longest first where two start
    together: "West" (a village of Texas) is no place of its own inside "West Texas", the
    compass word joined to the state's mention; "County Road" no street inside "County Road
    225", nor "Road 5" one overlapping "Oxford Road"."""
    kept: list[_Spanned] = []
    reach = -1
    for reading in sorted(readings, key=lambda r: (r[0], -r[1])):
        if reading[0] >= reach:
            kept.append(reading)
            reach = reading[1]
    return kept


def _has_road_hint(text: str) -> bool:
    return any(map(text.__contains__, _ROAD_HINTS))
