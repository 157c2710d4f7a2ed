"""Where an article is set: the countries, states and counties its place names point to.

Computed once per document from the kept mentions, before any name is resolved. Each
mention votes for the countries, states and counties its readings lie in, its vote split
between them: "Kentucky" gives Kentucky a whole vote, "Gainesville" (a town in
Florida, Georgia, Texas and a few more states) a fraction to each, so that "Gainesville and
Duluth" points to Georgia, the one state both share. The shares follow the readings' priors
(:mod:`newsfacts_locations.priors`): "Berlin" votes for Germany, hardly for New Hampshire.
Some mentions say more than others:

* a dateline ("CHARLESTON, W.Va. --") is where the article was written: three votes;
* a qualified name ("Huntsville, Texas") names its state outright: two votes;
* any other mention: one vote.

Votes are kept per name, so that a name never supports its own reading, and one name counts
at most :data:`NAME_CAP` votes however often the article repeats it.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Generic, TypeVar

import attrs

from newsfacts_locations import priors, words
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.nearby import Neighbours

_K = TypeVar("_K", bound=Hashable)

DATELINE_WEIGHT = 3.0
QUALIFIED_WEIGHT = 2.0
MENTION_WEIGHT = 1.0
NAME_CAP = 3.0
# A share this small (a village among a name's twenty readings) moves no score: left out
CRUMB = 0.01

Division = tuple[str, str]  # country code, first-level division code
County = tuple[str, str, str]  # country code, division, county


@functools.cache  # pure: once per place
def division_of(place: Place) -> Division | None:
    """The state a place lies in; in the UK and Ireland, whose first-level divisions are
    too large to say where a local paper is (England, Leinster: ``coarse_divisions.txt``),
    its county."""
    code = place.country_code
    if not code or not place.admin1:
        return None
    if code in words.COARSE_DIVISIONS:
        return (code, f"{place.admin1}.{place.admin2}") if place.admin2 else None
    return (code, place.admin1)


@functools.cache  # pure: once per place
def region_of(place: Place) -> Division | None:
    """The first-level division of a place in the UK or Ireland ("England"): too large for
    resolving a name, enough for keeping a village named among other places there."""
    if place.country_code in words.COARSE_DIVISIONS and place.admin1:
        return (place.country_code, place.admin1)
    return None


@functools.cache  # pure: once per place
def county_of(place: Place) -> County | None:
    if place.country_code and place.admin1 and place.admin2:
        return (place.country_code, place.admin1, place.admin2)
    return None


def _country(place: Place) -> str | None:
    return place.country_code


def _tally(
    readings: Sequence[Place], shares: Sequence[float], where: Callable[[Place], _K | None]
) -> tuple[tuple[_K, float], ...]:
    """The shares of a name's readings, summed by where they lie (crumbs left out)."""
    found: dict[_K, float] = {}
    for place, share in zip(readings, shares, strict=True):
        entry = where(place)
        if entry is not None:
            found[entry] = found.get(entry, 0.0) + share
    return tuple((entry, share) for entry, share in found.items() if share >= CRUMB)


@attrs.frozen(repr=False, eq=False)
class Ballot:
    """Where one vote of a name goes, given its readings: computed once per set of readings."""

    countries: tuple[tuple[str, float], ...]  # the name is a country's
    within: tuple[tuple[str, float], ...]
    divisions: tuple[tuple[Division, float], ...]
    regions: tuple[tuple[Division, float], ...]
    counties: tuple[tuple[County, float], ...]
    named_counties: frozenset[County]
    town_counties: frozenset[County]


@functools.lru_cache(maxsize=8192)  # pure, and names repeat across articles
def ballot(readings: tuple[Place, ...]) -> Ballot:
    shares = priors.shares(readings)
    countries = all(place.kind == "country" for place in readings)
    coarse = any(place.country_code in words.COARSE_DIVISIONS for place in readings)
    counties = [(county_of(place), place.kind == "city") for place in readings]
    return Ballot(
        countries=_tally(readings, shares, _country) if countries else (),
        within=() if countries else _tally(readings, shares, _country),
        divisions=() if countries else _tally(readings, shares, division_of),
        regions=_tally(readings, shares, region_of) if coarse and not countries else (),
        counties=() if countries else _tally(readings, shares, county_of),
        named_counties=frozenset(c for c, town in counties if c is not None and not town),
        town_counties=frozenset(c for c, town in counties if c is not None and town),
    )


@attrs.define(repr=False)
class Votes(Generic[_K]):
    """Votes for countries, states or counties (entries), by voting name, with their totals."""

    by_entry: dict[_K, dict[str, float]] = attrs.field(factory=dict)
    totals: dict[_K, float] = attrs.field(factory=dict)
    #: The answers of :meth:`voters`, kept until the next vote: it is asked for readings
    #: scored, and a scan of every name that voted for an entry per question grew with the
    #: article's names (quadratic in a long article)
    _voters: dict[tuple[_K, float], tuple[tuple[str, float], ...]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    def vote(self, entries: Iterable[tuple[_K, float]], key: str, weight: float) -> None:
        self._voters.clear()
        for entry, share in entries:
            names = self.by_entry.setdefault(entry, {})
            before = names.get(key, 0.0)
            names[key] = after = min(before + share * weight, NAME_CAP)
            self.totals[entry] = self.totals.get(entry, 0.0) + after - before

    def capped(self, entries: Iterable[tuple[_K, float]], key: str) -> bool:
        """Whether the votes of ``key`` for every one of ``entries`` (voted for) are at
        :data:`NAME_CAP`: a vote there stays there, and adds nothing to the totals."""
        return all(self.by_entry[entry][key] >= NAME_CAP for entry, _ in entries)

    def voters(self, entry: _K, floor: float) -> tuple[tuple[str, float], ...]:
        """The names that give ``entry`` ``floor`` votes or more, with their votes, in the
        order they first voted for it."""
        found = self._voters.get((entry, floor))
        if found is None:
            names = self.by_entry.get(entry, {})
            found = tuple((name, votes) for name, votes in names.items() if votes >= floor)
            self._voters[(entry, floor)] = found
        return found

    def others(self, entry: _K | None, key: str) -> float:
        """The votes for ``entry`` from names other than ``key``."""
        if entry is None:
            return 0.0
        total = self.totals.get(entry)
        if not total:
            return 0.0
        return total - self.by_entry[entry].get(key, 0.0)


@attrs.define(repr=False)
class States(Votes[Division]):
    """Votes for states, and the states of each country that hold a vote or more."""

    #: The answers of :meth:`held`, kept until the next vote: asked for readings scored, a
    #: scan of every state per question grew with the article's names
    _held: dict[str | None, tuple[float, ...]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    def vote(self, entries: Iterable[tuple[Division, float]], key: str, weight: float) -> None:
        self._held.clear()
        super().vote(entries, key, weight)

    def held(self, country: str | None) -> tuple[float, ...]:
        """The votes for each state of ``country`` that holds a vote or more, in the order
        of :attr:`totals` (their sum is a scan's, to the last bit)."""
        found = self._held.get(country)
        if found is None:
            found = tuple(
                total
                for (code, _), total in self.totals.items()
                if code == country and total >= 1.0
            )
            self._held[country] = found
        return found


@attrs.define(repr=False)
class Locality:
    """Votes for the countries, divisions and counties of the article, by voting name.

    ``countries`` holds the countries named as such ("Georgia" the country, "U.S."); ``within``
    the countries the other places lie in.
    """

    countries: Votes[str] = attrs.field(factory=Votes)
    within: Votes[str] = attrs.field(factory=Votes)
    divisions: States = attrs.field(factory=States)
    regions: Votes[Division] = attrs.field(factory=Votes)
    counties: Votes[County] = attrs.field(factory=Votes)
    # every county named as such ("Henry County"), and every county a reading of a town
    # lies in, whatever the reading's prior: a town and its county named in one article
    # decide each other ("Paris … Henry County": Paris, Tennessee)
    named_counties: dict[County, set[str]] = attrs.field(factory=dict)
    town_counties: dict[County, set[str]] = attrs.field(factory=dict)
    #: The counties the article's names of counties were read as, once resolved (see
    #: :meth:`read_county`; None: not a county)
    counties_read: dict[str, set[County | None]] = attrs.field(factory=dict)
    #: The points of the towns and counties the article's names were read as, once read
    #: (:mod:`newsfacts_locations.nearby`, :mod:`newsfacts_locations.choices`)
    neighbours: Neighbours = attrs.field(factory=Neighbours)
    #: The points of the readings that may win for the article's ambiguous names, big
    #: cities' too, laid before any is read (:mod:`newsfacts_locations.choices`): two names
    #: with readings side by side ("Columbus" and "Harris County", both of Georgia) read
    #: each other so
    rivals: Neighbours = attrs.field(factory=lambda: Neighbours(far_known=math.inf))
    #: The names whose readings are laid as rivals: only those are read so
    rival_names: set[str] = attrs.field(factory=set)
    #: Whether the article gives a North American street address (its votes are in
    #: ``within``; see :mod:`newsfacts_locations.addresses`), kept for a recount
    addressed: bool = False
    #: The ballots each name has voted with, by name and ballot (kept with it), and whether
    #: its every vote there is at :data:`NAME_CAP`: that name's further mentions with it
    #: then change nothing, and are not counted ("in Red Oak, Iowa" a thousand times, each
    #: narrowed by its state).
    _cast: dict[tuple[str, int], tuple[Ballot, bool]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    def add(self, key: str, places: Iterable[Place], weight: float = MENTION_WEIGHT) -> None:
        """One mention of the name ``key`` whose readings are ``places``."""
        readings = tuple(places)
        if not readings:
            return
        vote = ballot(readings)
        known = self._cast.get((key, id(vote)))
        if known is None or known[0] is not vote:
            # most names vote once with their readings (their mentions' weights summed, see
            # readings.locality): whether their votes are at the cap is asked only of a name
            # that votes with them again
            self._count(key, vote, weight)
            self._cast[(key, id(vote))] = (vote, False)
        elif not known[1]:
            self._count(key, vote, weight)
            if self._at_cap(key, vote):
                self._cast[(key, id(vote))] = (vote, True)

    def _count(self, key: str, vote: Ballot, weight: float) -> None:
        for county in vote.town_counties:
            self.town_counties.setdefault(county, set()).add(key)
        for county in vote.named_counties:
            self.named_counties.setdefault(county, set()).add(key)
        # (a ballot names either countries or what lies within them, and most none of the
        # UK's regions: an empty part is no call)
        if vote.countries:
            self.countries.vote(vote.countries, key, weight)
        if vote.within:
            self.within.vote(vote.within, key, weight)
        if vote.divisions:
            self.divisions.vote(vote.divisions, key, weight)
        if vote.regions:
            self.regions.vote(vote.regions, key, weight)
        if vote.counties:
            self.counties.vote(vote.counties, key, weight)

    def _at_cap(self, key: str, vote: Ballot) -> bool:
        """Whether every vote of ``key`` on ``vote`` is at :data:`NAME_CAP` (the sets of
        counties hold the name already)."""
        return (
            self.countries.capped(vote.countries, key)
            and self.within.capped(vote.within, key)
            and self.divisions.capped(vote.divisions, key)
            and self.regions.capped(vote.regions, key)
            and self.counties.capped(vote.counties, key)
        )

    def country_named(self, place: Place, key: str) -> float:
        return self.countries.others(place.country_code, key)

    def country_share(self, place: Place, key: str) -> float:
        return self.within.others(place.country_code, key)

    def division_share(self, place: Place, key: str) -> float:
        return self.divisions.others(division_of(place), key)

    def region_share(self, place: Place, key: str) -> float:
        """The votes of other names for this place's nation in the UK or Ireland."""
        return self.regions.others(region_of(place), key)

    def county_share(self, place: Place, key: str) -> float:
        return self.counties.others(county_of(place), key)

    def division_total(self, place: Place) -> float:
        """Every vote for this place's state, its own name's included."""
        division = division_of(place)
        return self.divisions.totals.get(division, 0.0) if division is not None else 0.0

    def region_total(self, place: Place) -> float:
        """Every vote for this place's nation in the UK or Ireland."""
        region = region_of(place)
        return self.regions.totals.get(region, 0.0) if region is not None else 0.0

    def county_total(self, place: Place) -> float:
        county = county_of(place)
        return self.counties.totals.get(county, 0.0) if county is not None else 0.0

    def read_county(self, key: str, place: Place) -> None:
        """The name of counties ``key`` was resolved to ``place`` at one of its mentions."""
        county = county_of(place) if place.kind == "admin" else None
        self.counties_read.setdefault(key, set()).add(county)

    def county_pair(self, place: Place, key: str) -> bool:
        """Whether another name of the article is this town's county, or a town in this
        county. Once the names of counties are resolved (:meth:`read_county`), a town's
        county counts only as the article reads it: Greene County, Pennsylvania, is no
        pair for Rogersville, Pennsylvania, in a story from Springfield, Missouri, whose
        Greene County is Missouri's."""
        county = county_of(place)
        if county is None or place.kind not in ("city", "admin"):
            return False
        if place.kind == "admin":
            towns = self.town_counties.get(county)
            if not towns:  # most counties: no town of the article's in them (no sets made)
                return False
            return len(towns) > 1 or key not in towns
        names = self.named_counties.get(county)
        if not names:  # most towns: no name of their county (no generator made)
            return False
        return any(
            name != key and county in self.counties_read.get(name, (county,)) for name in names
        )

    def may_pair(self, place: Place) -> bool:
        """Whether a name of the article may be this town's county, or a town in this
        county, however the names are resolved: a bound on :meth:`county_pair`."""
        index = self.named_counties if place.kind == "city" else self.town_counties
        return place.kind in ("city", "admin") and county_of(place) in index

    def leading(self) -> float:
        """The votes for the article's leading state (or county in the UK and Ireland)."""
        areas = [*self.divisions.totals.values(), *self.regions.totals.values()]
        return max(areas, default=0.0)

    def local(self, key: str, places: Iterable[Place], threshold: float, leading: float) -> bool:
        """Whether other names of the article give one of these readings' states at least
        ``threshold`` votes, and at least half as many as the article's ``leading`` state:
        "Hinton" in an article about Alberta, not a "Clinton" in an article that names New
        York once among many other places; or whether the article names its county."""
        return any(
            ((votes := self._area_share(place, key)) >= threshold and votes >= leading / 2)
            or self.county_pair(place, key)
            for place in places
        )

    def _area_share(self, place: Place, key: str) -> float:
        return max(self.division_share(place, key), self.region_share(place, key))
