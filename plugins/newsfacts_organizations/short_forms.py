"""The shorter names an organization goes by after its full name in an article: "NationsBank
Corp." ... "NationsBank", "Reform UK" ... "Reform", "Gilead Sciences" ... "Gilead", a
team's nickname ("New York Yankees" ... "the Yankees"). Read by
:func:`newsfacts_organizations.resolve.resolve` when it builds the article's lexicon."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsfacts.plugin import CARDINAL_WORDS, read_table, read_words
from newsfacts_organizations import departments
from newsfacts_organizations.lexicon import (
    LEGAL_SUFFIXES,
    OWNER_PLACES,
    PACKAGE,
    POSSESSIVES,
    STOPWORDS,
    is_demonym,
    key_of,
)
from newsfacts_organizations.name_tables import KNOWN, Entry


def short_forms(
    key: tuple[str, ...], lower_case: frozenset[str] = frozenset()
) -> Iterable[tuple[str, ...]]:
    """ "NationsBank Corp." -> "NationsBank"; "The Guardian" -> "Guardian"; not a word the
    article writes in lower case ("Housing" of "Housing Corporation", "a housing agency")."""
    if len(key) > 1 and key[0] in ("The", "the"):
        yield key[1:]
    short = without_legal_ending(key)
    if len(short) > 1 and short[-1] in _COUNTRY_ENDINGS:
        short = short[:-1]  # "Reform UK" ... "Reform"
    while len(short) > 1 and short[-1] in ("&", "and", "of"):
        short = short[:-1]
    generic = _GENERIC_WORDS if not _opens_listed(key) else _COMPANY_WORDS  # "GE Capital"
    while len(short) > 2 and short[-1] in generic:
        if short != key:
            yield short  # "Jim Pattison Industries Ltd." ... "Jim Pattison Industries"
        short = short[:-1]  # "Jones Medical Industries Inc" ... "Jones Medical"
    if len(short) > 1 and generic.issuperset(short[1:]) and _names_alone(short[0]):
        if short != key:
            yield short  # "Halvard Insurance Group Inc." ... "Halvard Insurance"
        short = short[:1]  # "Paramount Global" ... "Paramount", "Gilead Sciences" ... "Gilead"
    # one word left is a name only if it names alone: not "Islamic" of "Islamic Group"
    common = len(short) == 1 and (short[0].lower() in lower_case or not _names_alone(short[0]))
    yield from _LISTED_SHORT_NAMES.get(key, ())  # "Eli Lilly" ... "Lilly"
    yield from departments.portfolio(key, lower_case)  # "Commerce Department" ... "Commerce"
    if short != key and short[-1] not in STOPWORDS and short[0] not in STOPWORDS and not common:
        yield short
        bare = _without_possessive(short)
        if bare is not None:
            yield bare  # "Boatmen's Bancshares Inc." ... "Boatmen" (its "'s" read after it)


def _opens_listed(key: tuple[str, ...]) -> bool:
    """Whether a listed name opens ``key``: "GE Capital", "Morgan Stanley Capital", a unit
    of the listed body or the body itself, which its trade's word does not tell."""
    return any(key[:length] in KNOWN for length in range(1, len(key)))


def without_legal_ending(key: tuple[str, ...]) -> tuple[str, ...]:
    """ "NationsBank Corp." -> "NationsBank" (a name of one word and a legal ending kept)."""
    short = key
    while len(short) > 1 and short[-1] in LEGAL_SUFFIXES:
        short = short[:-1]
    return short


def enter(
    lexicon: dict[tuple[str, ...], Entry],
    owned: set[tuple[str, ...]],
    key: tuple[str, ...],
    shorts: Iterable[tuple[str, ...]],
    entry: Entry,
) -> None:
    """Enter the short forms ``shorts`` of the name ``key`` in ``lexicon`` as ``entry``'s,
    but for a listed name, unless listed as the name's own ("the American Red Cross ... the
    Red Cross"); a name's own words without a legal ending go before another name's short
    form, which ``owned`` keeps ("Halvard Group Inc." goes by "Halvard", though a "Halvard
    Insurance Group Inc." named before it does too)."""
    own = without_legal_ending(key)
    for short in shorts:
        if short == own and short not in owned:
            owned.add(short)
            lexicon[short] = entry
        elif short not in KNOWN:
            lexicon.setdefault(short, entry)
        elif short in listed_short_names(key):
            lexicon[short] = entry


def same_name(lexicon: Mapping[tuple[str, ...], Entry], key: tuple[str, ...]) -> Entry | None:
    """The name of ``lexicon`` that ``key`` is with another legal ending or none ("Nimbus
    Analytics Inc" after "Nimbus Analytics"); not a name it is a short form of ("Halvard
    Group Inc." is no "Halvard Insurance Group Inc.", though both go by "Halvard")."""
    short = without_legal_ending(key)
    entry = lexicon.get(short)
    if entry is None or without_legal_ending(key_of(entry.name)) != short:
        return None
    return entry


def _listed_short_names() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The short names of data/listed_short_names.tsv by their full names' keys."""
    names: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for full, short in read_table(PACKAGE, "listed_short_names.tsv", columns=2):
        names[key_of(full)] = (*names.get(key_of(full), ()), key_of(short))
    return names


# A listed company's short names after its full name: "Eli Lilly" ... "Lilly"
_LISTED_SHORT_NAMES = _listed_short_names()


def listed_short_names(key: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The listed short names of the name ``key`` (``data/listed_short_names.tsv``): the body
    named in full is what they name after it, though one is listed alone too ("the Red
    Cross")."""
    return _LISTED_SHORT_NAMES.get(key, ())


# A country's letters ending an organization's name, left out of its short form
_COUNTRY_ENDINGS = frozenset({"UK", "US", "USA"})
_COMPANY_WORDS = read_words(PACKAGE, "company_generics.txt")
# and the words of a company's trade ("Computer", "Aviation"), after a word listed alone
# kept in the name (data/trade_words.txt)
_GENERIC_WORDS = _COMPANY_WORDS | read_words(PACKAGE, "trade_words.txt")
# The field's own adjectives that open names (data/name_adjectives.txt) and the core's words of
# the four cardinal points, capitalized ("Southern Company", "North Face").
_NAME_ADJECTIVES = read_words(PACKAGE, "name_adjectives.txt") | frozenset(
    word.capitalize() for word in CARDINAL_WORDS
)


# The words after a town that make a club's name: "Newcastle United", "Leicester City"
_CLUB_WORDS = frozenset(
    {"United", "City", "Town", "Rovers", "Wanderers", "Athletic", "Albion", "County", "Hotspur"}
)


# The last words of competitions, not of clubs: no short form of their names
_COMPETITION_WORDS = read_words(PACKAGE, "competition_words.txt")


def _names_alone(word: str) -> bool:
    """Whether a company's first word may name it alone: not an adjective of many names
    nor a nationality ("American International Group"), nor a country, a state or a
    financial centre, which the article names as often ("Kenya Airways" ... "safaris in
    Kenya", "U.S. Steel" ... "the U.S. economy")."""
    return word not in _NAME_ADJECTIVES and not is_demonym(word) and (word,) not in OWNER_PLACES


def nicknames(
    key: tuple[str, ...], lower_case: frozenset[str] = frozenset(), sports_report: bool = False
) -> Iterable[tuple[str, ...]]:
    """A team's nickname, its last word in the plural: "New York Yankees" ... "the Yankees",
    "Boston Red Sox" ... "the Sox"; or of a name of two words ("Manchester City" ... "City");
    not a word the article writes in lower case ("Buffalo Bills" beside "bills"). In a sports
    report, a listed club's town before a club's word names it too ("Newcastle United" ...
    "put Newcastle ahead"), and so does a team's town before its nickname ("Kansas City
    Royals" ... "Kansas City has scored", "Boston Red Sox" ... "Boston's seventh loss");
    elsewhere the town is the town."""
    last = key[-1]
    if (
        len(key) == 2
        and key in KNOWN
        and last not in _COMPETITION_WORDS
        and last.lower() not in lower_case
    ):
        # a listed club's second word: "Manchester City" ... "City manager Pep Guardiola",
        # "Aston Villa" ... "Villa"; not a competition's ("Premier League")
        yield (last,)
        if sports_report and last in _CLUB_WORDS:
            yield key[:1]
    elif (
        len(key) > 1
        and len(last) > 3
        and last.endswith("s")
        and not last.endswith("ss")  # "Class", "Press": no plural
        and "and" not in key  # "the Braves and Cubs": two teams
        and last.lower() not in lower_case
        and last not in STOPWORDS
        and not is_demonym(last)
    ):
        yield (last,)
    if sports_report:
        yield from _town(key, lower_case)


def _town(key: tuple[str, ...], lower_case: frozenset[str]) -> Iterable[tuple[str, ...]]:
    """The town before a team's nickname in the plural: "Kansas City" of "Kansas City
    Royals", "Boston" of "Boston Red Sox" (not a word the article writes in lower case)."""
    if len(key) < 2 or "and" in key:
        return
    if key[-2] in _NICKNAME_OPENERS:
        town = key[:-2]  # "Boston Red Sox"
    elif key[-1].endswith("s") and not is_demonym(key[-1]):
        town = key[:-1]
    else:
        return
    if town and town[-1].lower() not in lower_case and town[0] not in STOPWORDS:
        yield town


# The first words of nicknames of two words: "the Boston Red Sox", "the Toronto Blue Jays"
_NICKNAME_OPENERS = frozenset({"Red", "White", "Blue", "Maple", "Golden", "Trail", "Black"})


# The titles of newspapers (data/newspaper_titles.txt), and the words before one that make
# another paper's name: "The Sunday Times" is not "the Times", nor is the Financial Times.
NEWSPAPER_TITLES = read_words(PACKAGE, "newspaper_titles.txt")
_OTHER_PAPERS = frozenset({"Sunday", "Financial"})


def newspaper_title(key: tuple[str, ...]) -> Iterable[tuple[str, ...]]:
    """A newspaper's last word, the title it goes by after its full name: "The Washington
    Post" ... "the Post", "The New York Times" ... "the Times" (and "The Times said", though
    another paper is listed so)."""
    if len(key) > 1 and key[-1] in NEWSPAPER_TITLES and _OTHER_PAPERS.isdisjoint(key):
        yield key[-1:]
        if key[:-1] != ("The",) and ("The", key[-1]) in KNOWN:
            yield ("The", key[-1])  # the listed "The Times" is named so in full


def own_paper(source: str | None) -> dict[tuple[str, ...], Entry]:
    """The titles the article's own newspaper goes by, from its site name (``source``): "The
    Times" of a New York Times article is The New York Times ("a spokesman told The Times"),
    as a paper named in full in the text is (a listed paper by its listed entry, another by
    the name as written: "Tampa Bay Times")."""
    if not source or not source.strip():
        return {}
    key = key_of(source.strip())
    entry = KNOWN.get(key) or KNOWN.get(("The", *key))
    if entry is None or entry.kind != "media":
        if key[-1] not in NEWSPAPER_TITLES:
            return {}  # "Reuters", "BBC News": no title word to read
        entry = Entry(source.strip(), None, "media")
    return {title: entry for title in newspaper_title(key_of(entry.name))}


def paper_of_title(known: Entry | None, paper: Entry, title: str) -> Entry:
    """The paper a newspaper's title names, ``known`` so far, after ``paper`` named in full:
    that paper, unless the article named another of that title in full ("The New York Times
    and the Los Angeles Times ... the Times": none it can tell, named by the title alone; an
    edition's name ending in the paper's is the paper's: "The New York Times ... the
    International New York Times")."""
    if known is None or known == KNOWN.get(("The", title)):
        return paper
    names = (known.name.removeprefix("The "), paper.name.removeprefix("The "))
    if names[0].endswith(names[1]) or names[1].endswith(names[0]):
        return known
    return Entry(title, None, paper.kind)


def _without_possessive(short: tuple[str, ...]) -> tuple[str, ...] | None:
    """The one word of a short form that ends in its own "'s" ("Boatmen's", "Boatmen 's" as
    CoNLL writes it), without it: the mentions of it are found by the word, and take their
    "'s" back (see own_possessive)."""
    if len(short) == 2 and short[1] in POSSESSIVES:
        return short[:1]
    if len(short) == 1 and len(short[0]) > 2 and short[0].endswith(POSSESSIVES):
        return (short[0][:-2],)
    return None


def own_possessive(text: str, start: int, end: int, name: str) -> int:
    """Where a mention of a name whose first word holds its own "'s" ends: after the "'s"
    written after the word ("Boatmen's was the prize", "for Boatmen's stock": the name of
    "Boatmen's Bancshares Inc."), else at ``end``."""
    word = text[start:end]
    for ending in POSSESSIVES:
        if not (name == word + ending or name.startswith(word + ending + " ")):
            continue
        for written in (ending, " " + ending):
            after = end + len(written)
            if text.startswith(written, end) and not text[after : after + 1].isalnum():
                return after
    return end
