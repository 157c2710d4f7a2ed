"""Choose one place for an ambiguous name: kind, population, qualifiers, the article's locality.

"Paris" is the French capital unless the article qualifies it ("Paris, Texas") or is set in
Texas; "Georgia" is the country unless the article's other places are in the US state's
neighbourhood. Each reading gets a score, the sum of the named terms in :data:`TERMS`, in
this order:

``prominence``
    1.5 × log10(population) plus a bonus by kind (countries, continents and regions are the
    usual referents of a bare name; a state named like a city of half a million yields to
    the city: "Washington", "New York"; not to a smaller one: "Wyoming", "Ontario").
``qualified``
    +20 when the state, county or country named right after it holds it ("Paris, Texas",
    "Mobile, Ala.", "Clinton, Hunterdon County"): it decides. Up to 3 more the nearer a town
    lies to the point of a county of Britain or Ireland that qualifies it (its towns carry
    no code of it: :mod:`newsfacts_locations.county_reach`): "Ashford, Surrey" is the Surrey
    town, not the larger Ashford of Kent.
``qualifying``
    +20 when it holds the place named right before it ("Atlanta, Georgia": the state; a
    state or a country only: "Albany, New York" is the state, not the city).
``listed with states``
    +5 for a state listed next to a name that can only be a state of its country ("parts of
    Georgia and South Carolina": the US state, not the country; "Washington and Oregon").
``division noun``
    -20 for a town when a noun of divisions follows the name in lower case ("Katsina state",
    "Idlib province", "western New York state": ``words.DIVISION_NOUNS``; a US state's
    party, line or government: "the New York border", ``state_party_words.txt``); the other
    readings keep their scores ("the Gulf region" stays the Persian Gulf).
``residents``
    -10 for a country before a noun of a town's people ("a Lebanon woman", "Jordan
    residents": ``resident_nouns.txt``): news writes "a Lebanese woman"; the town wins. So
    for a town abroad in a North American local paper's story that names nothing in its
    country ("Paris firefighters" at "4410 Lamar Ave.", "Dublin High School" beside
    Joliet: :func:`~newsfacts_locations.addresses.local_story`).
``dateline town``
    +4 for a town opening a dateline ("JERUSALEM (AP) —", "LUXEMBOURG (Reuters) -"): a
    reporter files from a town, not from a division or a country of its name; +3 more for a
    city above 100,000 people there with no qualifier: a wire names a well-known city alone
    ("GENEVA (Reuters) -" in an article about U.S. tariffs); not in a story that gives a North
    American street address (:mod:`newsfacts_locations.addresses`), a local paper's; the
    +3 goes to a smaller namesake in the state the article votes for instead
    (:func:`~newsfacts_locations.state_city.namesake_at_home`: "COLUMBUS --" beside Nebraska).
``country named``
    +1.5 when the article names its country elsewhere.
``same country``
    the article's votes for its country (see :mod:`newsfacts_locations.locality`), up to 3.
    Neither for a town named in passing in a national story, far below its name's
    best-known reading abroad (:func:`~newsfacts_locations.state_city.in_passing`): "the
    bombing in Paris" in a campaign story is the French capital, not Paris, Texas.
``sentence setting``
    +6 for a town in the state its sentence opens with ("In Massachusetts, officials in
    Essex said": Essex, Massachusetts, under a London dateline too), +3 for one in its
    country within 3 of the name's most prominent reading (see
    :mod:`newsfacts_locations.sentence_settings`).
``same state``
    up to +3 (+5 for the state itself: "Atlanta … Georgia") for the first vote for its state,
    then +0.5 for each further vote, up to +2 more: in local news the paper's own state wins
    over a larger namesake elsewhere ("Alexandria" in an article about Louisiana). Not a
    town more than :data:`STATE_REACH` below the name's most prominent reading, unless the
    article points to its county too ("London" in an article naming Cupertino); nor, in a
    national story (:func:`~newsfacts_locations.state_city.national`), one named after a
    place abroad ("Paris" in a
    campaign story that names Dallas among other states' places), nor one far below a
    namesake abroad whose state one mention of the state's own name alone votes for
    (:func:`~newsfacts_locations.state_city.state_named_once`).
``same region``
    in the UK and Ireland, whose states are counties here (see
    :func:`~newsfacts_locations.locality.division_of`): the same for a town's nation, scored
    as a state is ("Cambridge" in an article naming England and Kentford is the English
    city, not Cambridge, Ontario); but only between namesakes of like standing, within
    :data:`REGION_REACH` of the most prominent reading: a nation is large, and "Washington"
    in a British article is still the US capital, not the English town.
``same county``
    +6 for a town in a county the article names ("Paris … Henry County": Paris, Tennessee,
    over Paris, France), +3 for a county that holds a town the article names, whatever their
    size; else up to +3 for a town in a county the article's other towns point to. A town's
    county counts as the article reads it (the names of counties are resolved first:
    :meth:`~newsfacts_locations.locality.Locality.county_pair`).
``nearby``
    +3 for a town or county within 50 km of a town or county another name of the article
    was read as (:mod:`newsfacts_locations.nearby`; every name is read once without this
    term, then again with it: :mod:`newsfacts_locations.choices`), whatever state either
    lies in: "Gainesville" beside Sherman is Gainesville, Texas, not the larger Gainesville
    of Florida; "Montgomery" beside Belle Plaine the Minnesota town. Not a town more than
    :data:`NEARBY_REACH` below the name's most prominent reading (a population about a
    hundred times smaller; a big city's bonus left out: "Manhattan" beside Junction City is
    the Kansas town), nor a city above 250,000 people, which is named from afar in its own
    country; unless the name's best-known reading lies abroad: "London" beside Tavistock and
    Woodstock is London, Ontario.
``paired``
    +3 for a reading within 50 km of a reading that may win for another ambiguous name (see
    :func:`~newsfacts_locations.contest.contenders`), when ``nearby`` gives nothing: two
    names that can each be read beside the other are so read ("Columbus" and "Harris
    County": both of Georgia, not Columbus, Ohio, and the Texas county), big cities too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from newsfacts_locations import priors
from newsfacts_locations.addresses import COUNTRIES as ADDRESS_COUNTRIES
from newsfacts_locations.addresses import local_story
from newsfacts_locations.county_reach import closeness
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.home_state import home_state
from newsfacts_locations.locality import Locality
from newsfacts_locations.nearby import FAR_KNOWN
from newsfacts_locations.qualifiers import QUALIFYING_KINDS, fits
from newsfacts_locations.sentence_settings import setting
from newsfacts_locations.state_city import (
    WELL_KNOWN_CITY,
    best_known_country,
    big_cities_only,
    county_pointed,
    in_passing,
    namesake_at_home,
    national,
    state_city_once,
    state_named_once,
)

QUALIFIER_BONUS = 20.0
LISTED_STATE_BONUS = 5.0
RESIDENTS_COUNTRY_PENALTY = -10.0
COUNTRY_NAMED_BONUS = 1.5
SAME_COUNTRY_CAP = 3.0
STATE_BONUS = 5.0  # the state itself
SAME_STATE_BONUS = 3.0  # a town or county in it
FURTHER_VOTE_BONUS = 0.5
FURTHER_VOTES_CAP = 4.0
SAME_COUNTY_BONUS = 3.0
NAMED_COUNTY_BONUS = 6.0  # a town in a county the article names as such
NEARBY_BONUS = 3.0  # a town near the article's other places
PAIRED_BONUS = 3.0  # a reading beside another ambiguous name's (when not nearby already)
DATELINE_TOWN_BONUS = 4.0
DATELINE_CITY_BONUS = 3.0  # more for a well-known city opening a dateline with no qualifier
#: The countries a North American street address points to (the ``residents`` term)
ADDRESSED = frozenset(code for code, _ in ADDRESS_COUNTRIES)
# How far below the name's most prominent reading (in prominence: 2 is a population about
# twenty times smaller) a reading still takes its nation's votes in the UK and Ireland
REGION_REACH = 2.0
# How far below the name's most prominent reading a town still takes its state's votes
# unless the article points to its county too: a village of 2,000 people is not the "London"
# of an article that names one more Californian town (London, England is 7 points above it),
# nor Havana, Florida the "Havana" of an article about Miami and Cuba; Lebanon,
# Pennsylvania is the "Lebanon" of an obituary naming Myerstown and Grantville
STATE_REACH = 6.0
# How far below the name's most prominent reading a town still takes the nearby term
# (priors.NEARBY_REACH, shared with the sentence setting term)
NEARBY_REACH = priors.NEARBY_REACH
# How far below its name's most prominent reading a town near two of the article's other
# names still counts as near: a population about ten thousand times smaller
WIDE_REACH = 6.0


class Clues(NamedTuple):
    """What the article says about one mention of the name ``key`` (a named tuple: one is
    made for each name resolved, two for an ambiguous one, and a frozen attrs class cost
    twice as much to make)."""

    key: str
    locality: Locality
    qualifier: tuple[Place, ...] = ()  # named right after it: "Paris, Texas"
    qualified: tuple[Place, ...] = ()  # the readings of the place it qualifies
    # the countries of the states listed next to it: "Georgia and South Carolina"
    listed_with_states: frozenset[str] = frozenset()
    # a noun of a town's people right after it: "a Lebanon woman"
    residents: bool = False
    # and opens a local body's or a school's name: "Vienna Police", "Dublin High School"
    local_body: bool = False
    # it qualifies a town the gazetteer lacks ("near Pembroke, New York"): a state, not a city
    qualifies_unknown_town: bool = False
    # it opens a dateline ("JERUSALEM (AP) —"): where a reporter files from, a town
    dateline: bool = False
    # a noun of divisions in lower case right after it: "Katsina state"
    division: bool = False
    # the states and countries its sentence opens with: "In Vermont, police in Essex"
    setting: frozenset[tuple[str, str]] = frozenset()
    # the prominence of the name's most prominent reading (set by contest.topped)
    top_prominence: float = 0.0


def prominence(place: Place, clues: Clues) -> float:
    return priors.prominence(place)


def qualified(place: Place, clues: Clues) -> float:
    if not clues.qualifier or not any(fits(place, other) for other in clues.qualifier):
        return 0.0
    # of the towns a county of Britain or Ireland holds, the nearer: "Ashford, Surrey"
    return QUALIFIER_BONUS + closeness(place, clues.qualifier)


def qualifying(place: Place, clues: Clues) -> float:
    """A qualifier holds a reading of the name it qualifies; when that names a town the
    gazetteer lacks ("near Pembroke, New York"), the qualifier is a state, not a city."""
    if clues.qualifies_unknown_town:
        return QUALIFIER_BONUS if place.kind == "admin" and not place.admin2 else 0.0
    # a town holds no other town: "Albany, New York" is the state, not New York City, though
    # both have New York's code
    if not clues.qualified or place.kind not in QUALIFYING_KINDS:
        return 0.0
    return QUALIFIER_BONUS if any(fits(other, place) for other in clues.qualified) else 0.0


def listed_with_states(place: Place, clues: Clues) -> float:
    if place.kind != "admin" or place.admin2 or not clues.listed_with_states:
        return 0.0
    return LISTED_STATE_BONUS if place.country_code in clues.listed_with_states else 0.0


def division_noun(place: Place, clues: Clues) -> float:
    return -QUALIFIER_BONUS if clues.division and place.kind == "city" else 0.0


def residents(place: Place, clues: Clues) -> float:
    """A town's people or services after the name ("a Lebanon woman", "Berea police",
    "Dublin High School"): not a country or a division of one that the article names nothing
    else in ("Kenya police" in an article about Nairobi stays the country's); nor a town
    abroad in a North American local paper's story that names nothing in its country
    ("Dublin police" in a story that names Cork or Ireland stay Irish)."""
    if not clues.residents:
        return 0.0
    locality = clues.locality
    if place.kind == "country" or (place.kind == "admin" and not place.admin2):
        return 0.0 if locality.country_share(place, clues.key) else RESIDENTS_COUNTRY_PENALTY
    if place.kind != "city" or place.country_code in ADDRESSED:
        return 0.0
    if not local_story(locality, clues.key, clues.local_body):
        return 0.0
    if locality.country_share(place, clues.key) or locality.country_named(place, clues.key):
        return 0.0
    return RESIDENTS_COUNTRY_PENALTY


def dateline_town(place: Place, clues: Clues) -> float:
    if not clues.dateline or place.kind != "city":
        return 0.0
    # a wire's dateline names a well-known city alone: "GENEVA (Reuters) -"; a local
    # paper's, whose story gives a street address or names the state of a smaller namesake
    # of the city, its own town ("MANSFIELD —" of Texas, "COLUMBUS --" of Nebraska)
    if clues.qualifier:
        return DATELINE_TOWN_BONUS
    if namesake_at_home(place, clues):
        known = place.population < WELL_KNOWN_CITY  # the namesake at home takes the bonus
    else:
        known = place.population >= WELL_KNOWN_CITY and not clues.locality.addressed
    return DATELINE_TOWN_BONUS + (DATELINE_CITY_BONUS if known else 0.0)


def country_named(place: Place, clues: Clues) -> float:
    if in_passing(place, clues):
        return 0.0
    return COUNTRY_NAMED_BONUS if clues.locality.country_named(place, clues.key) > 0 else 0.0


def same_country(place: Place, clues: Clues) -> float:
    if in_passing(place, clues):
        return 0.0
    return min(clues.locality.country_share(place, clues.key), SAME_COUNTRY_CAP)


def same_state(place: Place, clues: Clues) -> float:
    votes = clues.locality.division_share(place, clues.key)
    if not votes:  # no other name votes for its state (most readings): the bonus is 0.0
        return 0.0
    state = place.kind == "admin" and not place.admin2
    if not state and _far_below(place, clues) and not county_pointed(place, clues):
        return 0.0
    if not state and national(place, votes, clues) and not county_pointed(place, clues):
        return 0.0
    if not state and (state_city_once(place, clues) or big_cities_only(place, clues)):
        return 0.0  # "Officials in New York said ... in Amsterdam": the Dutch city
    if not state and state_named_once(place, clues):
        return 0.0  # "Sen. Jane Roe of Texas" beside "the floods in Paris": the French city
    return area_bonus(votes, STATE_BONUS if state else SAME_STATE_BONUS)


def _far_below(place: Place, clues: Clues) -> bool:
    return clues.top_prominence - priors.prominence(place) > STATE_REACH


def area_bonus(votes: float, first: float) -> float:
    """``first`` for the first vote for an area (a state, a nation), then
    :data:`FURTHER_VOTE_BONUS` for each further vote, up to :data:`FURTHER_VOTES_CAP` of them."""
    return first * min(votes, 1.0) + FURTHER_VOTE_BONUS * min(
        max(votes - 1.0, 0.0), FURTHER_VOTES_CAP
    )


def same_region(place: Place, clues: Clues) -> float:
    if place.kind == "admin" and not place.admin2:
        return 0.0  # England itself: its mention is no vote for it
    if clues.top_prominence - priors.prominence(place) > REGION_REACH:
        return 0.0
    return area_bonus(clues.locality.region_share(place, clues.key), SAME_STATE_BONUS)


def nearby(place: Place, clues: Clues) -> float:
    """:data:`NEARBY_BONUS` for a town or county within
    :data:`~newsfacts_locations.nearby.NEAR_KM` of a place another name of the article was
    read as, whatever state it lies in ("Gainesville" beside Sherman: Gainesville, Texas);
    not for a town more than :data:`NEARBY_REACH` below the name's most prominent reading,
    whatever else the article says of it, nor for a city above 250,000 people ("New York"
    in a list of states stays the state, whatever town of Long Island the story names)
    unless its name's best-known reading lies in another country: the towns beside it tell
    it from that namesake ("London" beside Tavistock and Woodstock, Ontario). A town beside
    two other names reaches :data:`WIDE_REACH` below ("Virginia" beside Bailieborough and
    Ballinagh: the Irish town, not the US state)."""
    if place.population >= FAR_KNOWN and best_known_country(clues.key) == place.country_code:
        # a well-known city is named from afar in its own country: nearness says nothing of
        # it; but "London" beside Woodstock and Tavistock is the city of Ontario, not the
        # better-known capital abroad
        return 0.0
    neighbours = clues.locality.neighbours
    if within_reach(place, clues):
        return NEARBY_BONUS if neighbours.near(place, clues.key) else 0.0
    # a village beside two of the article's towns is theirs, however far below its name's
    # best-known reading: "Bailieborough, Ballinagh and Virginia" (County Cavan)
    if (
        clues.top_prominence - priors.prominence(place) <= WIDE_REACH
        and neighbours.near(place, clues.key)
        and neighbours.names_near(place, clues.key) >= 2
    ):
        return NEARBY_BONUS
    return 0.0


def within_reach(place: Place, clues: Clues) -> bool:
    """Whether the reading lies within :data:`NEARBY_REACH` of the name's most prominent,
    reckoned by people and kind: a big city's bonus over the states of its name
    (:func:`~newsfacts_locations.priors.big_city_lead`) widens the reach by as much, so that
    "Manhattan" beside Junction City is Manhattan, Kansas (26 times smaller than New York's
    borough), and "Columbus" beside Schuyler the Nebraska town, while "Cleveland" (no big
    city by that measure) beside Fort Myers stays the Ohio city, 130 times larger than
    Cleveland, Florida."""
    reach = NEARBY_REACH + priors.big_city_lead(clues.key)
    return clues.top_prominence - priors.prominence(place) <= reach


def paired(place: Place, clues: Clues) -> float:
    """:data:`PAIRED_BONUS` for a reading within
    :data:`~newsfacts_locations.nearby.NEAR_KM` of a reading that may win for another
    ambiguous name of the article (:attr:`~newsfacts_locations.locality.Locality.rivals`),
    big cities too, when the ``nearby`` term gives nothing: "Columbus" and "Harris County"
    in one story are Columbus, Georgia, and the Georgia county beside it, not Columbus,
    Ohio, and the county of Houston, each name's largest reading alone. Only for a name
    laid as a rival itself (its readings that may win: two or three, towns or counties of
    one country, within :data:`NEARBY_REACH` of its most prominent; see
    :func:`~newsfacts_locations.choices.resolve`): "Philadelphia" stays the city beside
    whatever village of New York another name may be."""
    if clues.key not in clues.locality.rival_names or nearby(place, clues):
        return 0.0  # (a name of many readings, one of which lies beside another's by chance)
    return PAIRED_BONUS if clues.locality.rivals.near(place, clues.key) else 0.0


def same_county(place: Place, clues: Clues) -> float:
    if clues.locality.county_pair(place, clues.key):
        return NAMED_COUNTY_BONUS if place.kind == "city" else SAME_COUNTY_BONUS
    if place.kind != "city":
        return 0.0
    return SAME_COUNTY_BONUS * min(clues.locality.county_share(place, clues.key), 1.0)


#: A term of a reading's score
Term = Callable[[Place, Clues], float]

# A name read again keeps the sum of every term but the last two (contest.Kept): a new term
# that reads the points laid goes last, one that reads other answers must be asked in Kept.
TERMS: tuple[tuple[str, Term], ...] = (
    ("prominence", prominence),
    ("qualified", qualified),
    ("qualifying", qualifying),
    ("listed with states", listed_with_states),
    ("division noun", division_noun),
    ("residents", residents),
    ("dateline town", dateline_town),
    ("country named", country_named),
    ("same country", same_country),
    ("sentence setting", setting),
    ("home state", home_state),
    ("same state", same_state),
    ("same region", same_region),
    ("same county", same_county),
    ("nearby", nearby),
    ("paired", paired),
)
_ALL_TERMS = tuple(term for _, term in TERMS)


def score(place: Place, clues: Clues, terms: Sequence[Term] = ()) -> float:
    """The sum of the terms of a reading's score, in order; ``terms``: those that may give
    the name anything (see :data:`~newsfacts_locations.contest.NEEDS`), all if none given (a
    term left out gives 0: the sum is the same)."""
    total = 0.0
    for term in terms or _ALL_TERMS:
        total += term(place, clues)
    return total


def explain(place: Place, clues: Clues) -> dict[str, float]:
    """Each term's share of a reading's score, by name: why a reading won or lost."""
    return {name: round(term(place, clues), 2) for name, term in TERMS}
