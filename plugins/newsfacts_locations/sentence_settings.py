"""The state or country a sentence sets its scene in: "In Vermont, police in Essex said".

A sentence that opens with a preposition of place, a state's or a country's name and a comma
("In Massachusetts,", "Across England,", "Elsewhere in rural Georgia,": the words of
``setting_openers.txt``, lower-case words between; after a sentence adverb of
``setting_leads.txt``, "Meanwhile, in Ohio,"; the name after "the state of", or as an owner
before up to two lower-case words, "In Ohio's capital,") says where its other names lie, whatever
the article's dateline or its other places: under a London dateline, "In Massachusetts,
officials in Essex said" is Essex, Massachusetts, not the English county; under a
Washington one, "In England, police in Cambridge" the English city. The article's votes
(:mod:`newsfacts_locations.locality`) cannot say it: they weigh every sentence alike.

The ``sentence setting`` term gives a reading :data:`SETTING_STATE_BONUS` when it lies in a
state (a nation of the UK) the sentence opens with, and :data:`SETTING_COUNTRY_BONUS` when it
lies in a country the sentence opens with (or is a place of no state's code, as the
hand-listed counties of England, in the country of a state it opens with) and is within
:data:`~newsfacts_locations.priors.NEARBY_REACH` of the name's most prominent reading: "In
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
#: Sentence adverbs before an opener in lower case: "Meanwhile, in Ohio,"
LEADS = read_words("newsfacts_locations", "setting_leads.txt")
#: The words a setting sentence may start with (one test for most sentences)
_STARTS = OPENERS | LEADS
#: The most words between the opener and the name: "Elsewhere in rural Georgia,"
MAX_BETWEEN = 2
#: Nouns of an area written before its name, "the ... of", not counted as words between:
#: "Elsewhere in the state of Georgia,", "In the province of Ontario,"
_AREA_NOUNS = frozenset({"state", "province", "country", "region", "territory", "nation"})
#: The most lower-case words after a possessive name before the comma: "In Ohio's capital,",
#: "In Kenya's largest city,"
MAX_OWNED = 2
_POSSESSIVES = ("'s", "’s")
SETTING_STATE_BONUS = 6.0
SETTING_COUNTRY_BONUS = 3.0

#: The areas a sentence opens with: (country code, first-level division code or "")
Setting = frozenset[tuple[str, str]]
NO_SETTING: Setting = frozenset()


def set_in(mentions: list[Mention], mark: int, texts: Sequence[str]) -> None:
    """Give the kept ``mentions`` of a sentence (those from ``mark``) the states and
    countries it opens with (:func:`opened`), if any."""
    if not texts or texts[0] not in _STARTS:
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
    opener = _opener(texts)
    if opener < 0 or not opener < candidate.first or not _comma_after(texts, candidate.last):
        return NO_SETTING
    between = texts[opener + 1 : candidate.first]
    if len(between) >= 3 and between[-1] == "of" and between[-2] in _AREA_NOUNS:
        between = between[:-3]  # "in the state of Georgia": "in"
    if len(between) > MAX_BETWEEN or not all(text[:1].islower() for text in between):
        return NO_SETTING  # "In March, Paris ...", "In Smith's view, ..."
    places = candidate.places
    if not _an_area(max(places, key=priors.prominence)):
        return NO_SETTING  # "In New York, ...": the city as often as the state
    return frozenset(
        (place.country_code or "", place.admin1 if place.kind == "admin" else "")
        for place in places
        if _an_area(place)
    )


def _opener(texts: Sequence[str]) -> int:
    """Where the sentence of ``texts`` has its opener: 0 ("In Ohio,"), after a lead and its
    comma if any ("Meanwhile, in Ohio,", "But across Ohio,"), or -1."""
    if not texts:
        return -1
    if texts[0] in OPENERS:
        return 0
    if texts[0] not in LEADS:
        return -1
    at = 2 if len(texts) > 1 and texts[1] == "," else 1
    return at if at < len(texts) and texts[at].capitalize() in OPENERS else -1


def _comma_after(texts: Sequence[str], last: int) -> bool:
    """Whether the name ending at token ``last`` ends the opening before its comma, right
    after it ("In Ohio,") or after a possessive and up to :data:`MAX_OWNED` lower-case words
    ("In Ohio's capital,", "In Kenya's largest city,")."""
    after = last + 1
    if after < len(texts) and texts[after] == ",":
        return True
    if not texts[last].endswith(_POSSESSIVES):
        return False
    for index in range(after, min(after + MAX_OWNED + 1, len(texts))):
        if texts[index] == ",":
            return index > after
        if not texts[index][:1].islower():
            return False
    return False


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
    if clues.top_prominence - priors.prominence(place) > priors.NEARBY_REACH:
        return 0.0
    return SETTING_COUNTRY_BONUS
