"""The organizations plugin's word lists, loaded once from ``data/`` and keyed by units.

A *unit* is a core token, except that a possessive "'s" and an abbreviation's closing period
("Inc.", "D.") are joined to form one unit. Names in the lists are split into units the same
way as the article, so that a list entry matches the article unit for unit.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple, TypeVar

from newsfacts.plugin import (
    COMPASS_WORDS,
    COUNTRIES,
    COUNTRY_NAMES,
    MONTHS,
    ORGANIZATION_HEADS,
    ORGANIZATION_NOUNS,
    PERSON_INITIALS,
    US_STATE_WORDS,
    US_STATES,
    WEEKDAYS,
    Segment,
    compiled,
    read_table,
    read_words,
)
from newsfacts.plugin import tokenize as core_tokens
from newsfacts_organizations.joins import join_length, join_marks

PACKAGE = "newsfacts_organizations"

#: A name as its unit texts: ("Bank", "of", "England")
Key = tuple[str, ...]

KINDS = frozenset(
    (
        "government",
        "military",
        "party",
        "company",
        "media",
        "international",
        "ngo",
        "education",
        "sports",
        "other",
    )
)

APOSTROPHES = ("'", "’")
POSSESSIVES = ("'s", "’s")
CONNECTORS = read_words(PACKAGE, "connectors.txt")
#: The ampersand joining a firm's names ("Marks & Spencer"), and the "amp" a page's "&amp;" leaves
#: when it loses its marks ("Harlow Life amp Casualty Co.", "Ross amp Keller"): a lower-case
#: "amp" between two capitalized words is no word of prose (data/connectors.txt lists it too)
AMPERSANDS = frozenset({"&", "amp"})
ABBREVIATIONS = read_words(PACKAGE, "abbreviations.txt")


# tuple.__new__ skips the named tuple's Python-level __new__ (as the core's tokens do): a page
# of initials ("A. A. A.") joins one unit every three characters.
segment = functools.partial(tuple.__new__, Segment)
_Item = TypeVar("_Item")


class Columns(NamedTuple):
    """Tokens or units as columns: their texts, start and end offsets (a chunk's, read from
    the core's columns with no segment made: see chunks.Sentences)."""

    texts: list[str]
    starts: list[int]
    ends: list[int]


def units(segments: Sequence[Segment], text: str) -> list[Segment]:
    """Join possessives and abbreviation periods to the word before them."""
    columns = Columns(
        [segment.text for segment in segments],
        [segment.start for segment in segments],
        [segment.end for segment in segments],
    )
    return spliced(segments, joined_units(columns, text))


def joined_units(tokens: Columns, text: str) -> list[tuple[int, Segment]]:
    """The units of :func:`units` two of ``tokens`` join into, in order, each with the index
    of its first token: the columns of the tokens (their texts, starts and ends) are then
    spliced alike, with no column made again from the units."""
    texts, starts, ends = tokens
    count = len(texts)
    if not count:
        return []
    joined: list[tuple[int, Segment]] = []
    position = 0  # the first token no join holds yet
    end = ends[-1]
    low = 0  # the marks come in order: each token's index past the last one's
    for at in join_marks(text, starts[0], end):
        length = join_length(text, at, end)
        if not length:
            continue
        index = low = bisect.bisect_left(starts, at, low)
        if index >= count or starts[index] != at:
            continue
        if length == 1:  # a period or a plural's apostrophe after the word
            index -= 1  # join the pair (index, index + 1)
            if (
                index < position
                # right after the word, or a space after it for a plural's apostrophe
                # ("Farmers ' Union": see joins.py)
                or (ends[index] != at and (text[at] == "." or ends[index] != at - 1))
                or texts[index + 1] != text[at]
            ):
                continue
            if text[at] == "." and (
                not _abbreviation(texts[index]) or _glued_to_ampersand(tokens, index)
            ):
                continue
            if text[at] != "." and not _inside_name(texts, index):
                continue
        elif (
            index < position
            or index + 1 >= count
            or texts[index] not in APOSTROPHES
            or starts[index + 1] != at + 1
            or texts[index + 1] not in ("s", "S")
        ):
            continue
        # The unit's text is its words' with no space between ("Farmers '" is "Farmers'", as
        # the lists key it); its span is theirs, as written.
        joined.append(
            (index, segment((starts[index], ends[index + 1], texts[index] + texts[index + 1])))
        )
        position = index + 2
    return joined


def spliced(column: Sequence[_Item], joined: Sequence[tuple[int, _Item]]) -> list[_Item]:
    """``column`` with the items ``index`` and ``index + 1`` of each of ``joined`` (index,
    item) replaced by its item: copied a slice at a time, in C, between the joins."""
    items: list[_Item] = []
    position = 0
    for index, item in joined:
        items += column[position:index]
        items.append(item)
        position = index + 2
    items += column[position:]
    return items


def _inside_name(texts: Sequence[str], index: int) -> bool:
    """Whether the plural before an apostrophe is inside a name, after a capitalized word
    ("the Elementary Teachers' Federation"), not the end of one ("Breitbart News’ editor", "the
    Court of Appeals’ board") nor a possessive before one ("the Democrats' Senate majority")."""
    return (
        index > 0
        and texts[index] not in HEADS
        and texts[index - 1][:1].isupper()
        and not _firm_after(texts, index + 2)
    )


#: The most words of a firm's name after an owner's plural possessive, its legal ending too
_FIRM_AFTER_WORDS = 6


def _firm_after(texts: Sequence[str], start: int) -> bool:
    """Whether a firm's name, up to its legal ending, starts at ``start``, after a plural's
    apostrophe: the plural is its owner's name ("Gold Fields' Kloof Gold Mining Co", one firm
    of another's), not a word of the same name ("the Dairy Farmers' Union")."""
    for word in texts[start : start + _FIRM_AFTER_WORDS]:
        if word in LEGAL_SUFFIXES:
            return True
        if not word[:1].isupper():
            return False
    return False


def _glued_to_ampersand(tokens: Columns, index: int) -> bool:
    """The last letter of a name written with "&" ("AT&T.", "S&P."): no initial, so the
    period after it ends the sentence (an abbreviation keeps its own: "Jones&Co.")."""
    texts = tokens.texts
    return (
        index > 0
        and len(texts[index]) == 1
        and texts[index - 1] == "&"
        and tokens.ends[index - 1] == tokens.starts[index]
    )


def _abbreviation(word: str) -> bool:
    """A word a period joins: "Inc", "D", "ST" of "ST. PAUL"."""
    return (
        word in ABBREVIATIONS
        or (len(word) == 1 and word.isupper())
        or (word.isupper() and word.capitalize() in ABBREVIATIONS)
    )


_TEXT = itemgetter(2)  # a Segment's text


@functools.lru_cache(maxsize=16384)
def key_of(name: str) -> tuple[str, ...]:
    """The unit texts of ``name``: how a list entry is matched against an article."""
    simple = _simple_key(name)
    if simple is not None:
        return simple
    tokens = core_tokens(name)
    # Every join of units() is at an apostrophe or a period: most names have neither, and
    # their units are their tokens (the regex pass was two thirds of a key, in an article
    # of thousands of people's names).
    if "." not in name and "'" not in name and "’" not in name:
        return tuple(map(_TEXT, tokens))
    return tuple(map(_TEXT, units(tokens, name)))  # map: no generator per name


def _simple_key(name: str) -> tuple[str, ...] | None:
    """The key of a name of ASCII words of letters, each with a full stop or none, one space
    between them ("Babaka Smith", "Dr. Babaka Smith"), read without the tokenizer's regex nor
    units(): in an article of thousands of people's names, those were nearly half of the
    plugin's time. None for any other name."""
    if not name.isascii():
        return None
    key: list[str] = []
    for part in name.split(" "):
        word = part.removesuffix(".")
        if not word.isalpha():
            return None  # "", "U.S", "O'Brien", "7"
        if word == part:
            key.append(word)
        elif _abbreviation(word):
            key.append(part)  # "Inc.": units() joins the period to the word
        else:
            key += (word, ".")
    return tuple(key)


def fold(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word.lower() for word in key)


# Capitalized words that never begin or end a name: the field's own (data/stopwords.txt) and
# the core's weekdays and months with their abbreviations ("Monday", "Sept").
STOPWORDS = read_words(PACKAGE, "stopwords.txt") | frozenset(
    word.capitalize() for word in (*WEEKDAYS, *MONTHS)
)
NOT_ORGANIZATIONS = frozenset(key_of(name) for name in read_words(PACKAGE, "not_organizations.txt"))
#: The postal codes of the states of the United States (the core's): after a town's name and a
#: comma they are the state ("Newark, NJ", "Berea, OH,"), not an acronym of a body.
STATE_CODES = frozenset(US_STATES)
# The states' postal codes that name bodies or are words too: the Veterans Affairs department
# ("the VA"), the Press Association ("PA"), a supreme court or a sporting club ("the SC"), a
# university ("UT"), the American League ("AL"); "IN", "OR", "ME", "DE", "CO" written for
# emphasis or in a company's name
_BODY_STATE_CODES = frozenset({"VA", "PA", "SC", "UT", "AL", "IN", "OR", "ME", "DE", "CO"})
#: All-capital words that are no organization's (data/non_org_acronyms.txt), the initials
#: that name people ("AMLO", "RFK" of "RFK Jr."; the core's PERSON_INITIALS), the
#: countries' names in capital letters ("UK", "UAE", "DRC"; the core's COUNTRY_NAMES), and
#: the states' postal codes alone in prose ("won FL", "a nutty VT senator"), but those of
#: _BODY_STATE_CODES
NON_ORG_ACRONYMS = (
    read_words(PACKAGE, "non_org_acronyms.txt")
    | {initials.split()[0] for initials in PERSON_INITIALS}
    | {name for name in COUNTRY_NAMES if name.isalpha() and name.isupper()}
    | (STATE_CODES - _BODY_STATE_CODES)
)
#: The words of the names of the states of the United States (the core's: "Ohio", "Carolina" of
#: "North Carolina"), but "Mexico" of New Mexico: "Mexico's Senate" is a country's.
STATE_WORDS = US_STATE_WORDS - {"Mexico"}
#: The names of the United States (data/us_names.txt: "America", "United States").
US_NAMES = read_words(PACKAGE, "us_names.txt")
#: The one-word names of the states of the United States and "United States", and those of two
#: words
STATE_NAMES = STATE_WORDS | (US_NAMES - {"America", "American", "Nation"})
TWO_WORD_STATES = frozenset(
    f"{first} {second}"
    for first in ("New", "North", "South", "West", "Rhode")
    for second in (
        "Hampshire",
        "Jersey",
        "Mexico",
        "York",
        "Carolina",
        "Dakota",
        "Virginia",
        "Island",
    )
)
#: Places whose name before "shares" names a stock market: "London shares fell"
MARKET_PLACES = read_words(PACKAGE, "market_places.txt")
#: The keys of the places this field knows by name: the states and the financial centres
PLACE_KEYS = frozenset(map(key_of, STATE_NAMES | TWO_WORD_STATES | MARKET_PLACES))
#: Names of countries whose possessive names something of its own: "America's Voice",
#: "America's Cup"
_NAMED_POSSESSIVES = frozenset({"America"})
#: The keys of the places whose possessive owns the name after it: "South Africa's Vodacom";
#: the core's countries, the regions of data/owner_places.txt, the states, financial centres
OWNER_PLACES = (
    PLACE_KEYS
    | frozenset(map(key_of, COUNTRY_NAMES.keys() - _NAMED_POSSESSIVES))
    | frozenset(map(key_of, read_words(PACKAGE, "owner_places.txt")))
)
LONGEST_OWNER = max(map(len, OWNER_PLACES))
BUSINESS_WORDS = read_words(PACKAGE, "business_words.txt")
ACRONYM_STOPS = read_words(PACKAGE, "acronym_stops.txt")
EMPHASIS_WORDS = read_words(PACKAGE, "emphasis_words.txt")
AMBIGUOUS = read_words(PACKAGE, "ambiguous.txt")
#: Adjectives of nationality (those of peoples and regions of data/demonyms.txt, and the
#: core's countries'): "a French newspaper", "the Basque party"
DEMONYMS = read_words(PACKAGE, "demonyms.txt") | frozenset(
    adjective for country in COUNTRIES for adjective in country.adjectives
)
# company name (lower case) -> the words after it that leave it a place after "the"
THE_PLACES = {
    name: frozenset(after.split("|"))
    for name, after in read_table(PACKAGE, "the_places.tsv", columns=2)
}
#: Words of a region's part between "the" and its name: "the western tropical Atlantic": the
#: field's own (data/region_words.txt) and the core's words of the compass.
REGION_WORDS = read_words(PACKAGE, "region_words.txt") | COMPASS_WORDS
# name (lower case) -> the words in lower case after it that make it a common noun
COMMON_READINGS = {
    name: frozenset(after.split("|"))
    for name, after in read_table(PACKAGE, "common_readings.tsv", columns=2)
}
EVENT_WORDS = read_words(PACKAGE, "event_words.txt")
NAME_POSSESSIVES = read_words(PACKAGE, "name_possessives.txt")


def is_demonym(word: str) -> bool:
    """ "Algerian", "Turkish", "Japanese", "French": an adjective of nationality."""
    return word in DEMONYMS or word.endswith(("ian", "ish", "ese", "ean", "ican"))


# Head words, the core's (ORGANIZATION_HEADS, which the people field reads too): word -> (kind
# or None, whether it may open an "X of Y" name).
HEADS: dict[str, tuple[str | None, bool]] = {
    word: (head.kind, head.opens) for word, head in ORGANIZATION_HEADS.items()
}
#: What a possessive ends in ("the NRA's refusal").
POSSESSIVE_ENDINGS = ("'s", "’s")
#: The head words as written, also as owners ("University's"): what a quick test looks for.
#: (head, tail): a word that closes a name after its head ("School District")
HEAD_TAILS = frozenset(
    (head, tail) for head, tail in read_table(PACKAGE, "head_tails.tsv", columns=2)
)
#: (word, head) -> the kind a word right before a head gives the name: "the Central Bank",
#: "the Brihanmumbai Municipal Corporation" (data/head_modifiers.tsv); a sport's word before
#: a body of members' head word, its governing body's: "the International Ski Federation",
#: "the Panamanian Boxing Association" (data/sport_words.txt); "-" says no kind ("the Ochsner
#: Medical Center", a hospital's, as "Hospital" tells none)
#: A sport's words (data/sport_words.txt): "Ski", "Golf", "Rowing"
SPORT_WORDS = read_words(PACKAGE, "sport_words.txt")
HEAD_MODIFIERS: dict[tuple[str, str], str | None] = {
    **{
        (word, head): "sports"
        for word in SPORT_WORDS
        for head in ("Federation", "Confederation", "Association")
    },
    **{
        (word, head): None if kind == "-" else kind
        for word, head, kind in read_table(PACKAGE, "head_modifiers.tsv", columns=3)
    },
}


def modified_kind(word: str, head: str, kind: str | None) -> str | None:
    """The kind a name gets from the word right before its head (``HEAD_MODIFIERS``), or from
    a head's rule for every other word ("*" rows): "the Airborne Division" is an army's, "the
    Wealth Planning Division" of no kind."""
    return HEAD_MODIFIERS.get((word, head), HEAD_MODIFIERS.get(("*", head), kind))


HEAD_FORMS = frozenset(HEADS) | {word + ending for word in HEADS for ending in POSSESSIVE_ENDINGS}
#: The endings a company's name drops in later mentions: the core's legal forms ("Corp.",
#: "GmbH") and a few words of kind ("Holdings", "Group")
LEGAL_SUFFIXES = read_words(PACKAGE, "legal_suffixes.txt") | {
    word for word, head in ORGANIZATION_HEADS.items() if head.legal_form
}
#: How far into the article its opening dateline may be: a headline may come first.
DATELINE_REACH = 400
#: An American broadcaster's call sign, unlisted: K or W and three letters, or two and a band
#: ("WMUR", "KTVU", "WSB-TV"; not "KPMG", which the list names a company first).
CALL_SIGN = compiled(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?|[KW][A-Z]{2}-(?:TV|FM|AM|DT)")


# Context cues: the words before / after a name, lower-cased, joined by spaces.
CUES_BEFORE: dict[str, str | None] = {}
CUES_AFTER: dict[str, str | None] = {}
for _side, _words, _kind in read_table(PACKAGE, "cues.tsv", columns=3):
    (CUES_BEFORE if _side == "before" else CUES_AFTER)[_words] = None if _kind == "-" else _kind
LONGEST_CUE = max(len(words.split()) for words in (*CUES_BEFORE, *CUES_AFTER))
# The nouns heading a description set off after a name, and the kind they tell: "Ifo, the
# Munich-based economic institute," (cues.py: _apposed): the core's (ORGANIZATION_NOUNS) and
# the field's own (data/appositive_nouns.tsv: "carmaker")
APPOSITIVE_NOUNS: dict[str, str | None] = dict(ORGANIZATION_NOUNS) | {
    noun: None if kind == "-" else kind
    for noun, kind in read_table(PACKAGE, "appositive_nouns.tsv", columns=2)
}
