"""What the sentence and the article around a name say: well-known names, sports, tables.

Helpers of :mod:`newsfacts_locations.extract`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from newsfacts.plugin import SPORTS_WORDS
from newsfacts_locations import words
from newsfacts_locations.gazetteer import Gazetteer, Place

LARGE_KINDS = frozenset({"country", "admin", "region", "continent", "water"})
WELL_KNOWN_CITY_POPULATION = 100_000
VILLAGE = 5_000  # villages this small only with a qualifier or a neighbour of their state
MINOR_TOWN = 15_000  # towns this small are places only with support


def well_known(place: Place) -> bool:
    """A country, division, region, continent, sea or a city above 100,000 people."""
    return place.kind in LARGE_KINDS or place.population >= WELL_KNOWN_CITY_POPULATION


def small_towns(places: Sequence[Place], population: int) -> bool:
    """Whether every reading of a name is a town of fewer than ``population`` people. A
    hand-listed town has no population (0) and is none: it is listed because news names it
    ("Khayelitsha", "Chasiv Yar", "El Alto") and ranks like a large city
    (``priors.UNKNOWN_POPULATION``); a post-office town (1 person) is a village."""
    return all(p.kind == "city" and 0 < p.population < population for p in places)


class Traits(NamedTuple):
    """What the readings of a name say wherever it stands: read once per name of an
    extractor's texts (:meth:`newsfacts_locations.matching.Matcher.traits`), not for each of
    its mentions."""

    known: bool  # one of them is well known
    village: bool  # every one is a town of fewer than VILLAGE people
    minor_town: bool  # every one is a town of fewer than MINOR_TOWN people
    countries: bool  # every one is a country ("U.S.", which starts many other names)
    towns: bool  # every one is a town (see neighbours.ends_claim)
    #: every one is a town the name only spells in another language ("Tempi" for Tempe)
    renamed: bool

    @classmethod
    def of(cls, places: Sequence[Place], key: str) -> Traits:
        towns = all(place.kind == "city" for place in places)
        return cls(
            any(map(well_known, places)),
            small_towns(places, VILLAGE),
            small_towns(places, MINOR_TOWN),
            all(place.kind == "country" for place in places),
            towns,
            towns and all(renamed(key, place.name) for place in places),
        )


def renamed(key: str, name: str) -> bool:
    """Whether a name is another spelling of a place's, not a form of it: "Tempi" of Tempe,
    "Kiev" of Kyiv; not "St. Paul" of Saint Paul, "Oklahoma" of Oklahoma City, "Afrin" of
    ‘Afrīn."""
    if "." in key or key.isupper():
        return False  # "D.C.", "L.A.", "NYC": initials
    written, own = _letters(key), _letters(name)
    return written not in own and own not in written


def _letters(name: str) -> str:
    """The letters of a name in lower case without accents, abbreviations spelt out."""
    words = [_SPELT_OUT.get(word, word) for word in name.lower().replace(".", " ").split()]
    plain = unicodedata.normalize("NFKD", "".join(words))
    # the ASCII letters kept in C (a generator of them, char by char, cost more)
    return plain.encode("ascii", "ignore").translate(None, _NOT_LETTERS).decode("ascii")


# The ASCII characters that are no letter: marks, digits, spaces
_NOT_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())


_SPELT_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


# Where "State" after a division's name names its university ("Oregon State", "Iowa State";
# "New York State", the state, is a name of the gazetteer's).
_UNIVERSITY_STATES = frozenset({"US"})


def division_named(following: str, places: Sequence[Place], before: Sequence[str] = ()) -> bool:
    """Whether the words around a name say it names a division, not a town: a noun of
    divisions in lower case after it ("Katsina state", "Idlib province") or before it with
    "of" (``before``: the two words before it, "the state of Rio Grande do Sul"), or one
    capitalized after it where the name has a division's and a town's reading in one country
    outside the United States ("Kano State", "Lagos State"; not "Kent State", the Ohio
    town's university, for Kent in England, nor "Oregon State", a university too), or a
    party's word after a US state's name ("New York Democratic voters", "Washington GOP
    leaders": the state's party), or a word of the state's line or government ("the New York
    border", "the Oklahoma legislature", "New York's legislature": ``state_party_words.txt``),
    or a word of its parts in lower case before a name of a division and its town ("upstate
    New York", "western New York", "rural Quebec": ``words.REGION_WORDS``)."""
    if following in words.DIVISION_NOUNS:
        return True
    if following in words.STATE_PARTY_WORDS:
        return any(us_state(place) for place in places)
    if len(before) == 2 and before[1] == "of" and before[0] in words.DIVISION_NOUNS:
        return True
    if len(before) == 2 and before[1] in words.REGION_WORDS:
        return _division_and_its_town(places)
    if following.lower() not in words.DIVISION_NOUNS or not following[:1].isupper():
        return False
    towns = {place.country_code for place in places if place.kind == "city"} - _UNIVERSITY_STATES
    return any(place.kind == "admin" and place.country_code in towns for place in places)


def _division_and_its_town(places: Sequence[Place]) -> bool:
    """Whether a first-level division and a town share the name, in one country or two ("New
    York", "Quebec"; "Ontario", a province and a town of California): a part of it in lower
    case before it names the division ("upstate New York", "western New York", "northern
    Quebec", "central Ontario"), as a part of town has its own noun ("downtown")."""
    if not any(place.kind == "admin" and place.admin1 and not place.admin2 for place in places):
        return False
    return any(place.kind == "city" for place in places)


def us_state(place: Place) -> bool:
    """A US state (not a county, nor a hand-listed borough: "a Manhattan Democrat")."""
    return (
        place.kind == "admin"
        and place.country_code == "US"
        and bool(place.admin1)
        and not place.admin2
    )


def well_known_name(gazetteer: Gazetteer, text: str) -> bool:
    return any(well_known(place) for place in gazetteer.lookup(text))


def name_word(text: str) -> bool:
    """A capitalized word that may be part of a name (not "The", "In", "Though")."""
    return text[:1].isupper() and text[1:2] != "" and text not in words.NAME_WORDS


def name_word_before(text: str) -> bool:
    """A capitalized word before a place that may end a name (:func:`name_word`), but not a
    compound in lower case after its hyphen, an adjective: "Russian-occupied Crimea",
    "Kurdish-held Kobani", "Nazi-occupied Poland". (After a place, such a compound's head
    goes on with the name: "United Nations-supervised".)"""
    return name_word(text) and ("-" not in text or not text.rpartition("-")[2].islower())


def sporty(texts: Sequence[str]) -> bool:
    """A sentence of a sports report: a sports word or a number in it (``texts``: its
    tokens' texts, read in C loops)."""
    return any(map(str.isdigit, map(_FIRST_CHARACTER, texts))) or not SPORTS_WORDS.isdisjoint(
        map(str.lower, texts)
    )


_FIRST_CHARACTER = itemgetter(slice(0, 1))


def table_cell(texts: Sequence[str], after: int) -> bool:
    """A name followed by a bare number: a team in a results table ("Norwich 1 Wolves 0")."""
    if after >= len(texts) or not texts[after][:1].isdigit():
        return False
    following = texts[after + 1] if after + 1 < len(texts) else ""
    return following not in ("-", "–", "%", "/", ".") and not following[:1].isalpha()


def ranked_team(texts: Sequence[str], first: int) -> bool:
    """A name after a poll's ranking: a college team ("No. 9 Alabama beat No. 14 Tennessee")."""
    return (
        first >= 3
        and texts[first - 1].isdigit()
        and texts[first - 2] == "."
        and texts[first - 3] == "No"
    )


def team_record(texts: Sequence[str], after: int) -> bool:
    """A name followed by a record of wins and losses in brackets: a team ("Alabama (6-1,
    4-0 SEC) visits South Carolina")."""
    if after + 3 >= len(texts) or texts[after] != "(":
        return False  # most names: no list of the next words made
    wins, dash, losses = texts[after + 1 : after + 4]
    return wins.isdigit() and dash in ("-", "–") and losses.isdigit()


def with_article(text: str, start: int, place: Place) -> int:
    """Where the name of a place whose own name opens with "The" begins: at that word when
    the text writes it capitalized before the name ("at The Oval", "THE HAGUE 1996-08-30":
    it is the name's); the lower-case article of a sentence is not ("near the Oval")."""
    if place.name.startswith("The ") and text[max(0, start - 4) : start] in ("The ", "THE "):
        return start - 4
    return start
