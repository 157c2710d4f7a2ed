"""The state, county or country named right after a place and a comma: "Paris, Texas".

News qualifies a town with its state ("Alexandria, La.", "Dallas, TX", "Greenwood, W. Va."),
its county ("Clinton, Hunterdon County") or its country ("Hinton, Canada"). A qualifier
decides among same-named places; the qualifier itself is then read as the division or country
that holds the town ("Atlanta, Georgia": the US state, not the country).

Abbreviations that are other words when alone ("IN", "OR", "Miss.", "Man.") are listed in
``data/qualifier_abbreviations.tsv`` (and the core's ``US_STATES``, the postal codes of the
states of the United States) and read as places only here, after a town and a comma.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from newsfacts.plugin import US_STATES, read_table, tokenize
from newsfacts_locations import words
from newsfacts_locations.gazetteer import Gazetteer, Place
from newsfacts_locations.matching import Candidate, Columns, Matcher
from newsfacts_locations.nearby import km
from newsfacts_locations.openers import SentenceTokens

PACKAGE = "newsfacts_locations"
QUALIFYING_KINDS = frozenset({"admin", "country"})


def qualifies(place: Place) -> bool:
    """Whether ``place`` may qualify a town after a comma: a country, a division, or a region
    that carries its division's code (the parts of Wales, tools/gazetteer_corrections.tsv:
    "Bangor, North Wales" is the Welsh city, not the larger one in Northern Ireland)."""
    return place.kind in QUALIFYING_KINDS or (place.kind == "region" and bool(place.admin1))


LONGEST_ABBREVIATION = 4  # tokens: "P", ".", "E", "." of "P.E.I."


@functools.cache
def abbreviations() -> dict[str, tuple[str, str]]:
    """Qualifier-only abbreviation (written without spaces) -> (country code, division name)."""
    rows = read_table(PACKAGE, "qualifier_abbreviations.tsv", columns=3)
    # the core's postal codes of the states of the United States first, as the table had them
    states = {code: ("US", name) for code, name in US_STATES.items()}
    return states | {abbreviation: (country, name) for abbreviation, country, name in rows}


@functools.cache
def _beginnings() -> frozenset[str]:
    """Every beginning of an abbreviation ("W", "W.", "W.V", "W.Va"; "in" is none)."""
    return frozenset(word[:size] for word in abbreviations() for size in range(1, len(word) + 1))


class Qualifier(NamedTuple):
    """The places a qualifier may name, and where it is written.

    (A named tuple, as :class:`~newsfacts_locations.matching.Candidate`: one is made for
    every qualified mention.)
    """

    places: tuple[Place, ...]
    start: int
    end: int
    #: an abbreviation that is a place only as a qualifier ("TX"): reported as a place here
    abbreviation: bool = False


#: How far from its point a county of Britain or Ireland reaches (Highland's John o' Groats
#: lies 136 km from Highland's): its towns carry no code of it, and "Thruxton, Hampshire" is
#: the Hampshire village, not the Herefordshire one 148 km from the county's point; "Croft,
#: Yorkshire" not the Leicestershire one
COUNTY_REACH_KM = 145.0


def fits(place: Place, qualifier: Place) -> bool:
    """Whether ``qualifier`` (a country, a state or a county) holds ``place``."""
    if place.country_code != qualifier.country_code:
        return False
    if qualifier.kind == "country":
        return True
    if not qualifier.admin1:
        return _reaches(qualifier, place)
    if qualifier.admin1 != place.admin1:
        return False
    return not qualifier.admin2 or qualifier.admin2 == place.admin2


def _reaches(division: Place, place: Place) -> bool:
    """Whether a division without a code holds ``place`` of its country: in Britain and
    Ireland, a county's towns lie within :data:`COUNTY_REACH_KM` of its point; elsewhere
    ("Bavaria", "Quebec" as listed by hand), or where either has no point, any town does."""
    if (
        division.country_code not in words.COARSE_DIVISIONS
        or division.latitude is None
        or division.longitude is None
        or place.latitude is None
        or place.longitude is None
    ):
        return True
    return km((division.latitude, division.longitude), (place.latitude, place.longitude)) <= (
        COUNTY_REACH_KM
    )


def fits_any(place: Place, qualifiers: Sequence[Place]) -> bool:
    """Whether one of ``qualifiers`` holds ``place`` (see :func:`fits`)."""
    # a loop: any() of a generator costs twice as much, and every qualified mention asks
    for qualifier in qualifiers:  # noqa: SIM110
        if fits(place, qualifier):
            return True
    return False


def qualifier_of(matcher: Matcher, tokens: Columns, candidate: Candidate) -> Qualifier | None:
    """The qualifier right after ``candidate`` ("Paris, Texas"), or None (``matcher``: the
    text's)."""
    after = candidate.last + 1
    if after + 1 >= len(tokens.texts) or tokens.texts[after] != ",":
        return None
    found = matcher.first(tokens.part(after + 1, after + 5), candidate.shouted)
    if found is not None:
        places = tuple(p for p in found.places if qualifies(p))
        if places:
            return Qualifier(places, found.start, found.end)
    return _abbreviation(matcher.gazetteer, tokens, after + 1)


# How many words a country's name written as an owner may have: "Papua New Guinea's"
_OWNER_WORDS = 3


def owner_of(matcher: Matcher, tokens: SentenceTokens, candidate: Candidate) -> Qualifier | None:
    """The country whose possessive ``candidate`` follows ("Papua New Guinea's New Britain",
    "Canada's London"): a qualifier written before the name. Only a country, or a state
    before a county ("Florida's Hillsborough County", "Iowa's Polk County"): "Washington's
    Dulles" is an airport near the city, not in the state."""
    first = candidate.first
    if first == 0 or not tokens.texts[first - 1].endswith(("'s", "’s")):
        return None
    counties = all(p.kind == "admin" and p.admin2 for p in candidate.places)
    columns = Columns.of_sentence(tokens)
    for start in range(max(0, first - _OWNER_WORDS), first):
        found = matcher.first(columns.part(start, first), candidate.shouted)
        if found is not None and start + found.last == first - 1:
            places = tuple(p for p in found.places if _owner(p, counties))
            return Qualifier(places, found.start, found.end) if places else None
    return None


def _owner(place: Place, counties: bool) -> bool:
    """Whether ``place`` may own a name: a country, or a state when the name is a county's."""
    return place.kind == "country" or (counties and place.kind == "admin" and not place.admin2)


def container_of(
    matcher: Matcher, tokens: SentenceTokens, candidate: Candidate
) -> Qualifier | None:
    """The country or state a place is said to be in right after it ("New Hope in
    southwestern Jamaica", "Jefferson County in Colorado"): like an owner, it narrows the
    readings ("New Hope" is no US town there)."""
    start = candidate.last + 2
    texts = tokens.texts
    if start >= len(texts) or texts[start - 1] != "in":
        return None
    if texts[start].lower() in words.REGION_WORDS:
        start += 1
    owner = Columns.of_sentence(tokens).part(start, start + _OWNER_WORDS)
    found = matcher.first(owner, candidate.shouted)
    if found is None or found.first != 0:
        return None
    places = tuple(p for p in found.places if p.kind == "country")
    if not _holds(places, candidate.places):
        # a state of a country's name holds a town the country does not: "Athens in
        # Georgia" is the US state's Athens, not a point in the Caucasus
        places = _holding_states(found.places, candidate.places) or places
    return Qualifier(places, found.start, found.end) if places else None


def _holds(qualifiers: Sequence[Place], places: Sequence[Place]) -> bool:
    """Whether one of ``qualifiers`` holds one of ``places``."""
    return any(fits_any(p, qualifiers) for p in places)


def _holding_states(named: Sequence[Place], places: Sequence[Place]) -> tuple[Place, ...]:
    """The state ``named`` after "in" when it alone of its readings as a state holds a
    reading of the town or county said to be in it ("Paris in Texas", "Duval County in
    Florida": not Uruguay's Florida); only where the name before "in" is no country and no
    state of that state's country ("Washington in Iowa")."""
    holding = [s for s in named if _state(s) and any(fits(p, s) for p in places)]
    if len(holding) != 1:
        return ()
    state = holding[0]
    if any(
        p.kind == "country" or (_state(p) and p.country_code == state.country_code) for p in places
    ):
        return ()
    return (state,)


def _state(place: Place) -> bool:
    """A first-level division: a state, a province (not a county)."""
    return place.kind == "admin" and not place.admin2


#: The tokens a qualifier's reading looks at after the comma: a match of up to four
#: (:data:`LONGEST_ABBREVIATION`), and the one after it (:func:`_ends_phrase`).
_READ = LONGEST_ABBREVIATION + 1

#: What a qualifier's reading looks at (see :class:`Qualifiers`).
_Context = tuple[bool, tuple[tuple[str, int, int], ...]]


class Qualifiers:
    """The qualifiers of one text's names, each read once for each context: a text repeats
    its towns with their states ("in Red Oak, Iowa"). :func:`qualifier_of` reads nothing but
    whether the name is in capitals and the :data:`_READ` tokens after the comma: their
    texts, and where they stand from the comma; so its answer, moved to where the comma
    stands, is the same wherever that context is. Made per text."""

    __slots__ = ("_found", "matcher")

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        #: context -> the qualifier found there, offsets from the comma's start
        self._found: dict[_Context, Qualifier | None] = {}

    def of(self, tokens: SentenceTokens, candidate: Candidate) -> Qualifier | None:
        """:func:`qualifier_of` ``candidate`` (the text's matcher), in the sentence of
        ``tokens`` (read from its columns: most names have no comma after them, and most
        contexts were read before)."""
        after = candidate.last + 1
        texts = tokens.texts
        if after + 1 >= len(texts) or texts[after] != ",":
            return None
        # most commas open no qualifier ("Iowa, in Red Oak"): no context is made for those
        if not _may_open(texts[after + 1]):
            return None
        base = tokens.starts[after]
        read = slice(after, after + 1 + _READ)
        columns = zip(texts[read], tokens.starts[read], tokens.ends[read], strict=True)
        context = (
            candidate.shouted,
            tuple((text, start - base, end - base) for text, start, end in columns),
        )
        if context not in self._found:
            found = qualifier_of(self.matcher, Columns.of_sentence(tokens), candidate)
            self._found[context] = found and _moved(found, -base)
        found = self._found[context]
        if found is None:
            return None
        found = _moved(found, base)
        following = _list_goes_on(tokens, candidate, found)
        if following is not None and self._alike_at(tokens, following, candidate):
            return None  # "Florida, New York and Houston": a list
        return found

    def _alike_at(self, tokens: SentenceTokens, index: int, candidate: Candidate) -> bool:
        """Whether a name of the list that ``candidate`` opens starts at the token ``index``:
        a state or a country of the same kind as ``candidate``'s ("Vermont" after
        "California, Maryland,"; not "Pastor"), or a town after "and" or "or", which may end
        it ("Florida, New York and Houston")."""
        columns = Columns.of_sentence(tokens).part(index, index + LONGEST_ABBREVIATION)
        named = self.matcher.first(columns, candidate.shouted)
        if named is None or named.first != 0:
            return False
        if tokens.texts[index - 1] in ("and", "or", "&"):
            return any(p.kind in _LISTED_KINDS for p in named.places)
        return any(_alike(p, q) for p in candidate.places for q in named.places)


#: The kinds of the names that may end a list of states after "and": "Florida, New York and
#: Houston"
_LISTED_KINDS = frozenset({"city", "admin", "country"})


def _list_goes_on(tokens: SentenceTokens, candidate: Candidate, found: Qualifier) -> int | None:
    """Where the name after the qualifier ``found`` of ``candidate`` starts, when the two may
    be the first of a list of states or of countries that goes on after them ("Florida, New
    York and Houston", "California, Maryland, Oregon and Maine"): the name is a
    state or a country itself, and the qualifier one of the same kind (a state of the same
    country) written in full, that holds a town of the name, which it would choose
    ("Florida" and "California" are small towns of New York and Maryland too); None if not.
    A town so named and qualified ends its list there ("Delaware, Ohio, police said") or
    has its state abbreviated ("Washington, Pa., and Pittsburgh")."""
    if found.abbreviation or not any(_state(p) or p.kind == "country" for p in candidate.places):
        return None  # (most qualified names: a town's)
    if not any(_alike(p, q) for p in candidate.places for q in found.places):
        return None
    if not any(p.kind == "city" and fits_any(p, found.places) for p in candidate.places):
        return None  # no town the qualifier would choose: "Iowa, Ohio" reads as before
    texts, ends = tokens.texts, tokens.ends
    after = candidate.last + 2
    while after < len(texts) and ends[after] <= found.end:
        after += 1
    if texts[after - 1] == ".":
        return None  # "Washington, Pa., and ...": an abbreviated state qualifies
    if after < len(texts) and texts[after] == ",":
        after += 1
    if after < len(texts) and texts[after] in ("and", "or", "&"):
        after += 1
    return after if after < len(texts) and texts[after][:1].isupper() else None


def _alike(place: Place, qualifier: Place) -> bool:
    """Whether ``place`` and ``qualifier`` are two countries, or two states of one country."""
    if place.kind == "country":
        return qualifier.kind == "country"
    return _state(place) and _state(qualifier) and place.country_code == qualifier.country_code


def _may_open(text: str) -> bool:
    """Whether a qualifier may start with the token ``text`` after the comma: a capitalized
    word (else no match starts there and :meth:`Matcher.first` is None), or the beginning of
    an abbreviation (else :func:`_abbreviation` stops at its first token)."""
    return text[:1].isupper() or text in _beginnings()


def _moved(qualifier: Qualifier, offset: int) -> Qualifier:
    # made directly: _replace() takes keywords, and costs several times more
    return Qualifier(
        qualifier.places, qualifier.start + offset, qualifier.end + offset, qualifier.abbreviation
    )


def _abbreviation(gazetteer: Gazetteer, tokens: Columns, first: int) -> Qualifier | None:
    """A qualifier-only abbreviation at the token ``first``: the longest one written there."""
    table, beginnings = abbreviations(), _beginnings()
    texts, starts, ends = tokens
    text = ""
    found: Qualifier | None = None
    for index in range(first, min(first + LONGEST_ABBREVIATION, len(texts))):
        if index > first and starts[index] - ends[index - 1] > 1:
            break
        text += texts[index]
        if text not in beginnings:
            break  # no abbreviation starts so: "in Red Oak" is read no further than "in"
        entry = table.get(text)
        if entry is not None and _ends_phrase(texts, index + 1):
            places = division(gazetteer, *entry)
            if places:
                found = Qualifier(places, starts[first], ends[index], True)
    return found


def _ends_phrase(texts: Sequence[str], after: int) -> bool:
    """Nothing capitalized follows ("Dallas, TX, police"; not "Smith, OR Jones")."""
    if after >= len(texts):
        return True
    following = texts[after]
    return not following[:1].isupper() or (following.isupper() and len(following) > 3)


@functools.cache
def _key(name: str) -> str:
    return " ".join(token.text for token in tokenize(name))


def division(gazetteer: Gazetteer, country: str, name: str) -> tuple[Place, ...]:
    """The first-level division ``name`` of ``country`` in the gazetteer (not a county)."""
    places = [
        place
        for place in gazetteer.lookup(_key(name))
        if place.kind == "admin" and place.country_code == country and not place.admin2
    ]
    return tuple(sorted(places, key=lambda place: not place.admin1)[:1])


def unknown_town(places: tuple[Place, ...], qualifier: tuple[Place, ...]) -> bool:
    """Whether a qualifier that fits no reading names a town the gazetteer lacks: when all
    readings are towns ("Allendale, N.J."), or towns and divisions abroad and the qualifier
    names a state or country ("near Pembroke, New York": not the Maltese council; "Black
    River in Jamaica": not the Mauritian district; but "Utah, Colorado" are two states)."""
    if not qualifier or any(fits(place, other) for place in places for other in qualifier):
        return False
    if all(place.kind == "city" for place in places):
        return True
    states = {other.country_code for other in qualifier if other.kind in ("admin", "country")}
    return bool(states) and all(
        place.kind == "city" or (place.kind == "admin" and place.country_code not in states)
        for place in places
    )
