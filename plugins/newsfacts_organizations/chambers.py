"""Legislative chambers named by one ordinary word: "the House", "House Republicans"."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence, Set

import attrs
import regex

from newsfacts.plugin import Patterns, compiled, read_table, read_words
from newsfacts_organizations import chamber_scans as scans
from newsfacts_organizations.lexicon import (
    DATELINE_REACH,
    PACKAGE,
    STATE_NAMES,
    STATE_WORDS,
    TWO_WORD_STATES,
    US_NAMES,
    is_demonym,
    key_of,
)
from newsfacts_organizations.name_tables import KNOWN, Entry
from newsfacts_organizations.rules import HEAD_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

CHAMBERS = {
    word: KNOWN[key_of(name)] for word, name in read_table(PACKAGE, "chambers.tsv", columns=2)
}
CHAMBER_KEYS = frozenset((word,) for word in CHAMBERS)
FOLLOWERS = read_words(PACKAGE, "chamber_followers.txt")


def chamber_names(sentence: Sentence) -> Iterator[Candidate]:
    """ "the House voted", "House Speaker Paul Ryan"; not "House prices" nor "Opera House"."""
    if sentence.caps or CHAMBERS.keys().isdisjoint(sentence.texts):
        return
    texts = sentence.texts
    for start, end in sentence.runs:
        # At the run's start, or after a "the" inside it: a run of capitalized words may
        # hold lower-case connectors ("Later the House voted" is one run).
        for index in range(start, end):
            entry = CHAMBERS.get(texts[index])
            if entry is None:
                continue
            after_the = index > 0 and texts[index - 1] in ("the", "The")
            if index > start and not after_the:
                state = _state_before(texts, start, index)
                if state is not None:  # "the Texas House voted": the state's, as written
                    last = index + 3 if texts[index + 1 : index + 3] in _OF_MEMBERS else index + 1
                    entry = Entry(" ".join(texts[state:last]), None, "government")
                    yield make(sentence, state, last, entry, None, HEAD_RULE)
                continue  # "Opera House"
            last = index + 1 == end
            # "the House on Tuesday": a run may go on past a preposition no chamber's name holds
            last = last or (after_the and texts[index + 1] in _PAST_THE_NAME)
            if (last and after_the) or (not last and texts[index + 1] in FOLLOWERS):
                yield make(sentence, index, index + 1, entry, None, HEAD_RULE)


# Prepositions after a chamber's word that end its name ("passed the House on Tuesday"; not
# "of": "the House of Representatives")
_PAST_THE_NAME = frozenset(("on", "in", "at", "by", "for", "to", "with", "after", "before"))
# The rest of a state's lower chamber's name: "the Virginia House of Delegates"
_OF_MEMBERS = (["of", "Representatives"], ["of", "Delegates"])


def _state_before(texts: Sequence[str], start: int, index: int) -> int | None:
    """Where the name of a state of one or two words ends right before ``index`` in the run
    from ``start``: "Ohio| House", "North Carolina| House"; None if none does."""
    if texts[index - 1] not in STATE_NAMES:
        return None
    two_words = index - 2 >= start and " ".join(texts[index - 2 : index]) in TWO_WORD_STATES
    return index - 2 if two_words else index - 1


# The chambers "the House" and "the Senate" name in an article about a state's government
# (the word alone: "the U.S. Senate" is always Congress's).
_NATIONAL = frozenset(entry.name for entry in CHAMBERS.values()) | {
    KNOWN[key_of(name)].name for name in ("Senate", "Congress")
}
_STATE_GOVERNMENT = r"""
    \b[Ss]tate[ ]+(?:(?:House|Senate|Assembly|Legislature|[Cc]apitol|lawmakers?|legislators?
                       |[Rr]epresentative|[Ss]enator)\b
                    | Rep\. | Sen\.)                                # "state Sen. Ana Ruiz"
    | \b(?:Legislature|[Ss]tatehouse|Assemblyman|Assemblywoman)\b  # "the Legislature"
    """
# A state's lawmakers named by the state: "Idaho lawmakers", "the Ohio Legislature" (one-word
# state names: lexicon.STATE_NAMES, but its one name of two words, "United States", whose
# House and lawmakers are Congress's; not "Senate": "the Texas Senate race" may be Congress's)
_STATES = "|".join(sorted(name for name in STATE_NAMES if " " not in name))
_STATE_LAWMAKERS = rf"""\b(?:{_STATES})[ ]+
    (?:lawmakers|legislators|Legislature
      |House(?![ ]+(?:race|seat|candidate|delegation|district)))\b  # not "the Texas House race"
    """
# A state legislator's party and home town: "Rep. Nathan Small, D-Las Cruces,", "a Nampa
# Republican" (a member of Congress is written with a state: "D-Calif.", "R-Texas", "a
# Texas Republican")
_MEMBER_TOWN = r"""
    \b[DRI]-(?:\p{Lu}\p{Ll}+[ ])?(?P<last>\p{Lu}\p{Ll}+)(?![.\w])
    | \b[Aa][ ](?:\p{Lu}\p{Ll}+[ ])?(?P<last>\p{Lu}\p{Ll}+)[ ](?:Republican|Democrat)\b
    """
_CONGRESS_WORD = r"\bCongress\b"
# What states' legislatures draw and vote on too: "a new congressional map"
_CONGRESSIONAL = r"\b[Cc]ongressional\b"
_US_CONGRESS = r"""
    \b(?:[Cc]ongressman|[Cc]ongresswoman|Capitol[ ]+Hill)\b
    | \bU\.?S\.?[ ]+(?:House|Senate|Rep\.|Sen\.)                   # "U.S. Sen. Ana Ruiz"
    | \b[DRI]-(?:                                 # a member's state: "D-S.C.", "R-Fla."
          (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn
            |Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.
          | [NSRW]\.[A-Z][a-z]?\.                    # "D-N.Y.", "R-S.C.", "D-W.Va."
          | [A-Z]{2}\b)                               # "R-TX"
    """


# How often an article names a state's legislature or its members before "the House" and
# "the Senate" are taken for its chambers: once is an aside in national news ("a former
# state senator"), twice the article's subject.
STATE_CUES = 2


def state_government(text: str) -> bool:
    """Whether the article is about a state's government, not Congress: it names the state's
    legislature or its members at least twice ("state Sen.", "the Legislature"; a dateline
    of a state's capital counts once: "TALLAHASSEE, Fla. —") and never Congress."""
    if _RULES["congress_word"].search(text) is not None:
        return False  # "Congress"; read first: a literal, one fast scan (the cues' are many)
    cues = 1 if _RULES["capital_dateline"].search(text, 0, DATELINE_REACH) else 0
    for _ in itertools.chain(
        scans.state_words(_RULES["state_government"], text),
        scans.state_lawmakers(_RULES["state_lawmakers"], text),
    ):
        cues += 1
        if cues >= STATE_CUES:
            break
    else:
        towns = scans.member_towns(_RULES["member_town"], text)
        cues += sum(1 for match in towns if match.group("last") not in _US_OWNERS)
    if cues < STATE_CUES:
        return False
    # "The Texas House voted ... a new congressional map": a state's legislature named by
    # the state is the article's even where it speaks of congressional districts.
    named = next(scans.state_lawmakers(_RULES["state_lawmakers"], text), None) is not None
    return _no_congress(text) and (named or _RULES["congressional"].search(text) is None)


def _no_congress(text: str) -> bool:
    """No "U.S. Senate", "congressman", "R-Fla." in ``text`` (nor "Congress": see
    :func:`state_government`)."""
    return scans.congress_sign(_RULES["us_congress"], text) is None


# Another country's legislature: "Peru's Congress", "the Brazilian Senate" (not America's).
_FOREIGN_LEGISLATURE = (
    r"\b(?P<owner>\p{Lu}\p{Ll}+)(?P<possessive>['’]s)?[ ]+"
    r"(?:Congress|Senate|House[ ]+of[ ]+Representatives)\b"
)
#: Owners that are the United States or a state of it (one word: "Carolina" of "North
#: Carolina's Senate"), or no country: "The", "State", the parties, "People" of "the National
#: People's Congress" (a name of its own).
_US_OWNERS = (
    STATE_WORDS | US_NAMES | {"The", "State", "Republican", "Democratic", "Democrat", "People"}
)


# "state" right before a chamber's name: "the state Senate" is the state's, in any article
# (read backwards from the name).
_STATE_WORD_BEFORE = compiled(r"\bstate[ ]+\G", flags=regex.REVERSE)
# A possessive right before a name: "Mexico's| Senate" (read backwards from the name).
_OWNER_BEFORE = compiled(r"(?P<owner>\p{Lu}\p{Ll}+)['’]s[ ]+\G", flags=regex.REVERSE)


def owned_abroad(text: str, start: int, people: Set[str] = frozenset()) -> bool:
    """Whether the name at ``start`` is another country's: "Mexico's Senate" (not "Mrs.
    Clinton's Senate campaign": ``people`` are the words of the article's people's names)."""
    match = _OWNER_BEFORE.search(text, max(0, start - 24), start)
    return match is not None and _abroad(match.group("owner"), people)


def _abroad(owner: str, people: Set[str]) -> bool:
    return owner not in _US_OWNERS and owner not in people


def foreign_legislature(text: str, people: Set[str] = frozenset()) -> bool:
    """Whether the article is about another country's legislature, and names no sign of the
    United States Congress ("U.S. Senate", "congressman", "R-Fla."): its "Congress" and
    "Senate" are named as written, not as the United States'. Another country's is one
    named with a possessive or a demonym ("Peru's Congress", "the Brazilian Senate"), or the
    dateline's ("BUENOS AIRES, Argentina (AP) — ... retirees marched to Congress"), or that
    of an article naming such a country and nothing American (:func:`_abroad_only`)."""
    if _RULES["congressional"].search(text) is not None:
        return False  # a sign of Congress; read first: a literal, one fast scan
    abroad = _RULES["congress_dateline"].search(
        text, 0, DATELINE_REACH
    ) is not None or _abroad_only(text)
    for match in scans.owned_chambers(_RULES["foreign_legislature"], text):
        if abroad:
            break
        owner = match.group("owner")
        abroad = _abroad(owner, people) and bool(match.group("possessive") or is_demonym(owner))
    return abroad and scans.congress_sign(_RULES["us_congress"], text) is None


# An opening dateline of a country with a Congress (``data/congress_datelines.txt``): its
# capital in capitals before a comma, a bracket or a dash, or the country after a place in
# capitals ("LIMA, Peru —", "MANILA (AP) —", "CUSCO, Peru —"). Looked for in the article's
# opening characters only: a headline may come first.
# (Sorted: the same pattern in every process, so that the pattern cache finds it.)
_DATELINE_PLACES = sorted(read_words(PACKAGE, "congress_datelines.txt"))
_CAPITALS = "|".join(p.replace(" ", "[ ]") for p in _DATELINE_PLACES if p.isupper())
_COUNTRIES = "|".join(p.replace(" ", "[ ]") for p in _DATELINE_PLACES if not p.isupper())
_CONGRESS_DATELINE = rf"""
    (?:^|\n)[ \t]*(?:
        (?:{_CAPITALS})(?=[ \t]*[,(—–-])                    # "MANILA (AP) —"
      | \p{{Lu}}{{2}}[\p{{Lu}} .]*,[ \t]+(?:{_COUNTRIES})\b    # "CUSCO, Peru —"
    )
    """
# A country with a Congress or a Senate, or its adjective: "Former Peru president Pedro
# Castillo", "Philippine offshore gaming operators".
_CONGRESS_COUNTRY = rf"""\b(?:{_COUNTRIES}
      | Argentine | Argentinian | Brazilian | Chilean | Colombian | Peruvian | Mexican
      | Guatemalan | Honduran | Paraguayan | Philippine | Filipino | Dominican | Australian
      | Nepali | Nepalese | Nigerian | Malaysian | Liberian | Fijian)\b"""
# What an article about America's Congress names somewhere: the country, a state, a party.
_AMERICAN = (
    r"\b(?:U\.S\.|US|USA|White[ ]House|Republicans?|Democrats?|Democratic|GOP|"
    + "|".join(
        word.replace(" ", "[ ]")
        for word in sorted(_US_OWNERS - {"The", "State", "People"})
        if word not in ("Nation", "Island", "Rhode")
    )
    + r")\b"
)


def _abroad_only(text: str) -> bool:
    """Whether the article names a country with a Congress or a Senate and nothing American
    (no "U.S.", state, "Republican", "White House"): "Former Peru president Pedro Castillo
    ... tried to dissolve Congress" is Peru's."""
    return (
        _RULES["congress_country"].search(text) is not None
        and _RULES["american"].search(text) is None
    )


# An opening dateline of a state's capital: "TALLAHASSEE, Fla. (AP) —"
_STATE_CAPITALS = "|".join(
    p.replace(" ", "[ ]").replace(".", r"\.")
    for p in sorted(read_words(PACKAGE, "state_capitals.txt"))
)
_CAPITAL_DATELINE = rf"(?:^|\n)[ \t]*(?:{_STATE_CAPITALS}),[ \t]+\p{{Lu}}"


# An opening dateline of India (``data/india_datelines.txt``): "NEW DELHI:", "MUMBAI (Reuters) -".
_INDIAN_CITIES = "|".join(
    p.replace(" ", "[ ]") for p in sorted(read_words(PACKAGE, "india_datelines.txt"))
)
_INDIAN_DATELINE = rf"(?:^|\n)[ \t]*(?:{_INDIAN_CITIES})(?=[ \t]*[:,(—–-])"
_INDIAN_CONGRESS = Entry("Indian National Congress", None, "party")


def _national_chamber(key: tuple[str, ...], entry: Entry) -> bool:
    """Whether ``key`` names a chamber of Congress by a name that a state's or another
    country's chamber bears too: "the House", "the Senate", "the House of Representatives"."""
    return entry.name in _NATIONAL and (len(key) == 1 or key in _UNOWNED_CHAMBERS)


# A chamber's full name that says no country's: "the House of Representatives" (not "the U.S.
# House of Representatives")
_UNOWNED_CHAMBERS = frozenset({("House", "of", "Representatives")})


# "the General Assembly" is the United Nations' only in an article that names the UN: a US
# state's legislature is one too ("when the General Assembly convenes in January").
_GENERAL_ASSEMBLY = ("General", "Assembly")
_UNITED_NATIONS = r"\b(?:United[ ]+Nations|U\.N\.|UN|UNGA)(?!\w)"
# The patterns above, compiled when first read: only an article that names "the House", "the
# Senate", "Congress" or "the General Assembly" reads them, a few in a hundred, and with their
# alternations of states, capitals and countries they were a fifth of what the plugin loaded
# of its compiled patterns at start. All verbose (the one-line ones hold no space nor "#").
_RULES = Patterns(
    {
        "state_government": _STATE_GOVERNMENT,
        "state_lawmakers": _STATE_LAWMAKERS,
        "member_town": _MEMBER_TOWN,
        "us_congress": _US_CONGRESS,
        "congress_dateline": _CONGRESS_DATELINE,
        "congress_country": _CONGRESS_COUNTRY,
        "congress_word": _CONGRESS_WORD,
        "congressional": _CONGRESSIONAL,
        "foreign_legislature": _FOREIGN_LEGISLATURE,
        "american": _AMERICAN,
        "capital_dateline": _CAPITAL_DATELINE,
        "indian_dateline": _INDIAN_DATELINE,
        "united_nations": _UNITED_NATIONS,
    },
    flags=regex.VERBOSE,
)


def assemblies(keys: Iterable[tuple[str, ...]], text: str) -> bool:
    """Whether "General Assembly" among ``keys`` is some other body than the UN's."""
    return _GENERAL_ASSEMBLY in keys and _RULES["united_nations"].search(text) is None


def other_assembly(key: tuple[str, ...], entry: Entry) -> Entry:
    """ "General Assembly" named as written, a government body of the article's own."""
    if key == _GENERAL_ASSEMBLY:
        return Entry("General Assembly", None, "government")
    return entry


# No slots: a slotted class's cached property goes through a __getattr__ (see rule_table).
@attrs.frozen(repr=False, eq=False, slots=False)
class LocalBodies:
    """Which national bodies' names an article gives to bodies of its own: "the House" and
    "the Senate" of a state's government or of another country, "the General Assembly" of
    an article that names no UN."""

    text: str
    assembly: bool  # its "General Assembly" is not the UN's
    people: Set[str]  # the words of the article's people's names
    indian: bool = False  # an Indian dateline opens it: "Congress" is a party

    @classmethod
    def of(cls, text: str, keys: Sequence[tuple[str, ...]], people: Set[str]) -> LocalBodies:
        """``keys``: the names taken; ``people``: the words of the people's names."""
        indian = ("Congress",) in keys and bool(
            _RULES["indian_dateline"].search(text, 0, DATELINE_REACH)
        )
        return cls(text, assemblies(keys, text), people, indian)

    # Read for the first name of a chamber of Congress only: its searches of the whole text
    # were a tenth of the plugin's time in short articles, most of which name none.
    @functools.cached_property
    def chambers(self) -> bool:
        """Whether the article is about a state's or another country's legislature."""
        return state_government(self.text) or foreign_legislature(self.text, self.people)

    def entry(self, candidate: Candidate, entry: Entry) -> Entry:
        """The entry of ``candidate``, whose list entry is ``entry``."""
        if self.indian and candidate.key == ("Congress",):
            return _INDIAN_CONGRESS  # "the opposition Congress" of an article from Mumbai
        if self.assembly:
            entry = other_assembly(candidate.key, entry)
        if not _national_chamber(candidate.key, entry):
            return entry
        if (
            _STATE_WORD_BEFORE.search(self.text, max(0, candidate.start - 8), candidate.start)
            or self.chambers
            or owned_abroad(self.text, candidate.start, self.people)
        ):
            # the state's or the country's chamber: named as written, not as Congress's
            return Entry(" ".join(candidate.key), None, entry.kind)
        return entry
