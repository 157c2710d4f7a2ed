"""Whether a name a rule found is kept as an organization: an ordered table of named checks.

Every rule of :mod:`newsfacts_organizations.rules` (list names, defined acronyms, head
words, cues, acronyms, chambers, institutions, sports teams) proposes candidates; each
candidate then goes through :data:`CANDIDATE_CHECKS`, and the first check that holds rejects
it (none holding, it is kept; not tracing, :mod:`newsfacts_organizations.gates` asks only
the checks that may hold). ``newsfacts explain --field organizations`` shows the table.
The checks that find a person where a rule saw an organization are in
:mod:`newsfacts_organizations.person_checks`, those that find an event, a venue or a street in
:mod:`newsfacts_organizations.thing_checks`.
"""

from __future__ import annotations

from newsfacts.plugin import COUNTRY_NAMES, Check, dateline, read_table
from newsfacts_organizations import departments, firms, institutions, sports_owners, thing_checks
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.lexicon import (
    CALL_SIGN,
    COMMON_READINGS,
    DATELINE_REACH,
    HEADS,
    NOT_ORGANIZATIONS,
    PACKAGE,
    REGION_WORDS,
    THE_PLACES,
    is_demonym,
)
from newsfacts_organizations.name_tables import KNOWN, PLACE_METONYMS
from newsfacts_organizations.person_checks import (
    party_letter,
    people_noun_opening,
    person,
    person_name_alone,
    post_nominal,
)
from newsfacts_organizations.rules import (
    ACRONYM_NAME_RULE,
    CUE_RULE,
    KNOWN_RULE,
    SPORTS_RULE,
    Candidate,
)
from newsfacts_organizations.runs import Sentence, is_year


def _dateline(c: Candidacy) -> bool:
    """ "LEEDS , England 1996-08-26": a short line ending in a date names places."""
    if c.candidate.rule >= KNOWN_RULE:
        return False
    texts = c.sentence.texts
    count = len(texts)
    return count <= 9 and any(
        is_year(texts, index) and (index + 1 == count or texts[index + 1] == "-")
        for index in range(max(0, count - 5), count)
    )


def _listed_not_organization(c: Candidacy) -> str:
    key = c.candidate.key
    if key in NOT_ORGANIZATIONS and _national_team(c):
        return ""  # "Canada beat Honduras 2-0": its side
    if key in NOT_ORGANIZATIONS or _demonym_before_listed(key) or _opens_listed(c):
        return "not_organizations.txt"
    return "metonyms.tsv" if key in PLACE_METONYMS else ""


def _national_team(c: Candidacy) -> bool:
    """A country listed as no organization ("United States", "United Kingdom": its head word
    made a name of it) that the sports rules, or a mention of a team, read as a side."""
    return c.candidate.entry.kind == "sports" and " ".join(c.candidate.key) in COUNTRY_NAMES


def _opens_listed(c: Candidacy) -> bool:
    """ "aboard Air Force One": the name and the word after it are a listed thing."""
    texts, last = c.sentence.texts, c.candidate.last
    return last < len(texts) and (*c.candidate.key, texts[last]) in NOT_ORGANIZATIONS


def _demonym_before_listed(key: tuple[str, ...]) -> bool:
    """ "Jewish West Bank settlements": an adjective of people before a listed name."""
    return len(key) > 1 and is_demonym(key[0]) and key[1:] in NOT_ORGANIZATIONS


def _place_after_the(c: Candidacy) -> bool:
    """ "deforestation in the Amazon", "the Brazilian Amazon", "the western tropical Atlantic":
    a company's or a publication's name that names a place after "the" (``the_places.tsv``),
    no noun of the company's after it ("the Amazon warehouse")."""
    candidate, lowered = c.candidate, c.sentence.lowered
    first = candidate.last - 1
    name = lowered[first] if len(candidate.key) == 1 and first >= 0 else ""
    if name not in THE_PLACES:
        return False
    before = first - 1
    if before > 0 and is_demonym(c.sentence.texts[before]):
        before -= 1  # "the Peruvian Amazon"
    while before > 0 and lowered[before] in REGION_WORDS:
        before -= 1  # "the western tropical Atlantic"
    if before < 0 or lowered[before] != "the":
        return False
    after = lowered[candidate.last] if candidate.last < len(lowered) else "."
    return not after.isalpha() or after in THE_PLACES[name]


def _common_noun(c: Candidacy) -> str:
    """ "Labour costs rose", "Labor shortages": a party's one-word name before a noun in lower
    case that makes it the common noun (``data/common_readings.tsv``)."""
    candidate, lowered = c.candidate, c.sentence.lowered
    if len(candidate.key) != 1 or candidate.last >= len(lowered):
        return ""
    after = lowered[candidate.last]
    readings = COMMON_READINGS.get(candidate.key[0].lower())
    return after if readings and after in readings else ""


def _currency_prefix(c: Candidacy) -> bool:
    """ "AU$20 billion", "NZ$5", "HK$1": a country's letters written onto a currency sign."""
    after, texts = c.candidate.last, c.sentence.texts
    return (
        after < len(texts)
        and texts[after] in CURRENCY_SIGNS
        and c.sentence.starts[after] == c.candidate.end
        and len(texts[after - 1]) <= 3
        and texts[after - 1].isupper()
    )


CURRENCY_SIGNS = frozenset("$€£¥")


def _portfolio(c: Candidacy) -> str:
    """ "Emergency Management Minister Mark Mitchell", "Secretary of State": a minister's
    portfolio, no company (a listed body keeps its name before "Minister": "Labour
    Minister" is no portfolio of the party)."""
    after = c.candidate.last
    first = after - len(c.candidate.key)
    texts = c.sentence.texts
    if (
        first >= 2
        and texts[first - 1] == "of"
        and texts[first - 2] in _OFFICES_OF
        and after < len(texts)
        and texts[after][:1].isupper()
        and not texts[first].isupper()
    ):
        office: str = texts[first - 2]
        return office  # "Deputy Secretary of State Alan Rourke": his office's (not "of APC")
    if c.candidate.rule >= KNOWN_RULE or after >= len(texts):
        return ""
    if (c.candidate.key[-1], texts[after]) in BODY_TITLES:
        return f"{c.candidate.key[-1]} {texts[after]}"  # "Transport Cabinet Secretary ..."
    return texts[after] if texts[after] in MINISTERS else ""


# (Not "Secretary": "Treasury Secretary", "Health and Human Services Secretary" name bodies.)
MINISTERS = frozenset({"Minister", "Ministers"})
# A body's word and a title that make one office before a name: "Interior Cabinet Secretary
# Paul Wekesa" holds no body "Interior Cabinet", "White House Press Secretary" no "White House
# Press" (data/body_titles.tsv)
BODY_TITLES = frozenset(
    (word, title) for word, title in read_table(PACKAGE, "body_titles.tsv", columns=2)
)
# Offices named with "of" and a portfolio: "Secretary of State", "Minister of Defence"
_OFFICES_OF = frozenset({"Secretary", "Secretaries", "Minister", "Ministers"})


def _product_edition(c: Candidacy) -> bool:
    return institutions.edition(c.candidate)


def _opening_dateline(c: Candidacy) -> bool:
    """ "MELBOURNE, Australia — Australia beat England", "BEIRUT (AP)": the dateline says
    where, not who, but for a listed international body's, where it sits ("UNITED NATIONS
    (AP)", a dateline of news agencies: the body is named). Only a dateline of a place and
    its qualifier, or of words in capitals: "RNC Chair Marla Quinn" and "NEW YORK 74 59 .556
    -" (a table row) open with an organization. A dateline in brackets or before a
    title-case word: see _unknown_place."""
    if c.candidate.rule >= KNOWN_RULE and c.candidate.entry.kind == "international":
        return False  # "UNITED NATIONS (AP) --": the body's headquarters, named for it
    units, last = c.sentence.segments(), c.candidate.last  # (the core's reader takes segments)
    dated = dateline(units, closed=True)  # not "FBI Director James Comey"
    if units[0].text == "(":
        return last <= dated and _unknown_place(c.candidate)
    if last > dated:  # "LONDON The Latest on ...", but not "HCPS Superintendent Lena Ortiz"
        opening = c.candidate.start < DATELINE_REACH  # in the article's, not a later sentence
        return opening and last <= dateline(units) and _unknown_place(c.candidate)
    texts = c.sentence.texts[:dated]
    return "," in texts or all(text.isalpha() and text.isupper() for text in texts)


def _unknown_place(candidate: Candidate) -> bool:
    """ "(LONDON) -- Police said", "(MIAMI) —", "LONDON The Latest on ...": the core reads a
    dateline there, but it may hold an agency or a network too ("(CNN) —", "FBI Director James
    Comey"): only a word the tables do not know, read as an acronym, is its place; a station's
    call sign is not ("(WSAW) --"). Before a title-case word, only at the article's opening:
    later, an unknown acronym before a title is a body's ("HCPS Superintendent Lena Ortiz")."""
    return candidate.rule < KNOWN_RULE and not CALL_SIGN.fullmatch(candidate.entry.name)


def _common_word(c: Candidacy) -> bool:
    """ "Shots were coming thick and fast": a team read from the verb after one word opening its
    sentence, a word the article writes in lower case elsewhere, or a plural whose singular
    it writes so ("he saved the shot"), or a pronoun's or a verb's contraction ("“We'll go
    again in Monza”"); so is a body read from a cue after such a word, "Family spokesman Tom
    Reyes said" ("the family"), "Bank executives are" ("a bank")."""
    candidate = c.candidate
    if candidate.rule not in _WORD_READ_RULES or len(candidate.key) != 1:
        return False
    word = candidate.key[0].lower()
    return _opens_sentence(c.sentence, candidate.start) and (
        word in c.lower_case
        or (word.endswith("s") and word[:-1] in c.lower_case)
        or word.replace("’", "'").endswith(_CONTRACTIONS)
        or _lone_head(candidate)
    )


# The endings of contractions: "we'll", "they're", "I've", "she'd", "I'm", "don't"
_CONTRACTIONS = ("'ll", "'re", "'ve", "'d", "'m", "n't")


def _lone_head(candidate: Candidate) -> bool:
    """ "Bank shares fell", "Ministry spokesman Ann Lee said": a head word alone before a cue
    names no body, though the article writes it in lower case nowhere (not a listed one:
    "Treasury officials said", "Parliament spokesman ...")."""
    head = HEADS.get(candidate.key[0])
    return candidate.rule == CUE_RULE and head is not None and candidate.key not in KNOWN


def _acronym_before_words(c: Candidacy) -> str:
    """ "the TWA Flight 800" (the article writes "flight"), "AG Lynch" (a person's surname):
    an acronym's name taken over the words after it (see unknown_acronyms) ends at the acronym."""
    candidate = c.candidate
    if candidate.rule != ACRONYM_NAME_RULE:
        return ""
    for word in candidate.key[1:]:
        if word.lower() in c.lower_case or (word,) in c.person_names:
            return word
    return ""


# The rules that read a name of one word from the words around it, not from itself
_WORD_READ_RULES = frozenset({SPORTS_RULE, CUE_RULE})


def _opens_sentence(sentence: Sentence, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence, after quote marks or brackets
    only: '"Anime fans showed up," said ...'."""
    for unit_start, text in zip(sentence.starts, sentence.texts, strict=True):
        if unit_start == start:
            return True
        if text not in _OPENING_MARKS:
            return False
    return False


_OPENING_MARKS = frozenset(['"', "“", "‘", "'", "(", "["])
#: The words before a name that opens its sentence: none (""), or an opening mark
OPENING_WORDS = _OPENING_MARKS | {""}


CANDIDATE_CHECKS: tuple[Check[Candidacy], ...] = (
    Check("dateline", _dateline, "reject", "a short line ending in a date names places"),
    Check("in-dateline", _opening_dateline, "reject", "in the dateline opening its sentence"),
    Check(
        "person-name-alone",
        person_name_alone,
        "reject",
        'the given name or surname of a person of the article ("Rios")',
    ),
    Check(
        "listed-not-an-organization",
        _listed_not_organization,
        "reject",
        "listed as a place or thing, not an organization",
    ),
    Check(
        "event-name",
        thing_checks.event_name,
        "reject",
        'the name of an event ("the British Masters")',
    ),
    Check(
        "event-acronym",
        thing_checks.event_acronym,
        "reject",
        "the acronym of an event's name, not listed",
    ),
    Check(
        "event-word-after",
        thing_checks.event_word_after,
        "reject",
        'opens an event\'s name ("UEFA Cup")',
    ),
    Check(
        "venue-word-after",
        thing_checks.venue_word_after,
        "reject",
        'opens a venue\'s name ("Emirates Stadium"; newsfacts/data/venue_words.txt)',
    ),
    Check("venue-name", thing_checks.venue_name, "reject", 'a venue: "Harbor Civic Center"'),
    Check("street-after", thing_checks.street_after, "reject", 'names a street: "Congress Street"'),
    Check("model-after", thing_checks.model_number_after, "reject", 'a product: "a Boeing 757"'),
    Check("index-after", firms.index_name, "reject", 'names an index: "the KBW Bank index"'),
    Check(
        "town-as-place", institutions.town_as_place, "reject", 'a team\'s town: "fans in Boston"'
    ),
    Check(
        "place-after-the",
        _place_after_the,
        "reject",
        'a company\'s name naming a place after "the": "deforestation in the Amazon"',
    ),
    Check(
        "common-noun",
        _common_noun,
        "reject",
        'a common noun before another: "Labour costs" (data/common_readings.tsv)',
    ),
    Check(
        "currency-prefix",
        _currency_prefix,
        "reject",
        'a country\'s letters before a currency sign: "AU$20 billion"',
    ),
    Check(
        "portfolio",
        _portfolio,
        "reject",
        'a minister\'s portfolio: "Emergency Management Minister Mark Mitchell"',
    ),
    Check(
        "portfolio-in-other-name",
        departments.in_other_name,
        "reject",
        'a department\'s portfolio alone in an office or another name: "secretary of State",'
        ' "Chief Justice John Roberts"',
    ),
    Check(
        "product-edition",
        _product_edition,
        "reject",
        'a product for a platform ("Office for Mac")',
    ),
    Check("person", person, "reject", "a person's name, found by the people field"),
    Check(
        "post-nominal",
        post_nominal,
        "reject",
        'letters after a person\'s name: "Sally Dowling SC" (newsfacts/data/post_nominals.txt)',
    ),
    Check(
        "party-letter",
        party_letter,
        "reject",
        "a party's letter before a member's home town: \"(D-Newport News)\"",
    ),
    Check(
        "common-word",
        _common_word,
        "reject",
        'a team or cued body of one common word opening its sentence: "Balls were going'
        ' really fast", "Family spokesman Tom Reyes said"',
    ),
    Check(
        "acronym-before-words",
        _acronym_before_words,
        "reject",
        'an acronym taken with a common word or a person\'s name after it: "TWA Flight"',
    ),
    Check(
        "people-noun-opening",
        people_noun_opening,
        "reject",
        'a noun for people opening its sentence: "Officials in Haiti reported" '
        "(newsfacts/data/people_nouns.txt)",
    ),
    Check(
        "country-owning-body",
        sports_owners.country_owning_body,
        "reject",
        "a country read as a team before its possessive and a body's noun: \"Mauritania 's"
        ' soccer federation" (data/owned_body_nouns.txt)',
    ),
    Check(
        "country-as-state",
        sports_owners.country_as_state,
        "reject",
        'a country read as a team before a noun of the state or of a nationality: "a '
        'proud U.S. citizen" (data/state_nouns.txt)',
    ),
    Check(
        "venue-opening",
        thing_checks.venue_opening,
        "reject",
        'a team\'s name opening a sentence after "In" or "At", before a comma: the venue',
    ),
    Check(
        "venue-closing",
        thing_checks.venue_closing,
        "reject",
        'a team\'s name after "in" ending its sentence or clause: the venue ("a crowd in'
        ' Moldova.")',
    ),
)


__all__ = ["CANDIDATE_CHECKS"]
