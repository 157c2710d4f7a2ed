"""Parts of towns the gazetteer lacks, read from the noun after their name: "the Kibera slum
of Nairobi", "the Crown Heights neighborhood", "in the Millbrook area of Dunmore".

One to three capitalized words before a noun of the parts of a town in lower case
(``district_nouns.txt``: neighborhood, suburb, district, slum...) name one when "the", "a",
a possessive or a preposition of place opens them, a region word maybe between ("the
eastern Shaab district", "Cairo's gated suburb" is no name); "area" only after a
preposition of place ("in the Hardeetown area", not "the Sales area of the store"); before a
plural noun, so do the names listed ("the Mirpur and Ashulia areas"). Not a people's, a
faith's or a party's word ("the Sikh area", "the Kurdish enclave", "a Republican district":
``group_words.txt`` and the country adjectives), letters in capitals nor a compound in lower
case ("LTTE-held areas", "Republican-leaning
suburbs"). Such a part of a town is placed as a street is (see
:func:`~newsfacts_locations.placing.place_streets`); a name the gazetteer holds is left to
its checks, unless the part's town is named with it and no reading of the name lies near
that town (:func:`near_namesakes`: "Houston's Montrose neighborhood" is no town of Colorado).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from newsfacts.plugin import read_words
from newsfacts_locations import words
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate
from newsfacts_locations.nearby import NEAR_KM, km
from newsfacts_locations.openers import SentenceTokens

PACKAGE = "newsfacts_locations"
_NOUNS = read_words(PACKAGE, "district_nouns.txt")
DISTRICT_NOUNS = frozenset(noun.lstrip("?") for noun in _NOUNS)
#: Nouns that name a part of a town only after a preposition of place: "in the Hardeetown
#: area", not "the Sales area of the store"
PLACED_NOUNS = frozenset(noun[1:] for noun in _NOUNS if noun.startswith("?"))
GROUP_WORDS = read_words(PACKAGE, "group_words.txt") | frozenset(words.DEMONYMS)
MAX_WORDS = 3
# The words that open such a name, besides a possessive and the prepositions of place
_OPENERS = frozenset({"the", "a", "an"})
_LINKS = frozenset({"and", ","})  # "the Mirpur and Ashulia areas"


def neighbourhoods(tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    """(start, end) of each part of a town named before a noun of such parts (read from the
    sentence's columns: its texts, and the offsets of the words)."""
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
    for index, noun in enumerate(texts):
        if noun not in DISTRICT_NOUNS:
            continue
        names: list[tuple[int, int]] = []
        end = index
        while (first := _first(tokens, end)) < end:
            names.append((starts[first], ends[end - 1]))
            opener = _opener(texts, first)
            if opener in _LINKS and noun.endswith("s"):
                end = first - 1  # a list before a plural noun: read on
                continue
            if opener is not None and opener not in _LINKS and _placed(texts, noun, first):
                yield from names
            break


def _placed(texts: Sequence[str], noun: str, first: int) -> bool:
    """Whether a preposition of place opens the name at ``first``, maybe with "the" ("in the
    Hardeetown area"), where its noun asks for one (:data:`PLACED_NOUNS`)."""
    if noun not in PLACED_NOUNS:
        return True
    before = [word.lower() for word in texts[max(0, first - 2) : first]]
    if before[-1:] == ["the"]:
        before.pop()
    return bool(before) and before[-1] in words.PREPOSITIONS


def _first(tokens: SentenceTokens, end: int) -> int:
    """The first of the name's words before ``end`` (``end`` itself when there are none)."""
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
    first = end
    while (
        first > 0
        and end - first < MAX_WORDS
        and _name_word(texts[first - 1])
        and starts[first] - ends[first - 1] <= 1
    ):
        first -= 1
    return first


def _name_word(text: str) -> bool:
    parts = text.split("-")  # "Wilkes-Barre"; not "Kurdish-controlled", "GOP-heavy"
    return (
        all(part[:1].isupper() and not part.isupper() for part in parts)
        and text.replace("-", "").replace(".", "").isalpha()
        and text not in words.NAME_WORDS
        and text not in words.PERSON_TITLES
        and text not in GROUP_WORDS
    )


def _opener(texts: Sequence[str], first: int) -> str | None:
    """The word that opens the name at ``first`` as a part of a town's ("the", "in", a
    possessive; a region word before it is passed over), a link of a list, or None."""
    lead = first - 1
    if lead > 0 and texts[lead] in words.REGION_WORDS:
        lead -= 1  # "the eastern Shaab district"
    if lead < 0:
        return None
    before = texts[lead]
    if before.endswith(("'s", "’s")):
        return "'s"
    lowered = before.lower()
    return lowered if lowered in _OPENERS | _LINKS or lowered in words.PREPOSITIONS else None


#: The nouns after which "of" or "in" names the town the part lies in ("the Kensington
#: neighborhood of Philadelphia"); not a suburb's, whose town comes first ("the Dallas
#: suburb of Plano")
_OF_TOWN_NOUNS = DISTRICT_NOUNS - {"suburb", "suburbs"}


def near_namesakes(
    tokens: SentenceTokens, parts: Iterable[tuple[int, int]], candidates: list[Candidate]
) -> list[Candidate]:
    """``candidates`` but the gazetteer names that ``parts`` (the spans :func:`neighbourhoods`
    read) holds as a part of a town whose town is named with it, by its possessive
    ("Houston's Montrose neighborhood") or after "of" or "in" ("the Kensington neighborhood
    of Philadelphia"), when no reading of the name lies near that town: the gazetteer holds a
    namesake elsewhere (Montrose, Colorado), not the part, which is then placed in its town
    as the parts the gazetteer lacks are. A part the gazetteer holds near its town stays the
    gazetteer's ("Chicago's Englewood neighborhood")."""
    spans = set(parts)
    read = [c for c in candidates if (c.start, c.end) in spans]
    if not read:
        return candidates
    by_last = {c.last: c for c in candidates}
    by_first = {c.first: c for c in candidates}
    far = []
    for candidate in read:
        town = _town_named(tokens.texts, candidate, by_last, by_first)
        if town and not any(_near(place, town) for place in candidate.places):
            far.append(candidate)
    return [c for c in candidates if c not in far] if far else candidates


def _town_named(
    texts: Sequence[str],
    candidate: Candidate,
    by_last: dict[int, Candidate],
    by_first: dict[int, Candidate],
) -> list[Place]:
    """The city readings of the town named with the part ``candidate``: before it in the
    possessive (a region word maybe between: "Cairo's eastern Shubra district"), or after its
    noun and "of" or "in"; none if no town is."""
    lead = candidate.first - 1
    if lead > 0 and texts[lead] in words.REGION_WORDS:
        lead -= 1
    owner = by_last.get(lead) if texts[lead].endswith(("'s", "’s")) else None
    noun = candidate.last + 1
    if owner is None and texts[noun : noun + 1] and texts[noun] in _OF_TOWN_NOUNS:
        owner = by_first.get(noun + 2) if texts[noun + 1 : noun + 2] in (["of"], ["in"]) else None
    if owner is None:
        return []
    return [place for place in owner.places if place.kind == "city" and place.latitude is not None]


def _near(place: Place, towns: Sequence[Place]) -> bool:
    if place.latitude is None or place.longitude is None:
        return False
    here = (place.latitude, place.longitude)
    return any(
        km(here, (town.latitude, town.longitude)) <= NEAR_KM
        for town in towns
        if town.latitude is not None and town.longitude is not None
    )
