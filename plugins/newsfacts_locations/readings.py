"""The second pass: the kept mentions, the article's locality, and which mentions stand.

The locality (:mod:`newsfacts_locations.locality`) is built once, from the mentions that
stand on their own; mentions kept only on condition (small towns, common words) then stay
if another name of the article points to their state (:func:`stands`), and each mention is
resolved (:mod:`newsfacts_locations.choices`).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from typing import NamedTuple

from newsfacts.plugin import Check, decide
from newsfacts_locations import addresses
from newsfacts_locations.bodies import VOTING_COUNTRIES
from newsfacts_locations.context import MINOR_TOWN, VILLAGE, small_towns
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.locality import (
    DATELINE_WEIGHT,
    MENTION_WEIGHT,
    QUALIFIED_WEIGHT,
    Locality,
)
from newsfacts_locations.matching import Candidate
from newsfacts_locations.priors import BIG_CITY
from newsfacts_locations.qualifiers import Qualifier, fits_any
from newsfacts_locations.words import DIRECTIONS, PLURAL_STREETS

# votes from other names that keep a conditional mention: a whole unambiguous name, or a
# dateline, or two names that share the state among a few others
LOCAL_VOTES = 1.0
#: A state this big is the bare name before a village abroad named like it (_village_abroad)
BIG_STATE = 1_000_000


class Mention(NamedTuple):
    """A kept gazetteer name, with what its sentence says about it.

    (A named tuple, as :class:`~newsfacts_locations.matching.Candidate`: one is made for
    every place name kept.)
    """

    candidate: Candidate
    start: int  # may extend the candidate leftwards ("Southern California")
    qualifier: Qualifier | None
    supported: bool  # a preposition of place before it, or a qualifier after it
    pending: bool = False  # kept only if another place of its state is in the article
    dateline: bool = False
    # A politician's state or town after a party letter ("D-Calif."): no vote for the place
    # the article is about.
    affiliation: bool = False
    # A noun of a town's people right after it ("a Lebanon woman"): a town, not a country.
    residents: bool = False
    # A noun of divisions in lower case right after it ("Katsina state"): the division.
    division: bool = False
    # The states and countries its sentence opens with ("In Vermont, police in Essex"), as
    # (country code, division code or ""): see sentence_settings.py.
    setting: frozenset[tuple[str, str]] = frozenset()

    @property
    def readings(self) -> tuple[Place, ...]:
        """Its places, narrowed to those its qualifier holds ("Huntsville, Texas")."""
        places = self.candidate.places
        if self.qualifier is None:
            return places
        qualifiers = self.qualifier.places
        held = tuple([p for p in places if fits_any(p, qualifiers)])
        return held or places

    @property
    def weight(self) -> float:
        if self.dateline:
            return DATELINE_WEIGHT
        return QUALIFIED_WEIGHT if self.qualifier is not None else MENTION_WEIGHT


def voter(key: str) -> str:
    """The name a mention votes under in the locality: a city's own name is the city's
    ("City of London": London, whose readings its votes never support), and a county's
    name is its short name's ("Madison County": Madison). Local news writes a county's name
    short for its bodies ("Madison Circuit Judge", "DeKalb police"): the towns of that name
    vote for the counties of that name that hold one, and would decide them ("Madison
    County" in a story of Kentucky, whose county holds no town Madison, was Illinois's)."""
    return key.removeprefix("City of ").removesuffix(" County")


def locality(
    mentions: Sequence[Mention],
    bodies: Sequence[tuple[str, tuple[Place, ...]]] = (),
    read: Mapping[str, tuple[Place]] | None = None,
    *,
    addressed: bool = False,
) -> Locality:
    """The article's locality: the votes of the mentions, and of the states named by its
    public bodies (``bodies``: :func:`~newsfacts_locations.bodies.state_votes`), one each.
    ``read``: the names whose mentions vote for the one place they were read as, by voting
    name (see :mod:`newsfacts_locations.states_read`); ``addressed``: whether the article
    gives a street address as North American news writes it, which votes for the US and
    Canada (see :mod:`newsfacts_locations.addresses`)."""
    # a name repeated with the same readings votes once with the weights summed (the same
    # votes, split once)
    weights: dict[tuple[str, int], float] = {}
    readings: dict[int, tuple[Place, ...]] = {}
    for mention in mentions:
        if not (mention.pending or mention.affiliation):
            places = mention.readings
            if read and (one := read.get(voter(mention.candidate.key))) and one[0] in places:
                places = one
            readings[id(places)] = places  # by identity: hashing every place costs more
            name = (voter(mention.candidate.key), id(places))
            weights[name] = weights.get(name, 0.0) + mention.weight
    found = Locality(addressed=addressed)
    if addressed:
        found.within.vote(addresses.COUNTRIES, addresses.KEY, addresses.WEIGHT)
    for (key, places_id), weight in weights.items():
        found.add(key, readings[places_id], weight)
    for key, places in bodies:
        found.add(key, places)
    return found


class Pending(NamedTuple):
    """A mention kept on condition, and the article's locality that decides it (a named
    tuple: one is made for every mention kept on condition)."""

    mention: Mention
    setting: Locality
    leading: float  # the votes of the article's leading state
    standing: frozenset[str]  # the names the article keeps unconditionally
    #: The locality's answers by name and places (by identity: the mentions hold them), as
    #: a name repeated is asked again and the locality no longer changes.
    answers: dict[tuple[str, int], bool]
    #: The countries of the places kept unconditionally that it is listed with ("Rome, Milan
    #: and Florence")
    listed_with: frozenset[str] = frozenset()
    #: The names the article keeps unconditionally with a qualifier ("Norman, Okla.")
    qualified: frozenset[str] = frozenset()
    #: The common names the article writes as places with support ("a fire in Troy" ...
    #: "Troy Fire Department"): see :func:`newsfacts_locations.choices.resolve`
    placed: frozenset[str] = frozenset()


def _standing(pending: Pending) -> bool:
    """A small town or a name kept with a qualifier elsewhere ("Norman, Okla."), or a common
    name the article writes as a place twice ("a fire in Troy" ... "the Troy Fire
    Department" ... "Troy has two fire stations": :func:`placed_names`)."""
    key = pending.mention.candidate.key
    if key in pending.placed:
        return True
    return key in pending.standing and (
        key in pending.qualified or small_towns(pending.mention.candidate.places, MINOR_TOWN)
    )


def _local(pending: Pending) -> bool:
    candidate = pending.mention.candidate
    question = (candidate.key, id(candidate.places))
    answer = pending.answers.get(question)
    if answer is None:
        answer = pending.answers[question] = pending.setting.local(
            voter(candidate.key), candidate.places, LOCAL_VOTES, pending.leading
        )
    return answer


def _listed(pending: Pending) -> bool:
    return any(
        p.kind == "city" and p.country_code in pending.listed_with
        for p in pending.mention.candidate.places
    )


#: Does a pending mention (a small town, a common word that is a place) stand?
PENDING_CHECKS: tuple[Check[Pending], ...] = (
    Check(
        "name-standing",
        _standing,
        "keep",
        'a small town whose name the article keeps elsewhere ("Tom Reilly, 52, of '
        'Ballymote" ... "Ballymote is quiet")',
    ),
    Check(
        "listed-with-places",
        _listed,
        "keep",
        'listed with places of its country kept on their own ("Rome, Milan and Florence")',
    ),
    Check(
        "state-named",
        _local,
        "keep",
        "other names of the article point to its state (or the article names its county)",
    ),
)


def placed_names(mentions: Sequence[Mention], text: str, people: Set[str]) -> frozenset[str]:
    """The names the article writes as places with support at least :data:`PLACED_TIMES`
    times, not as a possessive ("in Obama's cabinet" is a person's) nor as the name of one
    of its people (``people``: "Mayor Ann Quincy"): a common name so written ("a fire in
    Troy", "Troy Fire Department") is the place at its unsupported mentions too ("Troy has
    two stations"); once may be a slip ("the candidate from Jackson ...")."""
    times = Counter(
        m.candidate.key
        for m in mentions
        if m.supported
        and not m.pending
        and m.candidate.key not in people
        and text[m.candidate.end : m.candidate.end + 2] not in _POSSESSIVES
    )
    return frozenset(key for key, count in times.items() if count >= PLACED_TIMES)


#: How many supported mentions make a common name the article's place (:func:`placed_names`)
PLACED_TIMES = 2
_POSSESSIVES = ("'s", "’s")


def stands(
    mention: Mention,
    setting: Locality,
    leading: float,
    standing: frozenset[str],
    answers: dict[tuple[str, int], bool],
    listed: dict[int, frozenset[str]],
    qualified: frozenset[str] = frozenset(),
    placed: frozenset[str] = frozenset(),
) -> bool:
    if not mention.pending:
        return True
    candidate = mention.candidate
    subject = Pending(
        mention,
        setting,
        leading,
        standing,
        answers,
        listed.get(mention.start, frozenset()),
        qualified,
        placed,
    )
    outcome = decide(
        PENDING_CHECKS, subject, default="drop", start=candidate.start, end=candidate.end
    )
    return outcome == "keep"


# What stands between two names of one list: "Georgia and South Carolina", "Ohio, Indiana"
LIST_JOINS = frozenset({" and ", " or ", ", ", ", and ", ", or ", " & "})


def _state_countries(places: Sequence[Place]) -> frozenset[str]:
    """The country whose state every reading is ("South Carolina": the US), if one; a city
    named after the state, in a country whose villages the gazetteer does not list, does not
    count ("Arizona", a town of Honduras: "Georgia and Arizona" are two states; but the
    villages of the US named after English counties do: "Cornwall and Kent" of Connecticut)."""
    states = [p for p in places if p.kind == "admin" and not p.admin2]
    codes = {p.country_code for p in states}
    if len(codes) != 1 or any(
        p not in states
        and not _city_abroad(p, codes)
        and not _state_namesake(p, states)
        and not _village_abroad(p, states)
        for p in places
    ):
        return frozenset()
    return frozenset(code for code in codes if code)


def _state_namesake(place: Place, states: Sequence[Place]) -> bool:
    """A town of another state of the state's country named like the state, smaller than a
    big city: the bare name is the state ("California and Washington": not California,
    Maryland; but Washington, D.C., is no such town, and "Washington" makes no list of
    states; nor is a US village named after an English county: "Cornwall and Kent" of
    Connecticut)."""
    return (
        place.kind == "city"
        and place.population < BIG_CITY
        and all(
            place.country_code == state.country_code and place.admin1 != state.admin1
            for state in states
        )
    )


def _village_abroad(place: Place, states: Sequence[Place]) -> bool:
    """A village of another country, below :data:`VILLAGE`, named like states of over
    :data:`BIG_STATE` people: the bare name is the state ("California or Washington": not
    the Scottish village of California, 830 people; but "Cornwall and Kent", English
    counties of no people in the gazetteer, stay blocked by Connecticut's villages)."""
    return (
        place.kind == "city"
        and place.population < VILLAGE
        and all(
            place.country_code != state.country_code and state.population >= BIG_STATE
            for state in states
        )
    )


def _city_abroad(place: Place, codes: set[str | None]) -> bool:
    """A city outside the states' country and the countries of listed villages."""
    return (
        place.kind == "city"
        and place.country_code not in codes
        and place.country_code not in VOTING_COUNTRIES
    )


def list_partners(mentions: Sequence[Mention], text: str) -> dict[int, frozenset[str]]:
    """For the mentions listed next to a name that can only be a state: the countries of
    those states, by the mention's start ("parts of Georgia and South Carolina": the US)."""
    partners: dict[int, frozenset[str]] = {}
    known: dict[tuple[int, int], frozenset[str]] = {}  # see _listed_states
    ordered = sorted(mentions, key=lambda m: m.start)
    for left, right in itertools.pairwise(ordered):
        if text[left.candidate.end : right.start] not in LIST_JOINS:
            continue
        for this, other in ((left, right), (right, left)):
            countries = _listed_states(other, known)
            if countries:
                partners[this.start] = partners.get(this.start, frozenset()) | countries
    return partners


def _listed_states(
    mention: Mention, known: dict[tuple[int, int], frozenset[str]]
) -> frozenset[str]:
    """:func:`_state_countries` of the mention's readings, read once per places and
    qualifier's places (by identity: the mentions hold them; a list repeated, "in Red Oak,
    Iowa" a thousand times, narrows the same readings again at each pair)."""
    qualifier = mention.qualifier
    question = (id(mention.candidate.places), 0 if qualifier is None else id(qualifier.places))
    countries = known.get(question)
    if countries is None:
        countries = known[question] = _state_countries(mention.readings)
    return countries


# What joins the last two names of a list ("Rome, Milan and Florence"); not a comma alone,
# which also sets off a qualifier or an aside ("Bear, Stearns & Co.")
_LAST_JOINS = frozenset({" and ", " or ", ", and ", ", or "})


def listed_with_standing(mentions: Sequence[Mention], text: str) -> dict[int, frozenset[str]]:
    """For the pending mentions joined in a list to a town or division kept unconditionally:
    the countries of that one's towns and divisions, by the pending mention's start."""
    found: dict[int, frozenset[str]] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for left, right in itertools.pairwise(ordered):
        if (
            left.pending == right.pending
            or text[left.candidate.end : right.start] not in _LAST_JOINS
        ):
            continue
        this, other = (left, right) if left.pending else (right, left)
        if this.candidate.key in DIRECTIONS or _plural_street_after(text, right.candidate.end):
            continue  # "daughters North and Chicago", "Lakeview and Harrison streets"
        countries = frozenset(
            p.country_code for p in other.readings if p.country_code and p.kind in ("city", "admin")
        )
        found[this.start] = found.get(this.start, frozenset()) | countries
    return found


def _plural_street_after(text: str, end: int) -> bool:
    word = text[end + 1 : end + 12].partition(" ")[0].rstrip(".,;:")
    return text[end : end + 1] == " " and word in PLURAL_STREETS
