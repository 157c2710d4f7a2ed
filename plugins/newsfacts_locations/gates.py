"""What each check of :data:`~newsfacts_locations.checks.CHECKS` needs to hold, read off a few
words and flags of the candidacy: the table :class:`~newsfacts.plugin.Screen` cuts down.

A name is decided by the first check of 54 that holds, and most names fail nearly all of
them ("Jasper" after "to" fails 45 before "supported" holds): a call each, each reading the
name's neighbours again. Each gate below is a *necessary* condition of its check, on the
name's own key, the words right before and after it, its first token, or a flag: a check
none of whose gates passes cannot hold, and is not asked. The outcome is the whole table's
(``newsfacts explain`` asks it whole); ``tests/test_locations_gates.py`` holds every check
that holds on its sentences to its gates. :func:`mention` decides a name so.
"""

from __future__ import annotations

from newsfacts.plugin import KIN_NOUNS, SPEECH_VERBS, Gate, Screen, decide, tracing
from newsfacts_locations import (
    context,
    names_around,
    neighbours,
    outlets,
    products,
    relatives,
    town_checks,
    words,
)
from newsfacts_locations.candidacy import Candidacy
from newsfacts_locations.checks import CHECKS
from newsfacts_locations.neighbourhoods import GROUP_WORDS
from newsfacts_locations.readings import Mention

#: The words a gate may read: the name's key, the words before and after it, its first token.
WORDS = ("key", "previous", "following", "first")
#: The flags a gate may read (see :func:`features`).
FLAGS = (
    "claimed",  # the organizations or people field claims text it overlaps
    "institution",  # the organizations field claims its very span, an institution's or a company's
    "opening",  # one of its sentence's first two tokens, a word the article writes in lower case
    "storm",  # a storm's name the article gives ("Hurricane Milton")
    "product",  # a product's name the article gives with its noun ("the Orion capsule")
    "surname",  # the surname of a person of the article
    "sporty",  # a sentence of a sports report
    "village",  # every reading is a village
    "minor-town",  # a town under 15,000 people
    "renamed",  # a town's name in another language
    "shouted",  # written in capitals
    "dated",  # in the sentence's dateline
    "compound",  # the first part of a hyphenated word ("Washington-based")
)

_SAINTS = frozenset({"St.", "St", "Saint"})


def _digit_led(word: str) -> bool:
    return word[:1].isdigit()


def _title_abbreviation(key: str) -> bool:
    return key.replace(" ", "") in names_around.TITLE_ABBREVIATIONS


def _short_acronym(key: str) -> bool:
    return key.isupper() and len(key) <= 3


def _article(word: str) -> bool:
    return word.lower() in ("the", "a", "an")


def _the(word: str) -> bool:
    return word.lower() == "the"


def _speech_verb(word: str) -> bool:
    return word.lower() in SPEECH_VERBS


#: The gates of the checks, in the table's order; a check without one is always asked.
GATES = (
    Gate("product-or-institution", "key", words.PRODUCTS.__contains__),
    Gate("product-or-institution", "key", words.PRODUCT_LINES.__contains__),
    Gate("product-or-institution", "institution"),
    Gate("product-or-institution", "opening"),
    Gate("product-or-institution", "previous", words.VERSIONED_PLATFORMS.__contains__),
    Gate("product-or-institution", "following", products.product_word),
    Gate("claimed-by-person", "claimed"),
    Gate("claimed", "claimed"),
    Gate("listed-home-town", "key", words.NOT_PLACES.__contains__),
    Gate("listed-not-a-place", "key", words.NOT_PLACES.__contains__),
    Gate("currency-sign", "following", "$".__eq__),
    Gate("title-before-person", "key", _title_abbreviation),
    Gate("storm-name", "key", words.STORM_WORDS.__contains__),
    Gate("storm-named", "storm"),
    Gate("product-named", "product"),
    Gate("celestial", "key", words.CELESTIAL.__contains__),
    Gate("vessel-name", "previous", words.VESSEL_WORDS.__contains__),
    Gate("fixture", "previous", words.FIXTURE_WORDS.__contains__),
    Gate("fixture", "following", words.FIXTURE_WORDS.__contains__),
    Gate("event-name", "following", words.EVENT_WORDS.__contains__),
    Gate("event-name", "following", words.EVENT_PAIRS.__contains__),
    Gate("table-cell", "following", _digit_led),
    Gate("ranked-or-record", "previous", str.isdigit),  # "No. 9 Alabama"
    Gate("ranked-or-record", "following", "(".__eq__),  # "Texas (5-2)"
    Gate("sports-unsupported", "sporty"),
    Gate("village-without-state", "village"),
    Gate("shouted-dateline", "shouted"),
    Gate("shouted-not-well-known", "shouted"),
    Gate("shouted-well-known", "shouted"),
    Gate("person-title", "previous", words.PERSON_TITLES.__contains__),
    Gate("person-title", "previous", ".".__eq__),  # "Mr. Arlington": the point split off
    Gate("family-name", "following", relatives.FAMILY_NOUNS.__contains__),
    Gate("peerage", "previous", "of".__eq__),
    Gate("surname", "surname"),
    Gate("dateline", "dated"),
    Gate("time-zone", "key", names_around.TIME_ZONES.__contains__),
    Gate("saints-building", "first", _SAINTS.__contains__),
    Gate("landmark-head", "first", names_around.LANDMARK_WORDS.__contains__),
    Gate("compass-of-street", "first", words.DIRECTIONS.__contains__),
    Gate("outlet-name", "previous", outlets.may_precede),
    Gate("outlet-name", "previous", "(".__eq__),  # a dateline's source: "LAGOS (Punch) -"
    Gate("name-before", "previous", neighbours.may_name_before),
    Gate("name-after", "compound"),
    Gate("name-after", "following", neighbours.may_name_after),
    Gate("relative-named", "previous", ",".__eq__),
    Gate("relatives-listed", "previous", relatives.BEFORE_LISTED.__contains__),
    Gate("kin-possessor", "following", KIN_NOUNS.__contains__),  # "Hudson's father"
    Gate("kin-possessor", "following", relatives.APOSTROPHES.__contains__),  # "Reyes' son"
    Gate("venue-named", "previous", _the),
    Gate("own-age", "following", ",".__eq__),
    Gate("speaker", "following", _speech_verb),
    Gate("numbered-name", "following", town_checks.numeral),
    Gate("nationality", "key", GROUP_WORDS.__contains__),
    Gate("village-common-word", "village"),
    Gate("village-at-home", "village"),
    Gate("village-pending", "village"),
    Gate("small-town-unsupported", "minor-town"),
    Gate("leader-named", "key", words.LEADERS.__contains__),
    Gate("person-possessive", "key", words.AMBIGUOUS.__contains__),
    Gate("ambiguous-unsupported", "key", words.AMBIGUOUS.__contains__),
    Gate("renamed-unsupported", "renamed"),
    Gate("too-short", "key", lambda key: len(key) < 2),
    Gate("abbreviation-after-article", "previous", _article),
    Gate("short-acronym", "key", _short_acronym),
)


def features(c: Candidacy) -> tuple[tuple[str, str, str, str], tuple[bool, ...]]:
    """The words and flags of ``c`` the gates read, in the order of :data:`WORDS` and
    :data:`FLAGS`."""
    candidate, traits, key = c.candidate, c.traits, c.candidate.key
    return (key, c.previous, c.following, c.sentence.texts[candidate.first]), (
        c.claimed,
        # (a span the organizations field names is claimed: asked only of a claimed name)
        c.claimed and products.institution_or_company(candidate, c.claims.readings),
        candidate.first <= 1 and key.lower() in c.article.lower_case,
        key in c.article.storms,
        key in c.article.products,
        key in c.claims.surnames,
        c.sporty,
        traits.village,
        traits.minor_town,
        traits.renamed,
        candidate.shouted,
        c.dated,
        candidate.compound,
    )


#: :data:`CHECKS` cut down to those whose gates let a name through.
SCREEN = Screen(CHECKS, words=WORDS, flags=FLAGS, gates=GATES)


def mention(candidacy: Candidacy) -> Mention | None:
    """The place mention the checks keep, or None (see
    :data:`~newsfacts_locations.checks.CHECKS`; untraced, only the checks that may hold are
    asked: :data:`SCREEN`)."""
    candidate = candidacy.candidate
    checks = CHECKS if tracing() else SCREEN.table(*features(candidacy))
    outcome = decide(checks, candidacy, default="accept", start=candidate.start, end=candidate.end)
    if outcome == "name-part":
        candidacy.article.name_parts.add(candidate.key)
    if outcome in ("reject", "name-part"):
        return None
    return Mention(  # positional: a named tuple's keywords cost more than its fields
        candidate,
        candidacy.start,
        candidacy.qualifier or candidacy.owner,
        candidacy.supported,
        outcome == "pending",
        outcome == "dateline",
        False,
        candidacy.following in words.RESIDENT_NOUNS,
        context.division_named(
            candidacy.following,
            candidate.places,
            (candidacy.before_previous, candidacy.previous),
        )
        or names_around.state_of_office(candidacy),
    )
