"""A state named like a country abroad ("Georgia") in a story set in the state's country.

"The governor of Georgia" in a story from Washington that names Ohio and Texas is the US
state, not the Caucasian country, whose prior wins a bare name: the country is more
prominent by its kind (see :mod:`~newsfacts_locations.priors`), and the state's ``same
country`` term is capped. The :func:`home_state` term gives the state
:data:`HOME_STATE_BONUS` when the article's other names vote for its country at least
:data:`HOME_VOTES` times, for the country abroad not at all ("Tbilisi", "Georgian" keep the
country), and for other countries little (:data:`ABROAD_SHARE`: "Russia invaded Georgia" in
a story from Washington is the country).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.plugin import COUNTRY_NAMES, read_table
from newsfacts_locations.gazetteer import Place

if TYPE_CHECKING:  # (resolve imports this module for its term)
    from newsfacts_locations.locality import Locality
    from newsfacts_locations.resolve import Clues

HOME_STATE_BONUS = 2.0
# The votes of the article's other names for the state's country, a dateline's three or two
# mentions of towns: one name of the country does not set the story there
HOME_VOTES = 2.0
# The most the article's other names may vote for other countries, as a share of the votes
# for the state's country: a US story that names China once among five US places is at home
ABROAD_SHARE = 0.25
# Less than this for the country abroad is no vote: a share of a name read mostly elsewhere
NO_VOTE = 0.25
#: The country that governs each territory coded apart: "Guam" and "Saipan" vote for the US
#: ("trips to Saipan, Guam, Alaska and Hawaii" are at home, not abroad)
SOVEREIGNS: dict[str, str] = {
    territory: country
    for territory, country in read_table("newsfacts_locations", "territories.tsv", columns=2)
}


def home_state(place: Place, clues: Clues) -> float:
    """:data:`HOME_STATE_BONUS` for a first-level division named like a country abroad, in
    an article set in the division's country (see the module's doc)."""
    if place.kind != "admin" or place.admin2 or not place.country_code:
        return 0.0
    abroad = COUNTRY_NAMES.get(place.name)
    if abroad is None or abroad.code == place.country_code:
        return 0.0  # "Mexico", the state of Mexico: the same country's
    votes = _votes_by_country(clues.locality, clues.key)
    home = round(votes.pop(place.country_code, 0.0), 6)  # two shares of one add to 1.9999...
    if home < HOME_VOTES or votes.get(abroad.code, 0.0) >= NO_VOTE:
        return 0.0
    return HOME_STATE_BONUS if sum(votes.values()) <= ABROAD_SHARE * home else 0.0


def _votes_by_country(locality: Locality, key: str) -> dict[str, float]:
    """The votes of the article's names but ``key`` for each country, named as such
    ("Ohio", "U.S.") or holding a place named, a territory's for its country's."""
    votes: dict[str, float] = {}
    for tally in (locality.countries, locality.within):
        for code in tally.totals:
            if code is not None:
                home = SOVEREIGNS.get(code, code)
                votes[home] = votes.get(home, 0.0) + tally.others(code, key)
    return votes
