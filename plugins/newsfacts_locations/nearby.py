"""Which readings of a name lie near the places the article's other names were read as.

A local paper names its town and its neighbours and often not its state: "Gainesville" in a
story that also names Sherman is Gainesville, Texas, 50 km away, not the larger Gainesville
of Florida; "Montgomery" beside Belle Plaine the Minnesota town. The state votes of
:mod:`newsfacts_locations.locality` miss such pairs where the neighbours lie across a state
line, or where their names are shared with towns elsewhere and split their votes.

Once every name is read (:mod:`newsfacts_locations.choices`), the towns and counties they
were read as lay down their points (not a state's or a country's, which say little about
where in it the story is, nor a well-known city's: :data:`FAR_KNOWN`); a reading is *near* when
another name of the article was read as a place within :data:`NEAR_KM` of it, that place
itself left out ("Ft. Myers" is no neighbour of "Fort Myers").
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import attrs

from newsfacts_locations.gazetteer import Place

#: How near another place of the article a reading must lie to count: a town and its
#: neighbours, a county and its towns.
NEAR_KM = 50.0
#: A city this large is named from afar, and a metropolis has many small towns around it:
#: it lays down no point ("Springfield" in a Missouri story that names New York City is not
#: Springfield, New Jersey). A smaller city is a region's town, whose neighbours its local
#: paper names beside it ("Clinton police ... in New Haven": Clinton, Connecticut, not the
#: larger Clinton of Maryland)
FAR_KNOWN = 250_000
_KM_PER_DEGREE = 111.2

Cell = tuple[int, int]  # a grid cell of one degree
#: A point laid down by a name: latitude, longitude, the name, the place
Point = tuple[float, float, str, Place]


def _local(place: Place) -> bool:
    """A town or a county: the places whose point says where in a state a story is."""
    return place.latitude is not None and (
        place.kind == "city" or (place.kind == "admin" and bool(place.admin2))
    )


def _cell(latitude: float, longitude: float) -> Cell:
    return (math.floor(latitude), math.floor(longitude))


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The distance between two points on a flat map around them: near enough within a
    few hundred kilometres."""
    north = (a[0] - b[0]) * _KM_PER_DEGREE
    east = (a[1] - b[1]) * _KM_PER_DEGREE * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(north, east)


def _within(here: tuple[float, float], latitude: float, longitude: float) -> bool:
    """Whether a point lies within :data:`NEAR_KM` of ``here``: a point farther north or
    south than that is told by its latitude alone, before the cosine and the square root
    (the distance is never shorter than its north-south part: the same answers)."""
    if abs(here[0] - latitude) * _KM_PER_DEGREE > NEAR_KM:
        return False
    return km(here, (latitude, longitude)) <= NEAR_KM


def _around(here: tuple[float, float], margin: int = 0) -> Iterator[Cell]:
    """The cells that may hold a point within :data:`NEAR_KM` of ``here``: its own and those
    around it, more of them to the east and west where a degree of longitude is short
    (``margin``: that many more each way)."""
    row, column = _cell(*here)
    width = _KM_PER_DEGREE * max(math.cos(math.radians(here[0])), 0.01)
    reach = math.ceil(NEAR_KM / width) + margin
    rows = range(-1 - margin, 2 + margin)
    return ((row + i, column + j) for i in rows for j in range(-reach, reach + 1))


@attrs.define(repr=False)
class Neighbours:
    """The points of the places the article's names were read as, by grid cell."""

    #: A place this large lays down no point (see :data:`FAR_KNOWN`)
    far_known: float = FAR_KNOWN
    cells: dict[Cell, list[Point]] = attrs.field(factory=dict)
    #: The cells a point may lie near (with a cell's margin): most readings of a name lie
    #: nowhere near the article's places, and are told so by one lookup
    reached: set[Cell] = attrs.field(factory=set)
    #: Whether each place is near for each name, once asked (by the place's identity: the
    #: gazetteer's places, held here too); cleared when a point is laid down
    _asked: dict[tuple[str, int], tuple[Place, bool]] = attrs.field(factory=dict, repr=False)

    def add(self, key: str, place: Place) -> bool:
        """The point of the place the name ``key`` was read as at one mention, if a town's
        (but a well-known city's) or a county's; whether it was laid down."""
        if not _local(place) or place.population >= self.far_known:
            return False
        assert place.latitude is not None and place.longitude is not None
        cell = self.cells.setdefault(_cell(place.latitude, place.longitude), [])
        point = (place.latitude, place.longitude, key, place)
        if point not in cell:
            cell.append(point)
            self.reached.update(_around(point[:2], margin=1))
            self._asked.clear()
        return True

    def near(self, place: Place, key: str) -> bool:
        """Whether a name other than ``key`` was read as a place within :data:`NEAR_KM` of
        ``place`` (the place itself left out)."""
        if not self.reached or not _local(place):
            return False
        assert place.latitude is not None and place.longitude is not None
        if _cell(place.latitude, place.longitude) not in self.reached:
            return False
        known = self._asked.get((key, id(place)))
        if known is not None:
            return known[1]
        here = (place.latitude, place.longitude)
        found = any(
            name != key and other != place and _within(here, latitude, longitude)
            for cell in _around(here)
            for latitude, longitude, name, other in self.cells.get(cell, ())
        )
        self._asked[(key, id(place))] = (place, found)
        return found

    def names_near(self, place: Place, key: str) -> int:
        """How many names other than ``key`` were read as places within :data:`NEAR_KM` of
        ``place`` (asked only of a reading :meth:`near` found near one: rarely)."""
        assert place.latitude is not None and place.longitude is not None
        here = (place.latitude, place.longitude)
        return len(
            {
                name
                for cell in _around(here)
                for latitude, longitude, name, other in self.cells.get(cell, ())
                if name != key and other != place and _within(here, latitude, longitude)
            }
        )
