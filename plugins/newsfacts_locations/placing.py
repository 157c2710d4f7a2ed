"""Where the streets, landmarks and natural features :mod:`newsfacts_locations.streets`
reads stand.

Such a place gets the point and country of the town it is in: the town right after it
("Atlantic Avenue in Garden City", "the Toxteth district of Liverpool"), else the nearest
town named before it in the article, else the first after it (a town of the article's
country, where it has one: :func:`main_country`; else one in its own paragraph); with no
such town it has no point. A place whose possessive it follows owns it ("Russia's
Kamchatka Peninsula": the country only, unless a town). A landmark named after a big city
(:data:`TOWN_NAMED`: "Newark Liberty International Airport", "Dallas Love Field") stands in
that city, wherever the article is; so does a township, a few miles across, around or
beside its town ("Jerome Township": ``street_words.txt``). A natural feature
(``feature_words.txt``: "Neches River", "Yosemite National Park") gets no point: a river or a
forest reaches far beyond any one town; and only the country of a place right after it, or
else of the article (:func:`main_country`).
"""

from __future__ import annotations

import bisect
import collections
from collections.abc import Callable, Container, Sequence
from typing import NamedTuple

from newsfacts.plugin import VENUE_WORDS, Location, compiled
from newsfacts_locations.context import well_known
from newsfacts_locations.gazetteer import Gazetteer, Place
from newsfacts_locations.nearby import NEAR_KM, km
from newsfacts_locations.priors import prominence
from newsfacts_locations.streets import natural
from newsfacts_locations.words import AMBIGUOUS, PERSON_NAMESAKES, STREET_WORDS

# Landmarks that usually bear the name of the city they serve: "Denver International
# Airport", "Dallas Love Field", "Newark Penn Station", and a cathedral the name of its see:
# "Liverpool Cathedral" (was the point of the town named before it: Manchester's).
TOWN_NAMED = VENUE_WORDS | {"Airport", "Station", "Cathedral"}


def place_streets(
    text: str,
    spans: Sequence[tuple[int, int]],
    found: Sequence[Location],
    named_after: Callable[[str, str | None], Place | None] = lambda name, country: None,
    held: Sequence[Location] = (),
    big: Callable[[str], bool] = lambda name: True,
    listed: Container[tuple[int, int]] = frozenset(),
) -> list[Location]:
    """Locations for street ``spans``, placed in the nearest town of ``found``;
    ``named_after``: the city a landmark's name opens, if any, given the article's country;
    ``held``: the places that open a feature's name (see :func:`outside_features`), whose
    country it takes ("Mobile Bay": the US); ``big``: whether a name is a big city's (see
    :func:`_lends_point`); ``listed``: the spans of a list a plural street word ends, streets
    whatever their last word ("Harwick Hills and Birch roads": no range of hills)."""
    towns = sorted((f for f in found if f.kind == "city"), key=lambda f: f.start)
    starts = [town.start for town in towns]
    # A bare person-like town lends no point to a street named apart from it: a street named
    # "Franklin" or "Jackson" by itself is more often another street than a town of that name
    # somewhere else (see :func:`_lends_point`)
    points = Points.of(found)
    lenders = [town for town in towns if _lends_point(text, town, points, big)]
    owners = {place.end: place for place in found}
    by_start = {place.start: place for place in found}
    opening = {place.start: place for place in held}
    # A natural feature named apart from any town takes the article's country, if it has one
    # (see main_country): "Yosemite National Park" in a story that went on to Paris is not in
    # France.
    country = main_country(found)
    # and a street named apart from any town stands in the nearest town of that country: "the
    # Villas at Coffman Park" in a story of Dublin, Ohio, is not in the Toronto of an
    # architect's address named before it
    home = [town for town in lenders if town.country_code == country] if country else []
    near = (
        Near(home, [town.start for town in home], True)
        if home
        else Near(lenders, [town.start for town in lenders])
    )
    located = []
    every = Near(towns, starts)
    for start, end in spans:
        name = " ".join(text[start:end].split())
        city = named_after(name, country) if name.rsplit(" ", 1)[-1] in TOWN_NAMED else None
        wild = natural(name) and (start, end) not in listed
        town: Location | Place | None = (
            city
            or opening.get(start)
            or _owner(text, owners, start)
            or (_named_after(text, by_start, end) if wild else None)
            or _town_of(text, every, start, end)
            or _town_past_street(text, every, end)
            or _town_of(text, every, start, end, near if not wild else None)
        )
        # (A country or region that owns it gives its country only: "Russia's Nevsky Prospect")
        pointed = town is not None and not wild and town.kind == "city"
        located.append(
            Location.at(
                text,
                start,
                end,
                name=name,
                kind="feature",
                country_code=town.country_code if town else country if wild else None,
                latitude=town.latitude if town and pointed else None,
                longitude=town.longitude if town and pointed else None,
            )
        )
    return located


def main_country(found: Sequence[Location]) -> str | None:
    """The country of at least two thirds of the places ``found`` that have one: where the
    article is, for a natural feature no town stands next to ("the Tennessee River" in a
    story of Alabama that once names China)."""
    counts = collections.Counter(place.country_code for place in found if place.country_code)
    if not counts:
        return None
    code, count = counts.most_common(1)[0]
    return code if 3 * count >= 2 * counts.total() else None


#: Half a degree of latitude, over 55 km: a place further north or south is not near
_BAND = 0.5


class Points(NamedTuple):
    """The places of the article a town's neighbours may be, found once: where the places
    of kinds other than towns start, and the towns and counties with a point by latitude
    (each town asked looks only at those within :data:`_BAND` of it, not at every place of
    the article: towns x places in a long article)."""

    others_at: frozenset[int]  # the starts of the places that are not towns
    latitudes: list[float]
    points: list[tuple[float, float, str]]  # the towns' and counties', by latitude: name last

    @classmethod
    def of(cls, found: Sequence[Location]) -> Points:
        points = sorted(
            (place.latitude, place.longitude, place.name)
            for place in found
            if place.kind in ("city", "admin")
            and place.latitude is not None
            and place.longitude is not None
        )
        return cls(
            frozenset(place.start for place in found if place.kind != "city"),
            [point[0] for point in points],
            points,
        )


#: The second halves of a compound that say where a company or a person comes from (not
#: "Athens-Clarke", a double name, nor "Atlanta-area", which is where the story stands)
_ORIGINS = ("-based", "-born", "-bred", "-headquartered")


def _lends_point(text: str, town: Location, points: Points, big: Callable[[str], bool]) -> bool:
    """Whether a street named apart from ``town`` may take its point: not when the town's
    name is also a common given name or surname (``ambiguous.txt``, ``person_like.txt``), no
    big city's (``big``: "Cleveland", "Orlando" lend their points), no state or country
    follows it ("Franklin, Tennessee" lends its point) and no other town or county of the
    article lies near it (the Buford of a story naming Gwinnett County lends its point; a
    bare "Franklin" of Pennsylvania in a story of Louisiana, perhaps the name of another
    street, does not). ``points``: the article's places (:meth:`Points.of`). Nor a town
    that opens a compound of origin (:data:`_ORIGINS`: "Atlanta-based Acme", "a London-born
    singer"): it says where a company or a person comes from, not where the story stands."""
    if text.startswith(_ORIGINS, town.end):
        return False
    name = text[town.start : town.end]
    if name not in AMBIGUOUS or big(name):
        return True
    if text.startswith(", ", town.end) and town.end + 2 in points.others_at:
        return True
    if town.latitude is None or town.longitude is None:
        return False
    here = (town.latitude, town.longitude)
    first = bisect.bisect_left(points.latitudes, here[0] - _BAND)
    last = bisect.bisect_right(points.latitudes, here[0] + _BAND)
    return any(
        other != town.name and km((latitude, longitude), here) < NEAR_KM
        for latitude, longitude, other in points.points[first:last]
    )


def _named_after(text: str, by_start: dict[int, Location], end: int) -> Location | None:
    """The place of any kind right after a feature: "Gombe Stream National Park in Tanzania",
    "the Neches River, Texas"."""
    for link in (", ", " in "):
        if text.startswith(link, end) and end + len(link) in by_start:
            return by_start[end + len(link)]
    return None


def _owner(text: str, owners: dict[int, Location], start: int) -> Location | None:
    """The place whose possessive the name follows: "Russia's Kamchatka Peninsula", "Harare's
    Third Street"."""
    if text[start - 3 : start] not in ("'s ", "’s "):
        return None
    return owners.get(start - 3)


# A noun and "of" or "in" between a part of a town and its town: "the Toxteth district of
# Liverpool", "the Crown Heights neighborhood in Brooklyn"
_NOUN_LINK = compiled(r" \p{Ll}+ (?:of|in) ")


class Near(NamedTuple):
    """Towns in text order and their starts, to bisect."""

    towns: Sequence[Location]
    starts: Sequence[int]
    #: Whether they are the towns of the article's country (:func:`main_country`)
    home: bool = False


def _town_of(
    text: str, every: Near, start: int, end: int, near: Near | None = None
) -> Location | None:
    """The town of ``every`` right after the street ("... in Red Oak", "..., Red Oak", "the
    Toxteth district of Liverpool"), else (given the towns ``near`` it may stand in) the
    nearest of those before it, else the first of them if of the article's country or in the
    street's paragraph. Found by bisection: a scan of every town for every street would be
    quadratic in a long text."""
    towns, starts, _ = every
    noun = _NOUN_LINK.match(text, end)
    for link in (", ", " in ", noun.group() if noun else None):
        if link and text.startswith(link, end):
            index = bisect.bisect_left(starts, end + len(link))
            if index < len(towns) and starts[index] == end + len(link):
                return towns[index]
    if near is None:
        return None
    towns, starts, home = near
    index = bisect.bisect_left(starts, start) - 1
    while index >= 0 and towns[index].end > start:
        index -= 1  # a town overlapping the street (none, when the street is not claimed)
    if index >= 0:
        return towns[index]
    # the first town after it: of the article's country, or in its own paragraph; not a town
    # abroad a later paragraph names ("Washington National Cathedral" took the point of the
    # Jerusalem of a story naming the US, Israel and Jordan alike)
    if towns and (home or not _PARAGRAPH_BREAK.search(text, end, towns[0].start)):
        return towns[0]
    return None


def _town_past_street(text: str, every: Near, end: int) -> Location | None:
    """The town right after the street that a landmark is said to stand on or at ("the
    Larchmont Hotel on Cedar Avenue in Salem", "Mercy Hospital, on Elm Street in Salem"): the
    street's town is the landmark's."""
    street = _ON_STREET.match(text, end)
    if street is None or street.group("word") not in STREET_WORDS:
        return None
    return _town_of(text, every, street.start("name"), street.end())


# A street a landmark is said to stand on or at, its last word a street's: "... on Park
# Avenue", "..., at 5th Street", "... off Elm St."
_ON_STREET = compiled(
    r",?[ ](?:on|at|off)[ ](?P<name>(?:[A-Z0-9][\w'’-]*[ ]){1,4}?(?P<word>[A-Z][a-z]+)\.?)"
)

# The end of a paragraph (or a headline) between a place and the first town after it
_PARAGRAPH_BREAK = compiled(r"\n")


def big_city(gazetteer: Gazetteer) -> Callable[[str, str | None], Place | None]:
    """The city whose name (of one or two words) opens a landmark's: "Newark" in "Newark
    Liberty International Airport": the town of that name in the article's country (see
    :func:`~newsfacts_locations.placing.main_country`: "Inverness Airport" in a story of
    Scotland), else the most prominent big city of that name."""

    def city(name: str, country: str | None) -> Place | None:
        parts = name.split()
        if parts[0] in PERSON_NAMESAKES:
            return None  # "Kennedy International Airport": a person's name
        for size in (2, 1):
            if len(parts) > size:
                towns = [p for p in gazetteer.lookup(" ".join(parts[:size])) if p.kind == "city"]
                home = [place for place in towns if place.country_code == country]
                readings = home or [place for place in towns if well_known(place)]
                if readings:
                    return max(readings, key=prominence)
        return None

    return city
