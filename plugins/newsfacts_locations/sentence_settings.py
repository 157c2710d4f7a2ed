"""The state or country a sentence sets its scene in: "In Vermont, police in Essex said".

A sentence that opens with a preposition of place, a state's or a country's name and a comma
("In Massachusetts,", "Across England,", "Elsewhere in rural Georgia,": the words of
``setting_openers.txt``, lower-case words between) says where its other names lie, whatever
the article's dateline or its other places: under a London dateline, "In Massachusetts,
officials in Essex said" is Essex, Massachusetts, not the English county; under a
Washington one, "In England, police in Cambridge" the English city. The article's votes
(:mod:`newsfacts_locations.locality`) cannot say it: they weigh every sentence alike.

The ``sentence setting`` term gives a reading :data:`SETTING_STATE_BONUS` when it lies in a
state (a nation of the UK) the sentence opens with, and :data:`SETTING_COUNTRY_BONUS` when it
lies in a country the sentence opens with (or is a place of no state's code, as the
hand-listed counties of England, in the country of a state it opens with) and is within
:data:`~newsfacts_locations.resolve.NEARBY_REACH` of the name's most prominent reading: "In
the United States, the film opened in Paris" stays the French capital, the Paris of Texas
being far smaller. Only a name whose usual reading is the state or country counts as the
opener ("In New York," may name the city, and "In Washington," the capital).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsfacts.plugin import read_words
from newsfacts_locations import priors
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate
from newsfacts_locations.readings import Mention

if TYPE_CHECKING:  # (resolve imports this module for its term)
    from newsfacts_locations.resolve import Clues

OPENERS = read_words("newsfacts_locations", "setting_openers.txt")
#: The most words between the opener and the name: "Elsewhere in rural Georgia,"
MAX_BETWEEN = 2
SETTING_STATE_BONUS = 6.0
SETTING_COUNTRY_BONUS = 3.0
# As resolve.NEARBY_REACH (not imported: resolve imports this module)
COUNTRY_REACH = 3.0

#: The areas a sentence opens with: (country code, first-level division code or "")
Setting = frozenset[tuple[str, str]]
NO_SETTING: Setting = frozenset()


def set_in(mentions: list[Mention], mark: int, texts: Sequence[str]) -> None:
    """Give the kept ``mentions`` of a sentence (those from ``mark``) the states and
    countries it opens with (:func:`opened`), if any."""
    if not texts or texts[0] not in OPENERS:
        return  # most sentences
    here = mentions[mark:]
    if not here:
        return
    opener = min(here, key=lambda mention: mention.candidate.first).candidate
    areas = opened(texts, opener)
    if areas:  # (not the opener's own name: "In Singapore," is the country, not the city)
        mentions[mark:] = [
            m if m.candidate.key == opener.key else m._replace(setting=areas) for m in here
        ]


def opened(texts: Sequence[str], candidate: Candidate) -> Setting:
    """The states and countries the sentence of ``texts`` opens with, when its first kept
    name, ``candidate``, names them; empty for most sentences."""
    if not texts or texts[0] not in OPENERS:
        return NO_SETTING
    after = candidate.last + 1
    if not 0 < candidate.first <= MAX_BETWEEN + 1 or after >= len(texts) or texts[after] != ",":
        return NO_SETTING
    if not all(text[:1].islower() for text in texts[1 : candidate.first]):
        return NO_SETTING  # "In March, Paris ...", "In Smith's view, ..."
    places = candidate.places
    if not _an_area(max(places, key=priors.prominence)):
        return NO_SETTING  # "In New York, ...": the city as often as the state
    return frozenset(
        (place.country_code or "", place.admin1 if place.kind == "admin" else "")
        for place in places
        if _an_area(place)
    )


def _an_area(place: Place) -> bool:
    return place.kind == "country" or (place.kind == "admin" and not place.admin2)


def setting(place: Place, clues: Clues) -> float:
    """The ``sentence setting`` term (see the module's doc)."""
    areas = clues.setting
    if not areas or _an_area(place) or not place.country_code:
        return 0.0
    code = place.country_code
    if place.admin1 and (code, place.admin1) in areas:
        return SETTING_STATE_BONUS
    # a town of another state is not where "In Vermont," sets the sentence; a place of no
    # state's code (a hand-listed county of England: "In England, ... Essex") may be
    if (code, "") not in areas and (place.admin1 or all(area[0] != code for area in areas)):
        return 0.0
    if clues.top_prominence - priors.prominence(place) > COUNTRY_REACH:
        return 0.0
    return SETTING_COUNTRY_BONUS
