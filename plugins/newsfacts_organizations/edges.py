"""Where a name built around a head word starts: the capitalized words before the head, and
when "and" joins two words of one body's name ("the Planning and Zoning Commission")."""

from __future__ import annotations

from newsfacts.plugin import ORGANIZATION_HEADS, read_words
from newsfacts_organizations.councils import joint_places, place_council_after
from newsfacts_organizations.lexicon import (
    AMPERSANDS,
    DEMONYMS,
    HEADS,
    LEGAL_SUFFIXES,
    NAME_POSSESSIVES,
    NOT_ORGANIZATIONS,
    OWNER_PLACES,
    PACKAGE,
    POSSESSIVE_ENDINGS,
    STOPWORDS,
)
from newsfacts_organizations.name_tables import KNOWN, KNOWN_TABLE
from newsfacts_organizations.place_fields import place_named
from newsfacts_organizations.runs import (
    MAX_NAME_UNITS,
    Sentence,
    is_possessive,
    opens_a_name,
    place_owner,
)


def left_edges(sentence: Sentence, run_start: int, head: int, kind: str | None) -> list[int]:
    """Where a head word's name may start: the capitalized words before it ("Kyiv Regional
    Administration"), through "&" ("AT&T Inc.") and a company's possessive, and once through
    "and" (see :func:`_joins`), with the start after "and" as a second reading, should the
    longer one be turned down ("Site Manager Lena Orr and Ohio Department of Emergency
    Management" holds a person)."""
    texts, capital = sentence.texts, sentence.capital
    edges: list[int] = []
    left, edge = head, max(run_start, head - MAX_NAME_UNITS)
    while left > edge:
        before = texts[left - 1]
        if (
            before.endswith(POSSESSIVE_ENDINGS)
            and (_ends_name(before, kind) or place_owner(sentence.texts, left - 1))
            and not _saints_possessive(sentence, left - 1, head)
            and not _monarchs_possessive(sentence, left - 1)
            and not _founders_possessive(sentence, left - 1, head)
        ):
            # "Ukraine's Defence Ministry", "Germany's Zorbex Holdings"; not "Sheriff's
            # Office", "McDonald's Corp."
            break
        if before in _CLOSING_SUFFIXES:
            break  # "owned by Harlow Group Inc. Harlow Insurance, based in": two names
        if capital[left - 1] and (
            before not in STOPWORDS or opens_a_name(sentence, left - 1, head + 1)
        ):
            left -= 1
        elif left - 2 < run_start or not capital[left - 2]:
            break
        elif before in AMPERSANDS or (
            kind == "company"
            and is_possessive(before)
            and not place_owner(sentence.texts, left - 1)  # "Germany 's Zorbex Holdings"
            and texts[left - 2] not in LEGAL_SUFFIXES  # "Philip Morris Co. 's"
        ):
            left -= 2
        elif before == "of" and _placed_company(sentence, left, head):
            left -= 2  # "Gold Fields of South Africa Ltd", not "South Africa Ltd"
        elif before == "of" and texts[left - 2] in _PLACE_OF_WORDS:
            left -= 2  # "Isle of Wight Council", "the City of London Police"
        elif before == "of" and texts[left - 2] == "House":
            left -= 2  # a chamber: "the Lagos State House of Assembly"
        elif before == "and" and not edges and _joins(sentence, left, head, kind):
            edges.append(left)
            left, edge = left - 2, max(edge, left - 1 - _BEFORE_AND)
        else:
            break
    if len(edges) == 1 and texts[left - 1] == "and" and _joins_places(sentence, left, edges[0]):
        edges.append(left)  # "Dorset and Wiltshire Fire and Rescue Service"
        left -= 2
    return [left, *edges]


_PLACE_OF_WORDS = read_words(PACKAGE, "place_of_words.txt")


def _joins_places(sentence: Sentence, after: int, joined: int) -> bool:
    """Whether the "and" at ``after - 1`` joins two places that name one body whose own
    words "and" joined already (at ``joined - 1``): "Dorset and Wiltshire Fire and Rescue
    Service", "Hampshire and Isle of Wight Fire and Rescue Service". Each place is one word
    ("Isle of Wight": a place of "of"), the first a bare name opening the sentence or after
    a word in lower case, no head word, word in capitals or listed name, and the two are
    listed (``data/joint_places.txt``): "Unite and Kent Fire and Rescue Service" are two."""
    texts = sentence.texts
    if after < 2:
        return False
    between = texts[after : joined - 2]  # "Wiltshire" / "Isle of Wight" before "Fire"
    one_place = len(between) == 1 or (
        len(between) == 3 and between[0] in _PLACE_OF_WORDS and between[1] == "of"
    )
    before = texts[after - 2]
    return (
        one_place
        and bool(sentence.capital[after - 2])
        and _bare_before(sentence, after - 2)
        and before not in HEADS
        and before not in STOPWORDS
        and not before.isupper()
        and (before,) not in KNOWN
        and joint_places(before, between)
    )


def _placed_company(sentence: Sentence, after: int, head: int) -> bool:
    """Whether the "of" at ``after - 1`` opens a company's place before its legal ending:
    "Gold Fields of South Africa Ltd", "First of Michigan Corp." (a place's name alone before
    the ending: not "Shares of Acme Ltd")."""
    texts = sentence.texts
    return texts[head] in LEGAL_SUFFIXES and tuple(texts[after:head]) in OWNER_PLACES


# How many words a name joined through "and" may take before it ("the United States
# Citizenship and", "the National Disaster Risk Reduction and") and after it, to the head
# ("and Human Services")
_BEFORE_AND = 4
_AFTER_AND = 2
# ... and to the head after a bare place's or saint's name before "and" (see _bare_before):
# "Cardiff and Vale University Health Board", "Guy's and St Thomas' NHS Foundation Trust"
_AFTER_BARE_AND = 4
# How many words before "and" the head word of the name after it is looked for
_HEAD_REACH = 6


def _name_start(sentence: Sentence, and_at: int) -> int:
    """Where the name before the "and" at ``and_at`` may start, for the look for its head
    word: up to ``_HEAD_REACH`` words back, through capitalized words and the words that
    join a complement ("National Association of Science Writers"), not past another word
    ("the Indian Space Research Organisation and the Defence Research and Development
    Organisation": "Defence Research and" is no name of the same head word)."""
    first, reach = and_at, max(0, and_at - _HEAD_REACH)
    while first > reach and (
        sentence.capital[first - 1] or sentence.texts[first - 1] in _COMPLEMENT_WORDS
    ):
        first -= 1
    return first


def _joins(sentence: Sentence, after: int, head: int, kind: str | None) -> bool:
    """ "the Planning and Zoning Commission", "the U.S. Fish and Wildlife Service": "and" at
    ``after - 1`` joins two words of one public body's name. Not two names ("the Lions Club
    and Mesa Chamber of Commerce", "the Kenyan Army and Kenyan Navy", "Mira
    Kostina and BBC Russian Service", "the United States and Soviet Union", "Club America and
    Premier League", "Morning Consult and Quinnipiac University": a listed name on either
    side; "the National Association of Bird Painters and National Association of
    Harp Makers": the same head word on either side) nor a company's: "Google and
    Apple Inc." are two, nor a school's: "PHS North and Oak Ridge Elementary" are two."""
    texts = sentence.texts
    before = texts[after - 2]
    return (
        kind not in UNJOINED_KINDS
        and (
            head - after <= _AFTER_AND
            or (head - after <= _AFTER_BARE_AND and _bare_before(sentence, after - 2))
        )
        and (before not in HEADS or _field_head(sentence, after - 2))
        and before not in _CHAMBER_WORDS
        and before not in STREET_WORDS  # "between Powell Boulevard and Southeast Division"
        and not before.isupper()
        and not before.endswith(".")  # "Utah Gov. and Republican Governors Association"
        and not _holds_acronym(sentence, after, head)
        # "Quinnipiac and Fox News", "Azure and Amazon Web Services": a listed name after it
        and not KNOWN_TABLE.starts_name(texts, after, head + 1)
        and not _listed_before(texts, after - 1)  # "Morning Consult and Quinnipiac University"
        # "the National Association of Bird Painters and National Association of ...":
        # the head word names a body before "and" too
        and texts[head] not in texts[_name_start(sentence, after - 1) : after - 1]
        and tuple(texts[max(0, after - 3) : after - 1]) not in NOT_ORGANIZATIONS
        and not _placed_before(sentence, after - 2)
        and not _complement_before(sentence, after - 2)
        # "Unite and Cardiff Council": a council of a place is a name of its own
        and not place_council_after(texts, after, head)
    )


def _field_head(sentence: Sentence, last: int) -> bool:
    """Whether the head word at ``last``, before "and", names a field, no body: one that only
    ends names, alone after a word in lower case or a stopword ("the Securities and Exchange
    Board of India", "the Energy and Commerce Committee"; not "the Lions Club and ...",
    "Nomura Securities and ...", nor "the Ministry and Foreign Office")."""
    if HEADS[sentence.texts[last]][1]:
        return False
    # A nationality's adjective opens the body's name before it: "the Australian Securities
    # and Investments Commission"
    if last > 0 and sentence.texts[last - 1] in DEMONYMS:
        last -= 1
    # "The" opening the sentence is a word in lower case's stead
    return last == 0 or not sentence.capital[last - 1] or sentence.texts[last - 1] in STOPWORDS


def _holds_acronym(sentence: Sentence, after: int, head: int) -> bool:
    """Whether an acronym after "and" starts another name ("Mira Kostina and BBC Russian
    Service"); after a bare name's "and", one inside the body's words is its own ("Guy's
    and St Thomas' NHS Foundation Trust", "Lewisham and Greenwich NHS Trust")."""
    texts = sentence.texts
    if _bare_before(sentence, after - 2):
        return texts[after].isupper()
    return any(word.isupper() for word in texts[after:head])


def _bare_before(sentence: Sentence, last: int) -> bool:
    """Whether the word at ``last``, before "and", is a bare name, one word (a saint's with
    "St") no name holds before it: after a word in lower case that joins none ("the Cardiff and
    Vale University Health Board", "Guy's and St Thomas' NHS Foundation Trust") or opening the
    sentence; two joined names of places or saints name one body then. Not a complement's
    word: "Health" in "the Ministry of Health and ..." ends a name of its own."""
    texts = sentence.texts
    first = last - 1 if last > 0 and texts[last - 1] in SAINTS else last
    return first == 0 or _opens_bare(sentence, first)


def _opens_bare(sentence: Sentence, first: int) -> bool:
    """Whether the word before ``first`` (> 0) is in lower case and joins no name to it."""
    word = sentence.texts[first - 1]
    # "for" after a word in lower case opens no name ("a spokeswoman for Cardiff and ..."),
    # after a capitalized one it joins the name's complement ("Department of Health")
    joining = word in _COMPLEMENT_WORDS and first > 1 and sentence.capital[first - 2]
    return word.islower() and not joining


# Words that join a name's complement to its head ("Department of Health", "Institute for
# Fiscal Studies")
_COMPLEMENT_WORDS = frozenset({"of", "for"})


def _listed_before(texts: list[str], and_at: int) -> bool:
    """Whether a listed name ends right before the "and" at ``and_at``."""
    return any(
        tuple(texts[first:and_at]) in KNOWN for first in range(max(0, and_at - _BEFORE_AND), and_at)
    )


def _placed_before(sentence: Sentence, last: int) -> bool:
    """Whether the capitalized words ending at ``last`` follow a preposition of place: "in
    Richmond and Murray State University" names a town and a university."""
    first = _words_start(sentence, last)
    return first > 0 and sentence.texts[first - 1] in _PLACE_PREPOSITIONS


def _words_start(sentence: Sentence, last: int) -> int:
    """The first of the capitalized words that end at ``last``."""
    first = last
    while first > 0 and sentence.capital[first - 1]:
        first -= 1
    return first


def _complement_before(sentence: Sentence, last: int) -> bool:
    """Whether the capitalized words ending at ``last`` are another head word's complement:
    "the Harvard T.H. Chan School of Public Health and Boston Children's Hospital" names a
    school and a hospital (the head's own name reads its complement and the "and" after it,
    see complements.complement_end)."""
    first = _words_start(sentence, last)
    return (
        first > 1
        and sentence.texts[first - 1] in _COMPLEMENT_WORDS
        and (sentence.texts[first - 2] in HEADS)
    )


# (Not "at": "at United States Citizenship and Immigration Services".)
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})


# A legal form written with its stop or not in title case ("Inc.", "LLC", "GmbH") closes a
# company's name: a capitalized word after one starts another name (the sentence splitter
# keeps "Inc." inside its sentence, so no boundary is seen there); a bare "Co" may be a
# county's ("Bay Co Building Authority").
_CLOSING_SUFFIXES = frozenset(
    word
    for word, head in ORGANIZATION_HEADS.items()
    if head.legal_form and (word.endswith(".") or not word.istitle())
)

# Kinds of names "and" never joins words of (two companies, two schools)
UNJOINED_KINDS = frozenset({"company", "education"})
# Chambers a name may list before "and": "the House and Senate"
_CHAMBER_WORDS = frozenset(["House", "Senate", "Assembly", "Congress"])
# A street's name ends before "and": the next street or body is another name
STREET_WORDS = frozenset(["Street", "Avenue", "Boulevard", "Road", "Drive", "Lane"])


# A saint's possessive opens a parish's, a school's or a hospital's name: "St. Mary's Catholic
# Church", "St. Paul's United Brethren Church" (not the denomination alone), "St Thomas'
# Hospital"; a city named after a
# saint owns other bodies: "St. Louis's Board of Aldermen" is the board's name.
SAINTS = frozenset({"St.", "St", "Saint", "Ste."})
_PARISH_HEADS = frozenset(
    {"Church", "Cathedral", "Chapel", "Basilica", "Parish", "Abbey", "Seminary"}
    | {"School", "College", "Academy", "Elementary", "University"}
    | {"Hospital", "Infirmary"}
    # a hospital's trust: "St George's University Hospitals NHS Foundation Trust"
    | {"Hospitals", "Trust"}
)


# A founder's possessive right before a hospital's head word opens its name, the head alone
# being no name: "Guy's Hospital", "Addenbrooke's Hospital" (not a place's: "Ohio's
# Hospital", nor after another name: "the Lisbon Clinic's Hospital").
_FOUNDED_HEADS = frozenset({"Hospital", "Infirmary"})


def _founders_possessive(sentence: Sentence, possessive: int, head: int) -> bool:
    """Whether the possessive at ``possessive``, the first capitalized word of its run, is a
    founder's right before a hospital's head word at ``head``."""
    texts = sentence.texts
    return (
        head == possessive + 1
        and texts[head] in _FOUNDED_HEADS
        and (possessive == 0 or not sentence.capital[possessive - 1])
        and not place_owner(texts, possessive)
    )


# A monarch's possessive opens the name of a body named for one: "King's College Hospital",
# "Queen's University Belfast"
_MONARCHS = frozenset({"King", "Queen"})


def _monarchs_possessive(sentence: Sentence, possessive: int) -> bool:
    """Whether the possessive at ``possessive`` is a monarch's opening a name, after no
    capitalized word but an article: not a surname's ("Jaime King's Mercedes-Benz", "Mr.
    King's foundation")."""
    texts = sentence.texts
    if texts[possessive][:-2] not in _MONARCHS:
        return False
    return (
        possessive == 0 or texts[possessive - 1].islower() or texts[possessive - 1] in ("The", "A")
    )


def _saints_possessive(sentence: Sentence, possessive: int, head: int) -> bool:
    """Whether the possessive at ``possessive`` is a saint's before a parish's or a
    school's head word at ``head``: "St. Mary's Catholic Church"."""
    texts = sentence.texts
    return possessive > 0 and texts[possessive - 1] in SAINTS and texts[head] in _PARISH_HEADS


def _ends_name(possessive: str, kind: str | None) -> bool:
    """Whether a possessive before a head word ends the name before it: a body's ("Ukraine's
    Defence Ministry"; not an office holder's: "Sheriff's Office"), and a company's own only
    on its legal ending ("Harlow Foods Co.'s Crestline Brewing": the parent's; "McDonald's
    Corp." keeps its "'s")."""
    if kind == "company":
        return possessive[:-2] in LEGAL_SUFFIXES
    return possessive[:-2] not in NAME_POSSESSIVES


# How many capitalized words a body's name may have before "and" with its head word left out
# ("Hywel Dda and Swansea Bay University Health Board"), and how many plain words the next
# body's name opens with (see elided_before)
_ELIDED_WORDS = (2, 3)
_PLAIN_OPENING = 2


def elided_before(sentence: Sentence, left: int, head: int, run_end: int) -> tuple[int, int] | None:
    """The words of a body named before "and" with its head word left out, the head shared
    with the name at ``left``..``head`` after "and": "a spokesperson for Hywel Dda and Swansea
    Bay University Health Board" names two health boards, "Hywel Dda" as the text has it.
    Both names open with two plain words or more (one word each is one body's name: "Cardiff
    and Vale University Health Board"; "North Tees and Hartlepool NHS Foundation Trust"),
    the first after a word in lower case, neither a head word, a word in capitals, a listed
    name nor a place ("New York and New Jersey Port Authority"). Read at the name's last head
    word before ``run_end``, whose kind the first body takes ("University Health Board")."""
    texts = sentence.texts
    last = left - 2
    if last < 1 or texts[left - 1] != "and" or head - left < _PLAIN_OPENING:
        return None
    if any(word in HEADS for word in texts[head + 1 : run_end]):
        return None
    first = _words_start(sentence, last + 1)
    if not _ELIDED_WORDS[0] <= last + 1 - first <= _ELIDED_WORDS[1]:
        return None
    # "the National Abortion and Reproductive Rights Action League": after "the", one name
    if first > 0 and (not _opens_bare(sentence, first) or texts[first - 1] == "the"):
        return None
    if not (_plain(texts, first, last + 1) and _plain(texts, left, left + _PLAIN_OPENING)):
        return None
    return first, last + 1


def _plain(texts: list[str], start: int, end: int) -> bool:
    """Whether ``start``..``end`` are capitalized words of a name, none a head word, a
    stopword, a word in capitals, an abbreviation ("Pennsylvania Gov. and ..."), a saint's
    ("St Patrick's and St Brigid's Church" is one church), a listed name or a place."""
    words = texts[start:end]
    return (
        all(
            word[0].isupper()
            and word not in HEADS
            and word not in STOPWORDS
            and word not in SAINTS
            and not word.isupper()
            and not word.endswith((".", *POSSESSIVE_ENDINGS))
            for word in words
        )
        and tuple(words) not in KNOWN
        and place_named(words) is None
    )
