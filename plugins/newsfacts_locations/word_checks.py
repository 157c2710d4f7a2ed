"""The checks of :data:`~newsfacts_locations.checks.CHECKS` that read the name itself: its
word in the plugin's lists, its letters, the other fields' claims on it, and the support the
candidacy found around it ("Falcon 9", "Kyiv Regional Administration", "March", "US$0.56",
"IEV", "to Jasper").
"""

from __future__ import annotations

from newsfacts_locations import context, town_checks, words
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


def listed_not_a_place(c: Candidacy) -> bool | str:
    # "Kevin Alvarez, 41, of Bend": where a person is from is a place, whatever the word
    listed = c.candidate.key in words.NOT_PLACES and not town_checks.after_an_age(c)
    return listed and not c.qualifier and "not_places.txt"


def currency_sign(c: Candidacy) -> bool:
    """ "US$0.56", "NZ$40": a country's letters glued to a dollar sign name a currency."""
    after = c.candidate.last + 1
    return c.following == "$" and c.sentence.starts[after] == c.candidate.end


def surname(c: Candidacy) -> bool:
    return c.candidate.key in c.claims.surnames and not c.known


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
