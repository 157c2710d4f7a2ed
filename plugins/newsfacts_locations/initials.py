"""A country's or a state's initials, in an article that names it or one of its places.

News writes a place it names often by its initials: "South Africa ... SA mines
most of the world's manganese", "a community in Limpopo ... post-apartheid SA",
"Rockingham ... Wastewater in WA is treated", "British Columbia ... ferries to
B.C. ports". The initials alone are no gazetteer name (they are many things: "SA" is a
company's suffix, South Australia's and Saudi Arabia's initials too), so they are read only
where the article names, in full or by a place it holds, one country or first-level division
whose name's two or three words they start, and only standing alone, between words in lower
case: "Nestlé SA", "FrontCounter BC" and "SA Rugby" are names of their own, "500 B.C." a
year, "NZ $99" a currency. Initials the gazetteer holds ("US", "UK") are its names, which
the checks judged already.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from newsfacts.plugin import Location, SpanSet, built, compiled, read_bytes, read_words
from newsfacts_locations.gazetteer import Gazetteer, PackedPlaces, Place, unpack
from newsfacts_locations.neighbours import Claims

#: The kinds of place whose initials news writes alone
KINDS = frozenset({"country", "admin"})
#: Initials more often something else even in a story that names their place: "an MP",
#: "(AP)", "a PR firm" (``initials_not_places.txt``)
NOT_PLACES = read_words("newsfacts_locations", "initials_not_places.txt")
_T = TypeVar("_T")
# A name of two or three capitalized words: "South Africa", "New South Wales"
_NAME = compiled(r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}")
# What may not stand right before initials, nor after them ("US$", "SA-based"), and what
# ends a word
_JOINED = frozenset(".&'’$-")
# A word right before or after the initials ("NZ $99": a currency's sign after them)
_WORD_BEFORE = compiled(r"([\p{L}\p{N}]+)[ \t]*$")
_WORD_AFTER = compiled(r"[ \t]*([\p{L}\p{N}$€£]+)")
# What ends a sentence before a word that opens the next: "That SA holds"
_SENTENCE_ENDS = frozenset('.!?:"“”\n')


def initials(
    text: str,
    found: Sequence[Location],
    claims: Claims,
    lower_case: frozenset[str],
    gazetteer: Gazetteer,
) -> list[tuple[int, int, Place]]:
    """(start, end, place) of the initials of the countries and divisions ``found`` names or
    holds a place of ("SA" after "South Africa", see the module's doc); ``claims``: what the
    other fields claim, ``lower_case``: the article's words in lower case ("US" or "IT" are
    words)."""
    places = _places(found, gazetteer)
    spelled: list[tuple[int, int, Place]] = []
    for key, place in places.items():
        if key in NOT_PLACES or key.lower() in lower_case:
            continue
        for form in (key, ".".join(key) + "."):  # "BC", "B.C."
            if form in text and not gazetteer.lookup(form):  # (most texts: found in C)
                spelled += [(start, start + len(form), place) for start in _spots(text, form)]
    if not spelled:
        return []
    taken = SpanSet(found)
    return [
        (start, end, place)
        for start, end, place in spelled
        if not taken.overlaps(start, end)
        and _unclaimed(claims, start, end)
        and _alone(text, start, end)
    ]


def _spots(text: str, form: str) -> Iterator[int]:
    """Where ``form`` stands as a word of its own: not "CNN" for "NN", "US$" for "US",
    "SAS" for "SA" nor "B.C.E" for "B.C."."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        before = text[start - 1] if start else " "
        after = text[end : end + 2]
        if not (before.isalnum() or before in _JOINED or _joined_after(after, form)):
            yield start
        start = text.find(form, end)


def _joined_after(after: str, form: str) -> bool:
    """Whether ``after`` (the two characters after ``form``) joins it to more: a letter or
    digit, a hyphen, an apostrophe, a currency's sign; after initials without points, a point
    before a letter ("S.A" of "U.S.A")."""
    if not after:
        return False
    if after[0].isalnum() or (after[0] in _JOINED and after[0] != "."):
        return True
    return not form.endswith(".") and after[:1] == "." and after[1:].isalnum()


def _places(found: Sequence[Location], gazetteer: Gazetteer) -> dict[str, Place]:
    """The initials of the countries and divisions ``found`` names or holds a place of, each
    with its place: only initials that start one place's name ("SA" of South Africa and of
    South Australia both says neither)."""
    places: dict[str, Place] = {}
    shared: set[str] = set()
    for place in _named_and_holding(found, gazetteer):
        if not _NAME.fullmatch(place.name):
            continue
        key = "".join(word[0] for word in place.name.split())
        if key in places and places[key].name != place.name:
            shared.add(key)
        places.setdefault(key, place)
    return {key: place for key, place in places.items() if key not in shared}


def _named_and_holding(found: Sequence[Location], gazetteer: Gazetteer) -> Iterator[Place]:
    """The countries and first-level divisions ``found`` names, and those holding its
    places (Limpopo's South Africa, Rockingham's Western Australia)."""
    named = dict.fromkeys(
        (fact.name, fact.country_code, fact.latitude, fact.longitude, fact.kind)
        for fact in found
        if not fact.adjectival and fact.country_code is not None  # "South African": no name
    )
    for name, code, latitude, longitude, kind in named:  # (each place once: "SA" ... "SA")
        yield from _holders(gazetteer, name, code, latitude, longitude, kind)


@functools.lru_cache(maxsize=4096)
def _holders(
    gazetteer: Gazetteer,
    name: str,
    code: str,
    latitude: float | None,
    longitude: float | None,
    kind: str,
) -> tuple[Place, ...]:
    """The country of the place ``name`` at that point, and its first-level division
    (the same place's for a country or a division); kept for the process, as news names
    the same places again and again."""
    holders = [country] if (country := gazetteer.country(code)) is not None else []
    for place in gazetteer.lookup(name):
        if (place.latitude, place.longitude, place.kind) == (latitude, longitude, kind):
            division = _division(gazetteer, code, place.admin1)
            if division is not None:
                holders.append(division)
            break
    return tuple(holders)


def _division(gazetteer: Gazetteer, code: str, admin1: str) -> Place | None:
    """The first-level division ``admin1`` of the country ``code``: the first place of kind
    "admin" with both and no second-level code. The shipped gazetteer's are found in a table
    kept on disk (:func:`_division_rows`): building its 14,524 places of kind "admin" to find
    them was a seventh of a process's cold start."""
    places = gazetteer.places
    key = f"{code}\t{admin1}"
    if isinstance(places, PackedPlaces) and places.shipped is not None:
        offset = _division_rows(places.shipped).get(key)
        return None if offset is None else places.place_at(offset)
    return _divisions(gazetteer).get(key)


@functools.cache  # (a built table is read from disk at each call)
@built
def _division_rows(file: str) -> dict[str, int]:
    """The row (its offset) of each first-level division in the package's packed gazetteer
    ``file``, by country and code ("US<tab>CA")."""
    places = unpack(read_bytes("newsfacts_locations", file)).places
    assert isinstance(places, PackedPlaces)
    offsets = places.offsets("admin")
    return _first_divisions(zip(offsets, map(places.place_at, offsets), strict=True))


@functools.lru_cache(maxsize=2)
def _divisions(gazetteer: Gazetteer) -> dict[str, Place]:
    """The first-level divisions of any other gazetteer by country and code."""
    admin = gazetteer.by_kind("admin")
    return _first_divisions(zip(admin, admin, strict=True))


def _first_divisions(places: Iterable[tuple[_T, Place]]) -> dict[str, _T]:
    """What stands for the first of ``places`` (each after it) in each first-level division
    of a country, by "country<tab>code": places with both codes and no second-level one."""
    return {
        f"{place.country_code}\t{place.admin1}": value
        for value, place in reversed(list(places))
        if place.admin1 and not place.admin2 and place.country_code
    }


def _unclaimed(claims: Claims, start: int, end: int) -> bool:
    """Whether no other field claims the initials but as an organization's whole name: the
    organizations field reads any capitals alone as one ("SA"), as it reads "Atlantic" (see
    :class:`~newsfacts_locations.neighbours.Claims`: such a claim is weak)."""
    if not claims.spans.overlaps(start, end):
        return True
    return (start, end) in claims.exact and (start, end) not in claims.people


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the initials at ``start:end`` stand between words in lower case (or open a
    sentence), not inside a name ("Nestlé SA", "SA Rugby"), after a number ("500 B.C.") nor
    before a currency's sign ("NZ $99")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        word = before.group(1)
        if word[0].isdigit():
            return False
        head = text[max(0, before.start() - 4) : before.start()].rstrip(" \t")
        if word[0].isupper() and head and head[-1] not in _SENTENCE_ENDS:
            return False
    after = _WORD_AFTER.match(text, end, end + 40)
    return after is None or after.group(1)[0].islower()
