"""Is a run of capitalized words a name? The words a group leaves for the name once its titles
are read (:class:`Run`), and the ordered checks that turn it down (:data:`RUN_CHECKS`: an
acronym, an organization's or a place's word, a company named like a person...). Decided
once per distinct run and context by :mod:`newsfacts_people.mentions`; the explain trace shows
the checks."""

from __future__ import annotations

from typing import NamedTuple

from newsfacts.plugin import Check
from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people import person_cues as cues
from newsfacts_people import roles
from newsfacts_people.surname_first import surname_first


class Run(NamedTuple):
    """The words of a group left for the name, once its leading titles are read (a named
    tuple: one is built for every run of capitalized words)."""

    words: tuple[str, ...]
    place_led: bool
    # A title or honorific comes before the words ("Councilmember Traci Park")
    titled: bool = False
    # Two words set off by commas after a role or kin noun ("Her attorney, Rebecca Hall,"):
    # see :func:`person_in_context`
    described: bool = False
    # The title before the words is a plural noun ("Finance Leaders Forum Day"): see
    # :func:`_event_period`
    plural_title: bool = False


def _no_words(run: Run) -> bool:
    return not run.words


def _place_led(run: Run) -> bool:
    return run.place_led


def _ends_with_initial(run: Run) -> bool | str:
    """An initial ends the name ("John F."), or a letter alone is all of it ("Gen Z")."""
    last = run.words[-1]
    alone = len(run.words) == 1 and len(last) == 1
    return ((last.endswith(".") and len(last) <= 2) or alone) and last


def _place_head(run: Run) -> bool | str:
    """ "Hyde Park"; "Franklin County Auditor" (a place's office). Not the first word: "Delta
    Burke". A place named like a person ("Byron Bay") unless a title comes before it
    ("Councilmember Traci Park")."""
    if run.words[-1] in lx.PLACE_HEADS:
        return run.words[-1]
    if run.words in lx.PLACE_NAMES and not run.titled:
        return " ".join(run.words)
    for word in run.words[1:-1]:  # a loop, not a generator: most runs have no inner word
        if word in lx.INNER_PLACE_HEADS:
            return word
    return False


def _storm_name(run: Run) -> bool | str:
    """ "Hurricane Milton", "Tropical Storm Kristine": a storm's word before the last word;
    not after a title ("Actress Storm Reid": a given name)."""
    words = run.words
    # one set test in C first: nearly every run holds no storm's word
    if run.titled or lx.STORM_WORDS.isdisjoint(words):
        return False
    return next((word for word in words[:-1] if word in lx.STORM_WORDS), False)


def _event_period(run: Run) -> bool | str:
    """ "Finance Leaders Forum Day", "Teachers Appreciation Day": after a title in the plural,
    a first word that is no given name nor an initial and a day's, week's or night's word
    last name an event; not "Coach Ryan Day", "Councillor Corvina Day" (a title of one)."""
    words = run.words
    first = words[0]
    return (
        run.plural_title
        and len(words) > 1
        and words[-1] in lx.EVENT_PERIODS
        and not (first.endswith(".") or first.isupper() or nf.is_given_name(first))
        and " ".join(words)
    )


def _acronym(run: Run) -> bool | str:
    for position, word in enumerate(run.words):
        if len(word) > 1 and word.isupper() and not word.endswith("."):
            # "JJ Redick", "AJ Brown": initials written as a given name, first; after a title
            # any two ("Gov. JB Pritzker", "Sen. JD Vance")
            initials = nf.is_given_name(word) or (run.titled and len(word) == 2)
            if position == 0 and len(run.words) > 1 and initials:
                continue
            if position == len(run.words) - 1 and position > 0 and word in lx.NAME_SUFFIXES:
                continue  # "King Charles III", "John Smith IV": a suffix
            return word
    return False


# Words of organizations' and places' names that are common surnames too: after a title and
# one more word, or set off by commas after a role, they end a person's name ("Councilmember
# Traci Park", "Chair Sharif Street", "Her attorney, Rebecca Hall,"; not "Ellis Park", "James
# Street")
SURNAME_ORG_WORDS = frozenset(["Park", "Hall", "Street", "Castle"])


# Words of companies' names that are surnames too, after a place's name: "Georgia Power",
# "Florida Power & Light" (not "Samantha Power")
_AFTER_PLACE_ORG_WORDS = frozenset(["Power", "Light", "Edison"])
# Organizations' words only as the last word of a run: "Nova Scotia Health", "Novant Health";
# not "Harlan Kept Quiet On Health Scare" (a headline in capitals)
_LAST_ORG_WORDS = frozenset(["Health"])


def person_in_context(text: str, start: int, words: tuple[str, ...], named: set[str]) -> bool:
    """Whether words at ``start`` that end in a surname also an organization's word are a
    person's by their context: two set off by commas after a role or kin noun ("Her attorney,
    Rebecca Hall, said"; not "near the venue, Victoria Park,"), or the surname alone of such
    a person the text named before (``named``: see :func:`org_word_surname`; "Hall said")."""
    if words[-1] not in SURNAME_ORG_WORDS:
        return False  # nearly every group: no slice read
    if len(words) == 1:
        return words[0] in named
    if len(words) != 2:
        return False
    end = text.find(words[1], start) + len(words[1])
    return text.startswith(",", end) and cues.role_before_comma(text, start)


def org_word_surname(run: Run) -> str | None:
    """The surname of a person's name that is also an organization's word, when a title or a
    role before it made it a person's ("Councilmember Traci Park", "Her attorney, Rebecca
    Hall,"): the text's later "Park" or "Hall" alone is that person."""
    words = run.words
    if len(words) == 2 and (run.titled or run.described) and words[1] in SURNAME_ORG_WORDS:
        return words[1]
    return None


def _organization_word(run: Run) -> bool | str:
    words = run.words
    last = len(words) - 1
    if (run.titled or run.described) and last <= 1 and words[-1] in SURNAME_ORG_WORDS:
        return False
    if words[-1] in _AFTER_PLACE_ORG_WORDS and words[0] in lx.PLACES:
        return words[-1]
    if last and words[-1] in _LAST_ORG_WORDS:
        return words[-1]
    for position, word in enumerate(words):
        # "Kelly File", "Trump Tower"; not "Bill Clinton", nor "Park Geun-hye" (a family
        # name first)
        if word in lx.ORG_WORDS and not (
            position < last
            and (nf.is_given_name(word) or (position == 0 and surname_first(words) is not None))
        ):
            return word
        if "-" in word and _hyphened_org_word(word):
            return word  # "the Lawrence Journal-World", "the Atlanta Journal-Constitution"
    return False


def _hyphened_org_word(word: str) -> bool:
    """Whether a word joined by hyphens holds an organization's word that is no surname
    ("Journal-World"; not "Castle-Hughes")."""
    return any(part in lx.ORG_WORDS and part not in SURNAME_ORG_WORDS for part in word.split("-"))


def _place_body(run: Run) -> bool | str:
    """ "Parks Victoria", "Tourism Victoria said": a public body's field and one word, the
    place it serves; not after a title, nor the field's word last ("Victoria Parks")."""
    words = run.words
    return not run.titled and words[:-1] in lx.PLACE_BODY_FIELDS_BEFORE and " ".join(words)


def _party_letter(run: Run) -> bool | str:
    """ "Rep. Nathan Small, D-Las Cruces, said": a party's letter and a hyphen before the
    member's town or state."""
    first = run.words[0]
    return len(first) > 2 and first[0] in "DRI" and first[1] == "-" and first[2].isupper() and first


def _speech_verb(run: Run) -> bool | str:
    """ "Senator Says" in a headline: a title and a speech verb, no name."""
    word = run.words[0]
    return len(run.words) == 1 and word.lower() in lx.SPEECH_VERBS and word


def _slogan(run: Run) -> bool | str:
    """ "the Stop Okafor movement", "Never Lebrun": a slogan's verb or adverb before one word
    (``data/slogan_words.txt``)."""
    words = run.words
    return len(words) == 2 and words[0] in lx.SLOGAN_WORDS and words[0]


def _campaign(run: Run) -> bool | str:
    """ "Save Franklin Farmland", "Protect Our Parks": a campaign's verb opening a run of two
    words or more (``data/campaign_words.txt``)."""
    words = run.words
    return len(words) >= 2 and words[0] in lx.CAMPAIGN_WORDS and words[0]


def _company(run: Run) -> bool | str:
    """ "Eli Lilly", "Morgan Stanley analysts", "the Kenya Red Cross": a company or another
    body named like a person opens or ends the run."""
    for words in (run.words[:2], run.words[-2:]):
        if words in lx.COMPANY_NAMES:
            return " ".join(words)
    return False


# Role nouns that are common surnames: after a title they end a name ("Interim CEO Macquline
# King", "Chief Justice Stephen Bishop"), not a role
_SURNAME_ROLES = frozenset(["King", "Bishop", "Prince", "Judge", "Knight", "Dean", "Sheriff"])


def _role_last(run: Run) -> bool | str:
    words = run.words
    last = words[-1]
    if run.titled and last in _SURNAME_ROLES:
        return False
    return len(words) >= 2 and roles.is_role(last) and not nf.is_given_name(words[0]) and last


#: Is a run of capitalized words, after its leading titles, a name? The first check that
#: holds rejects it; a run none holds for is a name.
RUN_CHECKS: tuple[Check[Run], ...] = (
    Check("no-name-words", _no_words, "reject", "titles only, or a word that is no name first"),
    Check("place-led", _place_led, "reject", 'a place prefix leads it: "San Diego Padres"'),
    Check(
        "ends-with-initial",
        _ends_with_initial,
        "reject",
        'an initial ends it, or is all of it: "John F.", "Gen Z"',
    ),
    Check(
        "place-head",
        _place_head,
        "reject",
        'a place noun ends it or is in it: "Hyde Park", "Franklin County Auditor"',
    ),
    Check("storm-name", _storm_name, "reject", 'a storm\'s name: "Hurricane Milton"'),
    Check(
        "event-period",
        _event_period,
        "reject",
        'an event\'s day or week after a plural title: "Finance Leaders Forum Day"',
    ),
    Check("acronym", _acronym, "reject", 'an acronym in it: "NATO"'),
    Check("speech-verb", _speech_verb, "reject", 'a speech verb alone: "…, Senator Says"'),
    Check("slogan", _slogan, "reject", 'a slogan\'s verb before a surname: "Stop Okafor"'),
    Check("campaign", _campaign, "reject", 'a campaign\'s verb opening it: "Save Elm Park"'),
    Check(
        "party-letter", _party_letter, "reject", 'a party\'s letter: "Nathan Small, D-Las Cruces"'
    ),
    Check(
        "place-body",
        _place_body,
        "reject",
        'a public body\'s field before its place: "Parks Victoria", "Tourism Victoria"',
    ),
    Check(
        "organization-word",
        _organization_word,
        "reject",
        'a word of organizations\' and things\' names: "Trump Tower", "Kelly File"',
    ),
    Check("company", _company, "reject", 'a body named like a person: "Eli Lilly", "Red Cross"'),
    Check(
        "role-last",
        _role_last,
        "reject",
        'a role noun ends it: "the dead soldier\'s Commanding Officer"',
    ),
)
