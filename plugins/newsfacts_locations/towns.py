"""Towns the gazetteer lacks, read from the way news writes them: "Red Oak, Iowa".

A run of one to three capitalized words, a comma and a state or country names a place even
when the gazetteer does not know it ("ALLENDALE, N.J. --", "in Tavildara, Tajikistan"). The run
must open a dateline or follow a preposition of place or a label's colon (a calendar's venue:
"23/24 June: Oulton Park, Cheshire"), and no capitalized word may follow the
state, so that "John Smith, Texas Republican" is not read as a town. Such a town gets its
state's (or country's) point. So is a part of a big city the gazetteer lacks, qualified by
the city after a preposition in the sentence ("stabbed in Southmead, Bristol, on Friday"), a
``feature`` at the city's point.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Collection, Iterator, Sequence

import attrs

import newsfacts
from newsfacts.plugin import COMPASS_ADJECTIVES, COMPASS_WORDS, COUNTRIES
from newsfacts_locations import context, priors, words
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate
from newsfacts_locations.openers import SentenceTokens

MAX_WORDS = 3


def _town_word(text: str) -> bool:
    return (
        text[:1].isupper()
        and text.replace(".", "").replace("-", "").replace("'", "").isalpha()
        and text not in words.NAME_WORDS
        and text not in words.PERSON_TITLES
    )


def unknown_towns(
    tokens: SentenceTokens, found: Sequence[Candidate], text: str, dateline: int
) -> Iterator[tuple[int, int, Place, int]]:
    """(start, end, place, where its qualifier starts) for each unknown town qualified by a
    known state or country; ``dateline``: how many tokens open the sentence as a dateline.
    (Read from the sentence's columns: most names have no comma before them.)"""
    texts = tokens.texts
    covered: set[int] | None = None  # the tokens of the names found, made when first asked
    for candidate in found:
        comma = candidate.first - 1
        if comma < 1 or texts[comma] != ",":
            continue
        qualifier = _qualifying_place(candidate.places) or _qualifying_city(candidate.places)
        after = texts[candidate.last + 1] if candidate.last + 1 < len(texts) else ""
        if qualifier is None or (after[:1].isupper() and after not in words.ROLE_WORDS):
            continue  # "Smith, Texas Republican"
        if covered is None:
            covered = {index for c in found for index in range(c.first, c.last + 1)}
        first = _run_start(texts, comma, covered)
        if first == comma:
            continue
        before = texts[first - 1] if first > 0 else ""
        # after a preposition, opening a dateline, or after a label's colon: a calendar's or
        # a listing's venue ("28/29 April: Oulton Park, Cheshire")
        if (
            before.lower() not in words.PREPOSITIONS
            and before != ":"
            and not (first == 0 and comma < dateline)
        ):
            continue
        part = qualifier.kind == "city"
        if part and not _part_of_city(before, first, after):
            continue
        start, end = tokens.starts[first], tokens.ends[comma - 1]
        name = " ".join(text[start:end].split())
        if name.isupper():
            name = name.title()
        kind = "feature" if part else "city"
        yield (
            start,
            end,
            qualifier._replace(geonames_id=None, kind=kind, name=name),
            candidate.start,
        )


def _qualifying_place(places: Sequence[Place]) -> Place | None:
    """The division (else the country) a qualifier names."""
    for kinds in (("admin",), ("country",)):
        for place in places:
            if place.kind in kinds:
                return place
    return None


#: Words after a city that go on with a list of names, not a part of the city and its city:
#: "in Boone, Clay and Warren counties", "the Minister of Industry, Commerce and ...".
_LIST_WORDS = frozenset(["and", "or", "&"])


def _part_of_city(before: str, first: int, after: str) -> bool:
    """Whether a run before a city and a comma names a part of it: after a preposition of
    place in lower case within the sentence ("In March, London ..." opens one with a time;
    "the Minister of Industry, Commerce" names an office), and no list going on."""
    return (
        first >= 2
        and before in words.PREPOSITIONS
        and before != "of"
        and after.lower() not in _LIST_WORDS
    )


def _qualifying_city(places: Sequence[Place]) -> Place | None:
    """The largest city above 100,000 people a qualifier may name, when it names no division
    nor country: "in Southmead, Bristol"."""
    cities = [p for p in places if p.kind == "city" and context.well_known(p)]
    return max(cities, key=lambda p: p.population) if cities else None


#: Nouns of a town named right after them with "of": "the mining town of Moengo".
TOWN_NOUNS = frozenset(["town", "towns", "village", "villages", "city", "hamlet", "township"])
#: Nouns of a town named right before them, after a preposition: "in Mbarekwa village".
NOUNS_AFTER_TOWNS = frozenset(["village", "hamlet", "town"])
#: Words after such a noun that end its phrase: not "at Hillside town hall", a building
_AFTER_TOWN_NOUN = words.PREPOSITIONS | {
    "and",
    "or",
    "on",
    "after",
    "before",
    "during",
    "last",
    "where",
    "which",
    "when",
}
#: Adjectives of a country before such a noun are no town: "in Omani village"
_NATIONALITIES = frozenset(adjective for c in COUNTRIES for adjective in c.adjectives) | set(
    words.DEMONYMS
)
#: Nouns of a phrase set off after a town that say what it is: "in Abagwe, a farming town
#: near the border", "in Tulmara, the provincial headquarters of the rebels"
APPOSITION_NOUNS = frozenset(
    [
        *("town", "village", "city", "suburb", "hamlet", "settlement", "outskirts"),
        *("capital", "municipality", "headquarters", "port"),
    ]
)
#: The words of such a phrase before its noun, at most: "a small mining town"
_APPOSITION_WORDS = 3
#: The points of the compass a town lies off, before "of": "12 km west of Dorvanka".
COMPASS_POINTS = COMPASS_WORDS - COMPASS_ADJECTIVES
#: The words a sentence must hold for :func:`towns_named_so` to read it.
TOWN_TRIGGERS = TOWN_NOUNS | {"near"} | COMPASS_POINTS | APPOSITION_NOUNS


def towns_named_so(
    tokens: SentenceTokens, found: Sequence[Candidate], text: str
) -> Iterator[tuple[int, int, Place]]:
    """(start, end, place) for each town the gazetteer lacks that news names after a noun of
    towns ("the town of Staouelli", "the mining towns of Kolvik and Sandhamn") or
    before one after a preposition ("fled from Mbarekwa village") or before a phrase
    that says it is one ("in Abagwe, a farming town near the border"), after a point of the
    compass and "of" ("12 km west of Dorvanka"; not a road: "north of
    Highway 61", "east of Route 9"), or before "near" and a known place, with a comma or not
    ("in Velten near Berlin", "at Kellby, near Norwich": that place's point). (Read from the
    sentence's columns: its texts, and the offsets of the words a town spans.)"""
    texts = tokens.texts
    covered = {index for c in found for index in range(c.first, c.last + 1)}
    near = {c.first: c for c in found if c.first > 0 and texts[c.first - 1] == "near"}
    for index, word in enumerate(texts[:-2]):
        if word in NOUNS_AFTER_TOWNS and _noun_ends(texts, index + 1):
            first = _run_before(texts, index, covered)
            if first is not None:
                yield _town(tokens, first, index, text, None)
        if word == "," and _apposition(texts, index + 1):
            first = _run_start(texts, index, covered)
            if 0 < first < index and texts[first - 1].lower() in words.PREPOSITIONS:
                yield _town(tokens, first, index, text, None)
        if word in TOWN_NOUNS and texts[index + 1] == "of":
            at = index + 2
            while at < len(texts):
                last = _town_run(texts, at, covered)
                if last == at:
                    break
                yield _town(tokens, at, last, text, None)
                if last + 1 >= len(texts) or texts[last] not in ("and", ","):
                    break
                at = last + 1
        elif word in COMPASS_POINTS and texts[index + 1] == "of":
            last = _town_run(texts, index + 2, covered)
            if last > index + 2 and _town_off(texts, index + 2, last):
                yield _town(tokens, index + 2, last, text, None)
        elif word == "near" and index + 1 in near and index > 1:
            end = index - 1 if texts[index - 1] == "," else index  # "at Kellby, near"
            first = end
            while first > 0 and first - 1 not in covered and _town_word(texts[first - 1]):
                first -= 1
            if 0 < first < end and texts[first - 1].lower() in words.PREPOSITIONS:
                yield _town(tokens, first, end, text, _near_point(texts, end, near[index + 1]))


def _near_point(texts: Sequence[str], end: int, near: Candidate) -> Place:
    """The reading of the known place ``near`` that a name the gazetteer lacks, ending before
    ``end``, lies near: its best known; a landmark's kind when the name ends in a street's
    word ("at SoFi Stadium near Los Angeles"), no town's."""
    place = max(near.places, key=priors.prominence)
    return place._replace(kind="feature") if texts[end - 1] in words.STREET_WORDS else place


def _town_run(texts: Sequence[str], at: int, covered: set[int]) -> int:
    """Where a run of up to :data:`MAX_WORDS` town words from ``at`` ends (``at``: none).
    A word the gazetteer names may open it when a word it lacks follows: "the town of Mai
    Mahiu" (a "Mai" is known elsewhere) is one town."""
    last = at
    if (
        at in covered
        and at + 1 < len(texts)
        and at + 1 not in covered
        and _town_word(texts[at])
        and _town_word(texts[at + 1])
    ):
        covered = covered - {at}
    while (
        last < len(texts)
        and last - at < MAX_WORDS
        and last not in covered
        and _town_word(texts[last])
    ):
        last += 1
    return last


def _run_start(texts: Sequence[str], end: int, covered: set[int]) -> int:
    """Where a run of up to :data:`MAX_WORDS` town words no gazetteer name covers, right
    before ``end``, starts (``end``: none)."""
    first = end
    while (
        first > 0
        and end - first < MAX_WORDS
        and first - 1 not in covered
        and _town_word(texts[first - 1])
    ):
        first -= 1
    return first


def _apposition(texts: Sequence[str], at: int) -> bool:
    """Whether a phrase set off by a comma opens at ``at`` that says a town is one: "a",
    "an" or "the", up to three words in lower case and a noun of
    :data:`APPOSITION_NOUNS` that ends it ("a farming town", "the provincial headquarters";
    not "a city official")."""
    if texts[at].lower() not in ("a", "an", "the"):
        return False
    for index in range(at + 1, min(at + 2 + _APPOSITION_WORDS, len(texts) - 1)):
        word = texts[index]
        if word in APPOSITION_NOUNS:
            return _noun_ends(texts, index + 1)
        if not word.islower():
            return False
    return False


def _noun_ends(texts: Sequence[str], after: int) -> bool:
    """Whether a noun of towns ends its phrase: a mark, or a preposition or a joining word
    after it ("in Mbarekwa village of the district", "Mbarekwa village and ..."), not a noun
    it qualifies ("town hall", "village school")."""
    following = texts[after]
    return not following.isalpha() or following.lower() in _AFTER_TOWN_NOUN


def _run_before(texts: Sequence[str], noun: int, covered: set[int]) -> int | None:
    """Where a run of town words the gazetteer lacks starts right before a noun of towns,
    after a preposition of place, with "the" or not ("in the Oltuvaro village"); None if
    there is none, or an adjective of a country or a street's word is in it."""
    first = _run_start(texts, noun, covered)
    if first == noun or any(
        word in _NATIONALITIES or word in words.STREET_WORDS for word in texts[first:noun]
    ):
        return None
    before = texts[first - 1].lower() if first > 0 else ""
    if before == "the" and first > 1:
        before = texts[first - 2].lower()
    return first if before in words.PREPOSITIONS else None


def _town_off(texts: Sequence[str], first: int, last: int) -> bool:
    """Whether a run after a point of the compass and "of" names a town, not a road or a
    landmark: no street's or feature's word in it ("Highway"), and neither a number nor a
    capitalized word right after it, a longer name going on ("Route 128", "Elm Shopping
    Center", whose last word the gazetteer holds)."""
    if any(word in words.STREET_WORDS for word in texts[first:last]):
        return False
    following = texts[last][:1] if last < len(texts) else ""
    return not (following.isdigit() or following.isupper())


def _town(
    tokens: SentenceTokens, first: int, last: int, text: str, near: Place | None
) -> tuple[int, int, Place]:
    start, end = tokens.starts[first], tokens.ends[last - 1]
    name = " ".join(text[start:end].split())
    if near is None:
        return start, end, Place(None, "city", name, None, None, None, 0, "")
    # (a landmark's name keeps the kind "feature" it is given: "at SoFi Stadium near ...")
    kind = near.kind if near.kind == "feature" else "city"
    return start, end, near._replace(geonames_id=None, kind=kind, name=name, admin2="")


def towns_again(
    document: newsfacts.Document,
    towns: Sequence[tuple[int, int, Place]],
    found: Sequence[newsfacts.Fact],
    claimed: newsfacts.SpanSet,
) -> Iterator[tuple[int, int, Place]]:
    """(start, end, place) for each other mention of a town the gazetteer lacks that a set
    form named (:func:`unknown_towns`, :func:`towns_named_so`): "12 km west of Dorvanka" ...
    "Dorvanka is quiet now" is that town again, as a gazetteer name is the place its
    article read it as. Only as written there, alone: not inside a longer name ("the
    Dorvanka Road"), nor where a place or a street was ``found`` or another field
    ``claimed`` the words. At each token of a town's first word (found in C), a lookup of
    its next three words at most (a town of more words is not looked for again): linear,
    and no loop in Python over the tokens of the other words."""
    text = document.text
    named: dict[tuple[str, ...], Place] = {}  # the towns as written, by their words
    for start, end, town in towns:
        written = tuple(text[start:end].split())
        if town.kind == "city" and town.geonames_id is None and len(written) <= MAX_WORDS:
            named.setdefault(written, town)
    if not named:
        return
    taken = (newsfacts.SpanSet(found), claimed)
    tokens = document.tokens
    texts, starts, ends = list(tokens.texts()), tokens.starts, tokens.ends  # no segments made
    # Only the tokens that are a town's first word, found by list.index (a scan in C, one a
    # town): a loop in Python over every token cost a long article most of this function.
    for index in _places_of(texts, {written[0] for written in named}):
        for last in range(min(index + MAX_WORDS, len(texts)), index, -1):  # longest first
            again = named.get(tuple(texts[index:last]))
            if again is None or _inside_name(texts, index, last):
                continue
            start, end = starts[index], ends[last - 1]
            if not any(spans.overlaps(start, end) for spans in taken):
                yield start, end, again
            break


def _places_of(texts: list[str], wanted: Collection[str]) -> list[int]:
    """The indices of the ``texts`` equal to one of ``wanted``, in order."""
    places = []
    for word in wanted:
        index = -1
        with contextlib.suppress(ValueError):  # no more of the word
            while True:
                index = texts.index(word, index + 1)
                places.append(index)
    return sorted(places)


def _inside_name(texts: Sequence[str], first: int, last: int) -> bool:
    """Whether a capitalized word that may be part of a name stands right before or after
    the run (a sentence's first word, "The", "In", is none)."""
    before = texts[first - 1] if first > 0 else ""
    after = texts[last] if last < len(texts) else ""
    return context.name_word_before(before) or context.name_word(after)


#: What stands between a town the gazetteer lacks and the known place it lies near
_NEAR = re.compile(",? near ")


def near_points(
    text: str, found: Sequence[newsfacts.Location], towns: Collection[int]
) -> list[newsfacts.Location]:
    """``found`` with each town the gazetteer lacks named before "near" and a known place
    (``towns``: their starts; "at Kellby, near Newmarket") at that place's point as the
    article read it, not the point of its best-known reading (:func:`towns_named_so` reads
    before the article's places are resolved: Newmarket, Ontario for Newmarket in Suffolk)."""
    at = {fact.start: fact for fact in found}
    placed = []
    for fact in found:
        near = _NEAR.match(text, fact.end) if fact.start in towns else None
        anchor = at.get(near.end()) if near is not None else None
        if anchor is not None and anchor.latitude is not None and fact.latitude is not None:
            fact = attrs.evolve(
                fact,
                country_code=anchor.country_code,
                latitude=anchor.latitude,
                longitude=anchor.longitude,
            )
        placed.append(fact)
    return placed
