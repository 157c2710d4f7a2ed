"""What each check of :data:`~newsfacts_organizations.checks.CANDIDATE_CHECKS` needs to
hold, read off a few words and flags of the candidacy: the table
:class:`~newsfacts.plugin.Screen` cuts down.

Nearly every candidate passes all 27 checks ("Reuters" is kept after a call to each), and
each check reads the candidate's sentence again. Each gate below is a *necessary* condition
of its check, on the name's key, its last unit, the word before or after it, or a flag: a
check none of whose gates passes cannot hold, and is not asked. The outcome is the whole
table's (``newsfacts explain`` asks it whole); ``tests/test_organizations_gates.py`` holds
every check that holds on its sentences to its gates. :func:`kept` decides a candidate so.
"""

from __future__ import annotations

from newsfacts.plugin import PEOPLE_NOUNS, POST_NOMINALS, VENUE_WORDS, Gate, Screen, decide, tracing
from newsfacts_organizations import (
    checks,
    departments,
    firms,
    institutions,
    person_checks,
    sports_owners,
    sports_venues,
    thing_checks,
)
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.lexicon import (
    COMMON_READINGS,
    EVENT_WORDS,
    NOT_ORGANIZATIONS,
    POSSESSIVE_ENDINGS,
    THE_PLACES,
)
from newsfacts_organizations.name_tables import PLACE_METONYMS
from newsfacts_organizations.rules import ACRONYM_NAME_RULE
from newsfacts_organizations.runs import is_possessive

#: The words a gate may read: the name's key (a tuple of its units' texts), its last unit,
#: and the units before and after it ("" at the sentence's edge).
WORDS = ("key", "final", "before", "after")
#: The flags a gate may read (see :func:`features`).
FLAGS = (
    "short",  # a sentence of at most 9 units
    "person-name",  # the key is a given name or surname of a person of the article
    "acronym",  # the name's entry has an acronym
    "person",  # the people field claims text it overlaps
    "acronym-name-rule",  # an acronym's name taken over the words after it
    "caps",  # a sentence in capitals
    # a sentence whose first unit is in capitals ("MELBOURNE", "BEIRUT"), or in brackets ("(MIAMI)")
    "capital-opening",
)

# A listed thing's words but its last: "Air Force" of "Air Force One" (see _opens_listed)
_LISTED_OPENINGS = frozenset(name[:-1] for name in NOT_ORGANIZATIONS if len(name) > 1)


def _listed(key: tuple[str, ...]) -> bool:
    return (
        key in NOT_ORGANIZATIONS
        or key[1:] in NOT_ORGANIZATIONS
        or key in _LISTED_OPENINGS
        or key in PLACE_METONYMS
    )


def _event_word(word: str) -> bool:
    """An event's word as written, or as a sentence in capitals reads it ("OPEN")."""
    return word in EVENT_WORDS or word.lower().title() in EVENT_WORDS


def _may_open_venue(word: str) -> bool:
    """A venue's word, or a word that may go on a run of capitalized words (the check reads
    the run on past the name): a capitalized word or a number, "&" ("AT&T Stadium") or a
    possessive alone; not a comma, a full stop, a bracket, nor the sentence's end ("")."""
    first = word[:1]
    return (
        not first.islower() and (first.isalnum() or word == "&" or is_possessive(word))
    ) or word.lower().title() in VENUE_WORDS


def _portfolio_after(word: str) -> bool:
    return word in checks.MINISTERS or any(word == title for _, title in checks.BODY_TITLES)


GATES = (
    Gate("dateline", "short"),
    # A dateline opens with a place in capitals (see newsfacts.datelines.dateline)
    Gate("in-dateline", "capital-opening"),
    Gate("person-name-alone", "person-name"),
    Gate("listed-not-an-organization", "key", _listed),
    Gate("event-name", "key", lambda key: _event_word(key[-1])),
    Gate("event-name", "key", lambda key: key[-1] in thing_checks.STATE_VOTES),
    Gate("event-acronym", "acronym"),
    Gate("event-word-after", "after", _event_word),
    Gate("venue-word-after", "after", _may_open_venue),
    Gate("venue-word-after", "caps"),
    Gate("venue-name", "key", thing_checks.venue_end),
    Gate("street-after", "after", lambda word: word.lower() in thing_checks.STREET_NOUNS),
    Gate("model-after", "after", lambda word: any(map(str.isdigit, word[:3]))),
    Gate("index-after", "after", firms.INDEX_NOUNS.__contains__),
    Gate("town-as-place", "before", lambda word: word.lower() in institutions.TOWN_PLACE_WORDS),
    Gate("place-after-the", "final", lambda word: word.lower() in THE_PLACES),
    Gate("common-noun", "key", lambda key: len(key) == 1 and key[0].lower() in COMMON_READINGS),
    Gate("currency-prefix", "after", checks.CURRENCY_SIGNS.__contains__),
    Gate("portfolio", "before", "of".__eq__),  # "Secretary of State Alan Rourke"
    Gate("portfolio", "after", _portfolio_after),  # "Emergency Management Minister"
    Gate("portfolio-in-other-name", "key", departments.PORTFOLIOS.__contains__),
    Gate("product-edition", "key", lambda key: not institutions.PLATFORMS.isdisjoint(key[1:])),
    Gate("person", "person"),
    Gate("post-nominal", "key", lambda key: len(key) == 1 and key[0] in POST_NOMINALS),
    Gate("party-letter", "key", lambda key: person_checks.party_lettered(key[0])),
    # A word opening its sentence, after no unit or an opening mark only (see
    # checks._opens_sentence), a team's or a cued body's
    Gate("common-word", "before", checks.OPENING_WORDS.__contains__),
    Gate("acronym-before-words", "acronym-name-rule"),
    Gate("people-noun-opening", "key", lambda key: key[0].lower() in PEOPLE_NOUNS),
    Gate("country-owning-body", "after", is_possessive),  # "Mauritania 's"
    Gate("country-owning-body", "final", lambda word: word.endswith(POSSESSIVE_ENDINGS)),
    Gate("country-as-state", "after", sports_owners.STATE_NOUNS.__contains__),
    # The second unit of its sentence, after "In" or "At": "In Denver , ..."
    Gate("venue-opening", "before", sports_venues.VENUE_OPENERS.__contains__),
    Gate("venue-closing", "before", "in".__eq__),  # "a stunned crowd in Latvia ."
)

#: :data:`~newsfacts_organizations.checks.CANDIDATE_CHECKS` cut down to those whose gates let
#: a candidate through.
SCREEN = Screen(checks.CANDIDATE_CHECKS, words=WORDS, flags=FLAGS, gates=GATES)


def features(
    c: Candidacy,
) -> tuple[tuple[tuple[str, ...], str, str, str], tuple[bool, ...]]:
    """The words and flags of ``c`` the gates read, in the order of :data:`WORDS` and
    :data:`FLAGS`."""
    candidate, sentence = c.candidate, c.sentence
    texts, key, last = sentence.texts, candidate.key, candidate.last
    first = last - len(key)
    words = (
        key,
        texts[last - 1],
        texts[first - 1] if first > 0 else "",
        texts[last] if last < len(texts) else "",
    )
    return words, (
        len(sentence.texts) <= 9,
        key in c.person_names,
        bool(candidate.entry.acronym),
        c.people.overlaps(candidate.start, candidate.end),
        candidate.rule == ACRONYM_NAME_RULE,
        sentence.caps,
        texts[0].isupper() or (texts[0] == "(" and len(texts) > 1 and texts[1].isupper()),
    )


def kept(candidacy: Candidacy) -> bool:
    """Whether the candidate passes :data:`~newsfacts_organizations.checks.CANDIDATE_CHECKS`
    (traced when asked; untraced, only the checks that may hold are asked: :data:`SCREEN`)."""
    candidate = candidacy.candidate
    if tracing():
        table = checks.CANDIDATE_CHECKS
    else:
        table = SCREEN.table(*features(candidacy))
        if not table:
            return True  # most names: no check may hold, none is asked (nothing to record)
    outcome = decide(table, candidacy, default="accept", start=candidate.start, end=candidate.end)
    return outcome == "accept"
