"""The checks of :data:`~newsfacts_locations.checks.CHECKS` that read the name itself: its
word in the plugin's lists, its letters, the other fields' claims on it, and the support the
candidacy found around it ("Falcon 9", "Kyiv Regional Administration", "March", "US$0.56",
"IEV", "to Jasper").
"""

from __future__ import annotations

from newsfacts_locations import context, possessives, town_checks, words
from newsfacts_locations.candidacy import Candidacy

ACRONYM_KINDS = frozenset({"country", "region"})  # "US", "UK", "EU"; not "IEV" or "DC"


def product(c: Candidacy) -> bool | str:
    """The products table's reason code as the evidence: "company", "model-designator"."""
    return c.product or False


def claimed_by_person(c: Candidacy) -> bool:
    span = (c.candidate.start, c.candidate.end)
    return span in c.claims.people and c.firmly_claimed


def claimed(c: Candidacy) -> bool:
    return c.firmly_claimed


#: The least population of a town whose name, listed as rarely a place, stands after a
#: preposition of place in a story of its state (:func:`listed_home_town`), and the
#: countries whose local news names its towns so: "flown to a hospital in Bend" (Oregon)
HOME_TOWN_POPULATION = 20_000
HOME_TOWN_COUNTRIES = frozenset({"US", "CA"})
#: The prepositions right before such a word: not "the" between ("the State of the Union")
HOME_TOWN_PREPOSITIONS = frozenset({"in", "near", "at", "from", "to", "outside"})


def listed_home_town(c: Candidacy) -> bool:
    """A word listed as rarely a place ("Bend", "Normal", "Independence") after a
    preposition of place, that names a town of :data:`HOME_TOWN_POPULATION` people or more:
    kept pending, it stands in a story that names the town's state ("LAKEVIEW, Ore."),
    where local news names its neighbours bare; elsewhere it stays a word. The preposition
    comes right before it ("the State of the Union" is none), and no capitalized word after
    it ("at Union Terminal" names a building); or it is the last of two names after the
    preposition ("in Denver and Aurora")."""
    if c.candidate.key not in words.NOT_PLACES or c.qualifier:
        return False  # (the gate asks only of listed words; a qualifier's are decided after)
    if context.name_word(c.following):
        return False
    paired = paired_after_preposition(c)
    if not paired and c.previous.lower() not in HOME_TOWN_PREPOSITIONS:
        return False
    if not any(
        place.kind == "city"
        and place.population >= HOME_TOWN_POPULATION
        and place.country_code in HOME_TOWN_COUNTRIES
        for place in c.candidate.places
    ):
        return False
    return paired or c.support == "preposition"


_MAX_PAIRED_WORDS = 3  # the words of the name before "and": "in Colorado Springs and Fountain"


def paired_after_preposition(c: Candidacy) -> bool:
    """After "and" or "or" that a name of up to three capitalized words follows, right after
    a preposition of place: "stores in Denver and Aurora"."""
    if c.previous not in ("and", "or"):
        return False
    texts, index = c.sentence.texts, c.candidate.first - 2
    low = max(index - _MAX_PAIRED_WORDS, -1)
    while index > low and context.name_word(texts[index]):
        index -= 1
    return (
        index < c.candidate.first - 2
        and index >= 0
        and texts[index].lower() in HOME_TOWN_PREPOSITIONS
    )


def listed_not_a_place(c: Candidacy) -> bool | str:
    # "Kevin Alvarez, 41, of Bend": where a person is from is a place, whatever the word
    listed = c.candidate.key in words.NOT_PLACES and not town_checks.after_an_age(c)
    return listed and not c.qualifier and "not_places.txt"


def currency_sign(c: Candidacy) -> bool:
    """ "US$0.56", "NZ$40": a country's letters glued to a dollar sign name a currency."""
    after = c.candidate.last + 1
    return c.following == "$" and c.sentence.starts[after] == c.candidate.end


def surname(c: Candidacy) -> bool:
    """The surname of a person the article names in full, written alone: the person if no
    reading is well known; if one is, with no country among its readings and no support but
    a preposition that governs the noun it owns ("Houston, who grew up in Ohio," after "Dana
    Houston"; "In Denver's view" after "Tom Denver"; not "Israel" after "Rep. Dan Israel",
    nor "flew to Houston")."""
    if c.candidate.key not in c.claims.surnames:
        return False
    if not c.known:
        return True
    if any(place.kind == "country" for place in c.candidate.places):
        return False
    return not c.supported or (c.support == "preposition" and possessives.possessive(c))


def ambiguous(c: Candidacy) -> bool:
    return c.candidate.key in words.AMBIGUOUS and not c.supported


def too_short(c: Candidacy) -> bool:
    return len(c.candidate.key) < 2


def short_acronym(c: Candidacy) -> bool:
    key = c.candidate.key
    if not (key.isupper() and len(key) <= 3):
        return False
    place = c.candidate.places[0]
    # the initials of the place's own name are its short form: "NSW", "NYC"
    initials = "".join(word[0] for word in place.name.split() if word[:1].isupper())
    return place.kind not in ACRONYM_KINDS and key != initials


def supported(c: Candidacy) -> bool | str:
    return c.support or False


def well_known(c: Candidacy) -> bool | str:
    known = [p for p in c.candidate.places if context.well_known(p)]
    return bool(known) and f"{known[0].kind} {known[0].name}"
