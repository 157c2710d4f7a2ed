"""One mention of a big city named like its state: a weak vote for the state's small towns.

"Officials in New York said the exhibition would travel to Amsterdam and Geneva": "New York"
votes a whole vote for the state of New York (the city and the state both lie in it), and
the ``same state`` term then read "Amsterdam" and "Geneva" as the small towns of upstate
New York, not the Dutch and Swiss cities. A big city is named from afar, its state with it:
one mention of the name of both says where the story looks, not where it is set. A town
takes no ``same state`` term when the only votes for its state are one mention of such a
name (:func:`state_city_once`) and its name's best-known reading lies abroad; a second
name of the state ("Albany", "Schenectady"), a dateline or a qualified name ("Amsterdam,
N.Y.") still count as before.

Nor do a big city's mentions alone, however many, for a town named after a better-known
place abroad (:func:`big_cities_only`): "Traders in Chicago ... shares in Paris rose" is the
French capital. So, in a national story, whose names vote for many states alike, are
the votes of one of them for a town named after a better-known place abroad
(:func:`national`): "the bombing in Paris" in a campaign story that names Iowa, Ohio, Dallas
and Austin is the French capital, not Paris, Texas. Nor does one mention of the state's
own name, the only vote for its state, when the town lies far below such a place
(:func:`state_named_once`): "a senator of Texas" in a story of "the floods in Paris" is a
politician's state named in passing; a street address, its county or another town of its
state still keep the town.

The other way round, a local paper's dateline names its own town, not a well-known city of
its name in another state that no name of the article votes for: the ``dateline town`` term
reads :func:`namesake_at_home`.
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING

from newsfacts_locations.gazetteer import Place, load
from newsfacts_locations.locality import MENTION_WEIGHT, Division, division_of
from newsfacts_locations.priors import BIG_CITY, NEARBY_REACH, prominence

#: A city this large is named alone in a wire's dateline (``dateline town``)
WELL_KNOWN_CITY = 100_000

if TYPE_CHECKING:  # (resolve imports this module for its term)
    from newsfacts_locations.resolve import Clues

# A name's share of a vote below this is no vote for the state here: another ambiguous
# name's small namesake there ("Amsterdam", a fiftieth of a vote for New York; "Geneva", of
# five towns of the US, a tenth)
SLIGHT = 0.2
# How many states of its country a story gives a vote or more for a national one's
NATIONAL_STATES = 3
# How far below its name's best-known reading abroad a town named in a national story
# takes no country terms: a population about five hundred times smaller (Paris, Texas, is
# 4.4 below the French capital; Alexandria, Virginia, 3.8 below the Egyptian city)
PASSING_REACH = 4.0


def big_cities_only(place: Place, clues: Clues) -> bool:
    """Whether a town named after a big city abroad, more than
    :data:`~newsfacts_locations.priors.NEARBY_REACH` below it, takes its state's votes from
    big cities of it alone (:data:`~newsfacts_locations.priors.BIG_CITY` people or more),
    which are named from afar: "Traders in Chicago" in a markets story are no vote for
    Paris, Illinois, against "shares in Paris"."""
    division = division_of(place)
    if division is None or clues.top_prominence - prominence(place) <= NEARBY_REACH:
        return False
    if best_known_country(clues.key) == place.country_code or not _best_known_big(clues.key):
        return False
    names = clues.locality.divisions.voters(division, SLIGHT)
    others = [name for name, _ in names if name != clues.key]
    return bool(others) and all(_big_city(name, division) for name in others)


@functools.lru_cache(maxsize=4096)
def _best_known_big(key: str) -> bool:
    """Whether the name's most prominent reading is a big city itself (``BIG_CITY``): a
    town named after Paris, not an area of Queensland named like Logan, Utah ("police in
    Brisbane" still vote for it)."""
    readings = load().lookup(key)
    top = max(readings, key=prominence) if readings else None
    return top is not None and top.kind == "city" and top.population >= BIG_CITY


@functools.lru_cache(maxsize=1024)
def _big_city(name: str, division: tuple[str, str]) -> bool:
    """Whether ``name`` names a city of :data:`~newsfacts_locations.priors.BIG_CITY` people
    or more in the state ``division``."""
    return any(
        place.kind == "city" and place.population >= BIG_CITY and division_of(place) == division
        for place in load().lookup(name)
    )


def state_city_once(place: Place, clues: Clues) -> bool:
    """Whether the only votes the article's other names give the town's state are one
    mention (:data:`~newsfacts_locations.locality.MENTION_WEIGHT`) of a name of both the
    state and a big city of it ("New York")."""
    division = division_of(place)
    voter = _only_other_voter(division, clues)
    if division is None or voter is None:
        return False
    name, votes = voter
    return (
        votes <= MENTION_WEIGHT
        and _state_and_big_city(name, division)
        and best_known_country(clues.key) != place.country_code
    )


def _only_other_voter(division: Division | None, clues: Clues) -> tuple[str, float] | None:
    """The one name other than the town's own that votes for its state ``division``, with
    its votes; None when none or several do."""
    if division is None:
        return None
    names = clues.locality.divisions.voters(division, SLIGHT)
    # (two others are enough to say no: a state many names vote for is read no further)
    others = list(itertools.islice(((n, v) for n, v in names if n != clues.key), 2))
    return others[0] if len(others) == 1 else None


def state_named_once(place: Place, clues: Clues) -> bool:
    """Whether a town more than :data:`PASSING_REACH` below its name's best-known reading
    abroad takes its state's votes from one mention of the state's own name alone, the
    article pointing to no county of it: a politician's or a team's state named in passing
    ("Sen. Jane Roe of Texas" in a story of "the floods in Paris") says nothing of where
    the story is set. Not in a story that gives a North American street address
    (:mod:`newsfacts_locations.addresses`), a local paper's, whose state is its home; nor
    in a sentence that opens with the state ("In Massachusetts, officials in Essex said":
    :mod:`newsfacts_locations.sentence_settings`)."""
    if clues.locality.addressed or (place.country_code, place.admin1) in clues.setting:
        return False
    if best_known_country(clues.key) == place.country_code:
        return False
    if clues.top_prominence - prominence(place) <= PASSING_REACH:
        return False
    division = division_of(place)
    voter = _only_other_voter(division, clues)
    if division is None or voter is None:
        return False
    name, votes = voter
    return (
        votes <= MENTION_WEIGHT
        and _names_state(name, division)
        and not county_pointed(place, clues)
    )


@functools.lru_cache(maxsize=1024)
def _names_state(name: str, division: tuple[str, str]) -> bool:
    """Whether ``name`` names the state ``division`` itself."""
    return any(
        place.kind == "admin" and not place.admin2 and division_of(place) == division
        for place in load().lookup(name)
    )


def national(place: Place, votes: float, clues: Clues) -> bool:
    """Whether a town named after a better-known place abroad, more than
    :data:`~newsfacts_locations.priors.NEARBY_REACH` below it, lies in a state that holds
    less than half the votes (``votes``: its own) the article gives the states of its
    country, spread over :data:`NATIONAL_STATES` of them or more: a national story's, which
    names a state or a town of it in passing, not the paper's home."""
    if clues.top_prominence - prominence(place) <= NEARBY_REACH:
        return False
    if best_known_country(clues.key) == place.country_code:
        return False
    states = clues.locality.divisions.held(place.country_code)
    return len(states) >= NATIONAL_STATES and 2 * votes < sum(states)


def in_passing(place: Place, clues: Clues) -> bool:
    """Whether a town, more than :data:`PASSING_REACH` below its name's best-known reading
    abroad, is named in a national story (:func:`national`), or below a big city abroad with
    no vote for its state but one mention of the state's own name (:func:`state_named_once`),
    and the article points to no county of it: the story's country is
    no clue to it either ("the bombing in Paris" in a campaign story that names the US and
    many of its states, "the climate accord in Paris" in a story of New York, Boston and
    Washington, are the French capital, not Paris, Texas)."""
    # (the name's best-known reading first: a string's cached answer, most often no)
    if place.kind != "city" or best_known_country(clues.key) == place.country_code:
        return False
    if clues.top_prominence - prominence(place) <= PASSING_REACH:
        return False
    votes = clues.locality.division_share(place, clues.key)
    unsupported = (not votes or state_named_once(place, clues)) and _best_known_big(clues.key)
    return (unsupported or national(place, votes, clues)) and not county_pointed(place, clues)


def county_pointed(place: Place, clues: Clues) -> bool:
    """Whether the article names the town's county or other towns of it."""
    return clues.locality.county_pair(place, clues.key) or (
        clues.locality.county_share(place, clues.key) > 0
    )


@functools.lru_cache(maxsize=4096)
def best_known_country(key: str) -> str | None:
    """The country of the name's most prominent reading: the rule is for towns named after
    a city abroad ("Amsterdam", "Geneva"); between namesakes of one country ("West Point"
    of New York or of Pennsylvania) one mention of New York still tells them apart. (The
    ``nearby`` term of :mod:`~newsfacts_locations.resolve` asks it too: a big city named
    like a better-known one abroad takes that term.)"""
    readings = load().lookup(key)
    return max(readings, key=prominence).country_code if readings else None


@functools.lru_cache(maxsize=1024)  # a few names of states repeat in every article
def _state_and_big_city(name: str, division: tuple[str, str]) -> bool:
    """Whether ``name`` names the state ``division`` and a city of it of
    :data:`~newsfacts_locations.priors.BIG_CITY` people or more ("New York", "São Paulo")."""
    readings = [place for place in load().lookup(name) if division_of(place) == division]
    return any(place.kind == "admin" and not place.admin2 for place in readings) and any(
        place.kind == "city" and place.population >= BIG_CITY for place in readings
    )


def namesake_at_home(place: Place, clues: Clues) -> bool:
    """Whether a dateline's reading is a well-known city with a smaller namesake at home
    (:func:`at_home`), or that namesake: a local paper's dateline names its own town
    ("COLUMBUS --" in a story that names Nebraska twice is Columbus, Nebraska, not the
    capital of Ohio); a wire's a well-known city ("GENEVA (Reuters) -")."""
    for other in load().lookup(clues.key):
        if other.country_code != place.country_code or other.kind != "city":
            continue
        if place.population >= WELL_KNOWN_CITY > other.population and at_home(other, place, clues):
            return True
        if other.population >= WELL_KNOWN_CITY > place.population and at_home(place, other, clues):
            return True
    return False


def at_home(town: Place, city: Place, clues: Clues) -> bool:
    """Whether the article's other names vote for the town's state, a vote or more and more
    than half their votes for the states of its country, and for none of the city's: not a
    national story's state ("CHARLOTTE" in a story that quotes a senator of Vermont)."""
    divisions = clues.locality.divisions
    home = division_of(town)
    votes = divisions.others(home, clues.key) if home is not None else 0.0
    if votes < 1.0 or clues.locality.division_share(city, clues.key):
        return False
    country = sum(
        divisions.others(division, clues.key)
        for division in divisions.totals
        if division[0] == town.country_code
    )
    return 2 * votes > country
