"""Places news names in two set forms the gazetteer matcher cannot see by itself.

* A party and a place after a politician's name: "Rep. Charles Rangel, D-N.Y.,", "State
  Rep. Dana Holt (R-Tifton)", "Tom Bakk, DFL-Cook,", "Sen. Ann Doe, R-Winona — joined by".
  The place is the state or the home town of the member; the tokenizer leaves "D-N" "."
  "Y" "." so the words after the party letter are joined again and looked up. The party
  prefixes are ``data/party_prefixes.txt``.
* Places named together before a plural noun of their kind (``data/listed_plurals.tsv``):
  "in Boone, Clay and Warren counties", "the Kharkiv and Donetsk regions", "the Sumy
  and Chernihiv oblasts", "Kano and Kaduna states", "the Mississippi and Ohio rivers". Each
  name is the place of that kind ("Barrow County", "Kharkiv region", "Ohio River", or a
  reading of the name itself of that kind: "Kaduna" of Nigeria, "Sussex" of England,
  "Danube"), not the town or the state ("Jackson", "Kharkiv", "Ohio"), and it is resolved
  like any other place.

Both give :class:`~newsfacts_locations.readings.Mention` objects that stand on their own
(``supported``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import NamedTuple

import regex

from newsfacts.plugin import compiled, read_table, tokenize
from newsfacts_locations import words
from newsfacts_locations.gazetteer import Gazetteer, Place
from newsfacts_locations.matching import Candidate
from newsfacts_locations.openers import SentenceTokens
from newsfacts_locations.qualifiers import Qualifier, fits
from newsfacts_locations.readings import Mention

AFFILIATION_OPENERS = frozenset({",", "("})
# what closes a party and a place: a comma, a bracket, or a dash opening or closing an aside
# ("Sen. Ann Doe, R-Winona — joined by ..."; "\x96" and "\x97" are the en and em dash of a
# Windows-1252 page read as Latin-1, and "â" opens one of UTF-8 read so: "R-Winona â “")
AFFILIATION_CLOSERS = frozenset({",", ")", ";", "—", "–", "--", "-", "\x96", "\x97", "â"})
LONGEST_PLACE = 5  # tokens after the party letter: "W", ".", "Va", "."
PACKAGE = "newsfacts_locations"


class Plural(NamedTuple):
    """A plural noun that ends a list of names: the suffixes a listed name is looked up with
    ("County"), the kind of the name's own readings that count ("admin"), and what a name
    alone before it may be, naming the places it holds ("88 Ohio counties")."""

    suffixes: tuple[str, ...]
    kind: str
    owners: frozenset[str]


_OWNERS = {"states": frozenset({"country", "state"}), "countries": frozenset({"country"})}
LISTED_PLURALS = {
    plural: Plural(tuple(suffixes.split("|")), kind, _OWNERS.get(owner, frozenset()))
    for plural, suffixes, kind, owner in read_table(PACKAGE, "listed_plurals.tsv", columns=4)
}
# kinds of a name that make it no division's before a plural noun of divisions
WIDER_KINDS = frozenset({"region", "water", "continent"})
LIST_JOINERS = frozenset({",", "and", "&"})
# words after a plural noun of divisions that open a list of them named after it: "the
# counties of Ottawa and Allegan", "coastal parishes, including Cameron and Vermilion",
# "counties such as Warren and Clay" (a comma may come first)
LIST_OPENERS = {"of": 1, "including": 1, "such": 2}
LONGEST_DIVISION_NAME = 2  # words: "Prince William", "St. Louis", "Nueva Ecija"
# a party letter and a capital after an opener, in a sentence's tokens joined without spaces
AFFILIATION = compiled(
    "[,(](?:" + "|".join(map(regex.escape, sorted(words.PARTY_PREFIXES))) + ")-[A-Z]"
)


def listed(
    gazetteer: Gazetteer, tokens: SentenceTokens, joined: str, texts: Collection[str]
) -> list[Mention]:
    """Both forms in one sentence; ``joined`` and ``texts``: its tokens' text, joined, and
    its words (all, or those of them among the plurals at least), to skip sentences that
    have neither (most) at the cost of a substring search and a set test (and a list, not a
    generator, made for each of them), and with no segment made."""
    found: list[Mention] = []
    if "-" in joined and AFFILIATION.search(joined):
        found.extend(affiliations(gazetteer, tokens))
    if not LISTED_PLURALS.keys().isdisjoint(texts):
        found.extend(divisions(gazetteer, tokens))
    return found


def affiliations(gazetteer: Gazetteer, tokens: SentenceTokens) -> Iterator[Mention]:
    """Places after a party letter: "(R-Ocilla)", ", D-N.Y.,"."""
    for index, word in enumerate(tokens.texts):
        prefix, dash, rest = word.partition("-")
        if not dash or not rest[:1].isupper() or prefix not in words.PARTY_PREFIXES:
            continue
        if index == 0 or tokens.texts[index - 1] not in AFFILIATION_OPENERS:
            continue
        mention = _affiliation(gazetteer, tokens, index, len(prefix) + 1)
        if mention is not None:
            yield mention


def _affiliation(
    gazetteer: Gazetteer, tokens: SentenceTokens, index: int, offset: int
) -> Mention | None:
    start = tokens.starts[index] + offset
    text = tokens.texts[index][offset:]
    last = index
    # the place runs to the closing comma or bracket, written without spaces ("N.Y.") or
    # with one ("W. Va.", "Glen Carbon")
    while last + 1 < len(tokens) and last - index < LONGEST_PLACE:
        following, space = tokens.texts[last + 1], tokens.starts[last + 1] - tokens.ends[last]
        if following in AFFILIATION_CLOSERS or space > 1:
            break
        text += " " * space + following
        last += 1
    if last + 1 < len(tokens) and tokens.texts[last + 1] not in AFFILIATION_CLOSERS:
        return None
    key = _key(text)
    places = gazetteer.lookup(key)
    if not places and text.count(".") == 1 and tokens.texts[last] == "." and last > index:
        # "R-Ohio." ends a sentence; "D-Calif." is the abbreviation with its full stop
        text, last = text[:-1], last - 1
        key = _key(text)
        places = gazetteer.lookup(key)
    if not places and "." not in text:
        places = gazetteer.lookup(_key(text + "."))  # "D-Calif," written without its stop
    if not places:
        return None
    candidate = Candidate(start, tokens.ends[last], index, last, key, places, False, False)
    return Mention(candidate, start, None, supported=True, affiliation=True)


def divisions(gazetteer: Gazetteer, tokens: SentenceTokens) -> Iterator[Mention]:
    """Each name of a list before a plural noun of divisions: "Clarke, Oconee and Walton
    counties", "the Kharkiv and Donetsk regions"."""
    for index, word in enumerate(tokens.texts):
        plural = LISTED_PLURALS.get(word)
        if plural is not None and index > 0:
            yield from _division_list(gazetteer, tokens, index, plural)
        if plural is not None:
            yield from _divisions_after(gazetteer, tokens, index, plural)


def _division_list(
    gazetteer: Gazetteer, tokens: SentenceTokens, end: int, plural: Plural
) -> Iterator[Mention]:
    # "the Baltic states", "the Gulf states": a name of the gazetteer with the noun is that
    # place's, not a list's
    if gazetteer.lookup(_key(f"{tokens.texts[end - 1]} {tokens.texts[end]}")):
        return
    names: list[Mention] = []
    last = end - 1
    while last >= 0:
        found = _division(gazetteer, tokens, last, plural)
        if found is None:
            break
        names.append(found)
        joiners = 0  # "Barrow, Jackson and Madison", "Barrow, Jackson, and Madison"
        last = found.candidate.first - 1
        while last >= 0 and tokens.texts[last] in LIST_JOINERS and joiners < 2:
            last, joiners = last - 1, joiners + 1
        if not joiners:
            break
    if names:
        holder = _holder(gazetteer, tokens, names[-1].candidate.first, end)
        yield from (_held(name, holder) for name in names)


def _divisions_after(
    gazetteer: Gazetteer, tokens: SentenceTokens, noun: int, plural: Plural
) -> Iterator[Mention]:
    """Each name of a list after a plural noun of divisions and an opener: "the counties of
    Ottawa and Allegan" are Ottawa County and Allegan County, not the towns. A state or a
    country first names its own ("the counties of Ohio"), and no list follows."""
    first = _list_start(tokens, noun)
    while first is not None:
        found = _division_from(gazetteer, tokens, first, plural, listed=first > noun + 2)
        if found is None:
            return
        yield found
        first = found.candidate.last + 1
        joiners = 0  # "Warren, Clay and Boone", "Warren, Clay, and Boone"
        while first < len(tokens) and tokens.texts[first] in LIST_JOINERS and joiners < 2:
            first, joiners = first + 1, joiners + 1
        if not joiners or first >= len(tokens):
            return


def _list_start(tokens: SentenceTokens, noun: int) -> int | None:
    """The token a list of divisions after their plural noun opens at, past its opener."""
    at = noun + 1
    if at < len(tokens) and tokens.texts[at] == ",":
        at += 1
    width = LIST_OPENERS.get(tokens.texts[at]) if at < len(tokens) else None
    if width is None or (width == 2 and tokens.texts[at + 1 : at + 2] != ["as"]):
        return None
    return at + width if at + width < len(tokens) else None


def _division_from(
    gazetteer: Gazetteer, tokens: SentenceTokens, first: int, plural: Plural, listed: bool
) -> Mention | None:
    """The division whose name opens at the token ``first``, the longest that is one."""
    for last in range(min(first + LONGEST_DIVISION_NAME, len(tokens)) - 1, first - 1, -1):
        if all(_name(tokens, index) for index in range(first, last + 1)):
            stop, found = _division_at(gazetteer, tokens, first, last, plural, listed)
            if stop or found is not None:
                return found
    return None


def _holder(gazetteer: Gazetteer, tokens: SentenceTokens, first: int, end: int) -> Qualifier | None:
    """The state or country a list of divisions is said to lie in: written as its owner
    before its first name ("Indiana's Allen, Wayne and Vigo counties") or after "in" right
    after its noun ("Dane and Sauk counties in Wisconsin"), as a single name's is
    (:func:`~newsfacts_locations.qualifiers.owner_of`, ``container_of``)."""
    if first > 0 and tokens.texts[first - 1].endswith(("'s", "’s")):
        owner = first - 1
        name, start, stop = tokens.texts[owner][:-2], tokens.starts[owner], tokens.ends[owner] - 2
    elif end + 2 < len(tokens) and tokens.texts[end + 1] == "in":
        held = end + 2
        name, start, stop = tokens.texts[held], tokens.starts[held], tokens.ends[held]
    else:
        return None
    places = tuple(p for p in gazetteer.lookup(_key(name)) if _holds(p))
    return Qualifier(places, start, stop) if places else None


def _holds(place: Place) -> bool:
    """A country or a state (not a county) may hold a list of divisions."""
    return place.kind == "country" or (place.kind == "admin" and not place.admin2)


def _held(name: Mention, holder: Qualifier | None) -> Mention:
    """``name`` with the part of ``holder`` that holds one of its readings as its
    qualifier, which narrows its readings to those ("Ohio's Hamilton": Hamilton County,
    Ohio, of a dozen); as it was where none does."""
    if holder is None:
        return name
    places = name.candidate.places
    holding = tuple(p for p in holder.places if any(fits(place, p) for place in places))
    if not holding:
        return name
    return name._replace(qualifier=holder._replace(places=holding))


def _division(
    gazetteer: Gazetteer, tokens: SentenceTokens, last: int, plural: Plural
) -> Mention | None:
    """The division whose name ends at the token ``last`` ("Prince William", "Jackson",
    "Kharkiv"); not a country's name alone, nor a state's before a noun of the divisions
    states hold ("88 Ohio counties" are Ohio's; "Otoe and Washington counties" are two
    counties)."""
    for first in range(max(last - LONGEST_DIVISION_NAME + 1, 0), last + 1):
        if not all(_name(tokens, index) for index in range(first, last + 1)):
            continue
        listed = first > 0 and tokens.texts[first - 1] in LIST_JOINERS
        stop, found = _division_at(gazetteer, tokens, first, last, plural, listed)
        if stop or found is not None:
            return found
    return None


def _division_at(
    gazetteer: Gazetteer,
    tokens: SentenceTokens,
    first: int,
    last: int,
    plural: Plural,
    listed: bool,
) -> tuple[bool, Mention | None]:
    """The division named by the tokens ``first`` to ``last``, if any; first, whether the
    name ends the list: a state's or a country's that holds the divisions (unless
    ``listed`` after another name) or a wider area's."""
    name = " ".join(tokens.texts[first : last + 1])
    own = gazetteer.lookup(_key(name))
    if not listed and any(_owner(place, plural) for place in own):
        return True, None
    if any(place.kind in WIDER_KINDS and place.kind != plural.kind for place in own):
        return True, None  # "the Gulf states", "the Atlantic provinces": a wider area's
    places = [p for suffix in plural.suffixes for p in gazetteer.lookup(_key(f"{name} {suffix}"))]
    # the name's own reading as a division, in a country where the noun names none:
    # "Kent" of England beside "Kent County", Michigan; not the state of Washington
    # beside "Washington County", Nebraska
    suffixed = {place.country_code for place in places}
    places += [p for p in own if p.kind == plural.kind and p.country_code not in suffixed]
    if not places:
        return False, None
    start, end = tokens.starts[first], tokens.ends[last]
    candidate = Candidate(start, end, first, last, _key(name), tuple(places), False, False)
    return False, Mention(candidate, start, None, supported=True)


def _owner(place: Place, plural: Plural) -> bool:
    """A place whose name alone before the plural names the places it holds: a country
    ("Ukraine regions"), a state before "counties" ("88 Ohio counties")."""
    if place.kind == "country" or (place.kind == "admin" and not place.admin2):
        return ("country" if place.kind == "country" else "state") in plural.owners
    return False


def _key(name: str) -> str:
    return " ".join(token.text for token in tokenize(name))


def _name(tokens: SentenceTokens, index: int) -> bool:
    text = tokens.texts[index]
    return text[:1].isupper() and text.replace(".", "").isalpha() and text not in words.NAME_WORDS
