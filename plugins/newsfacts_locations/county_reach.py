"""How near a town lies to the point of a county of Britain or Ireland that qualifies it.

A county of Britain or Ireland carries no code its towns share (they carry their district's):
it holds the towns of its country within :data:`~newsfacts_locations.qualifiers.COUNTY_REACH_KM`
of its point (``qualifiers.fits``). That reach is as wide as the largest county, so two
namesakes of one country often both fit: "Ashford, Surrey" holds Ashford, Kent (95 km off)
as well as the Surrey town (12 km), and "Newport, Shropshire" the Welsh city. Of the readings
a county holds, the nearer one is the likelier: :func:`closeness` gives up to
:data:`NEARNESS_BONUS` more to a reading the nearer it lies, enough to outweigh a namesake ten
to a hundred times larger, as a qualifier means to.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts_locations import words
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.nearby import km
from newsfacts_locations.qualifiers import COUNTY_REACH_KM

#: What the nearest reading of a county's town gains over one at the edge of its reach: 3.0 is
#: two powers of ten of people in the prominence term (1.5 x log10)
NEARNESS_BONUS = 3.0


def closeness(place: Place, qualifiers: Sequence[Place]) -> float:
    """Up to :data:`NEARNESS_BONUS` for ``place`` lying near the point of a county of no code
    among ``qualifiers`` (one it fits), the more the nearer; 0 for any other qualifier."""
    best = 0.0
    for county in qualifiers:
        distance = _distance(place, county)
        if distance is not None and distance <= COUNTY_REACH_KM:
            best = max(best, NEARNESS_BONUS * (1.0 - distance / COUNTY_REACH_KM))
    return best


def _distance(place: Place, county: Place) -> float | None:
    """The km from a code-less county of Britain or Ireland to a town of its country."""
    if (
        county.kind != "admin"
        or county.admin1
        or county.country_code not in words.COARSE_DIVISIONS
        or county.country_code != place.country_code
        or county.latitude is None
        or county.longitude is None
        or place.latitude is None
        or place.longitude is None
    ):
        return None
    return km((county.latitude, county.longitude), (place.latitude, place.longitude))
