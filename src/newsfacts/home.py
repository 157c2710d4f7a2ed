"""The country an article is written in or about, read once by the core for every field.

The dateline decides first: "SYDNEY —", "LONDON, Ontario —", "KINGSTON, Jamaica —" name
their country. A qualifier after a comma decides alone ("PERTH, Scotland" is no Australian
dateline), as a state of the United States, a country or a place of
``newsfacts/data/home_places.tsv``; the place before it, when it has none. A dateline in
brackets ("(NEW YORK) —") decides only if these tables know its place: "(CNN) —" opens with
an agency, not a place. A dateline of a
place these tables do not know ("HAMILTON (AP) --", "WAUSAU, Wis. --"), or qualified by the
name of a state and of a country ("ATLANTA, Georgia", "TBILISI, Georgia") still says where the
story was written: its article has a home of unknown country, and the names in its text do
not decide. The agency named in brackets after a dateline is read with it ("TORONTO
(Reuters) -": the numbers field reads a world agency's "$" as the US dollar).

An article without a dateline is about the country its text names most, by name, adjective
or people ("Canada", "Canadian", "Canadians"; a state or province of the table: "Alberta";
for the United States its states: "Ohio"), if named at least :data:`NAMED_AT_LEAST` times
and at least :data:`OUTNAMED` times as often as all other countries together: a story of a
town council in Manitoba that names "Manitoba", "Canada" and "Canadian" is about Canada; a
story of a school in Ohio that names its architects "of Toronto, Ontario, Canada" once is
about no country the core reads (Canada twice, the United States once). A name inside a
longer one counts for no country ("Latin America", "Air Canada").

    >>> from newsfacts import Article, Document
    >>> home = Document.from_article(Article(text="SYDNEY — Rain fell.")).home
    >>> home.country.name, home.evidence, home.text
    ('Australia', 'dateline', 'SYDNEY')
    >>> Document.from_article(Article(text="TORONTO (Reuters) - Shares rose.")).home.agency
    'Reuters'
    >>> text = "Canada's economy grew. Canadian exports rose. Canada and Mexico signed a deal."
    >>> home = Document.from_article(Article(text=text)).home
    >>> home.country.code, home.evidence, home.mentions, home.others
    ('CA', 'named', 3, 1)
    >>> home.text  # the first name
    "Canada's"
    >>> Document.from_article(Article(text="Canada and the U.S. signed a deal.")).home is None
    True

The numbers field reads it for the dollar a bare "$" is.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Sequence
from itertools import compress

import attrs

from newsfacts.countries import COUNTRIES, COUNTRY_NAMES, NATIONALITY_NOUNS, US_STATES, Country
from newsfacts.datelines import dateline, may_open
from newsfacts.tablecache import built
from newsfacts.tables import read_table
from newsfacts.text import Segment
from newsfacts.tokens import Tokens

#: How many times an undatelined article must name a country to be about it.
NAMED_AT_LEAST = 3
#: And how many times as often as all other countries together.
OUTNAMED = 2
#: How many sentences may open the article before its dateline (a headline, a byline).
OPENING_SENTENCES = 3
#: A possessive after a name ("Canada's", "the Philippines'").
_POSSESSIVES = ("'s", "’s", "'", "’")

_UNITED_STATES = COUNTRY_NAMES["United States"]
_CODES = {country.code: country for country in COUNTRIES}


def _place_rows() -> tuple[tuple[str, ...], ...]:
    return read_table("newsfacts", "home_places.tsv", columns=3)


@attrs.frozen
class Home:
    """The country an article is written in or about, and what says so."""

    #: The country, or None for a dateline of a place the tables do not know.
    country: Country | None
    #: What says so: ``"dateline"`` or ``"named"`` (the text names it most).
    evidence: str
    #: Where the dateline, or the first mention of the country, starts in the text.
    start: int
    #: Where it ends.
    end: int
    #: Its text: "SYDNEY", "LONDON, Ontario", "Canada".
    text: str
    #: How many times the text names the country (1 for a dateline).
    mentions: int = 1
    #: How many times it names any other country (0 for a dateline).
    others: int = 0
    #: The news agency named in brackets after the dateline ("Reuters" in "TORONTO (Reuters)
    #: -", "CP"), or "".
    agency: str = ""


# The tables below are built on the first article that asks for its home: most never do
# (the numbers field asks only where a "$" or "dollar" stands), and a process starts sooner.
@functools.cache
def _upper_names() -> dict[str, Country]:
    """The names a dateline writes in capitals, a qualifier's or a place's, -> country."""
    names = {place.upper(): _CODES[code] for place, code, _read in _place_rows()}
    names.update((name.upper(), country) for name, country in COUNTRY_NAMES.items())
    names.update((name.upper(), _UNITED_STATES) for name in US_STATES.values())
    # a name of a state and of a country says neither: "ATLANTA, Georgia", "TBILISI, Georgia"
    for name in COUNTRY_NAMES.keys() & set(US_STATES.values()):
        del names[name.upper()]
    return names


# Kept on disk (:mod:`newsfacts.tablecache`) and read once per process: built, the table
# was the costliest first use of an extraction (23 M instructions, a fortieth of a first pass
# over 200 one-sentence items), paid by the first article that asks for its home.
@functools.cache
@built
def _text_names() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The names counted in the text, by first word -> (the rest of the words, the country's
    code), the longest first: "New Zealand", "New South Wales"."""
    named: dict[str, str] = {}
    for country in COUNTRIES:
        for name in country.names:
            named[name] = country.code
        for adjective in country.adjectives:
            named[adjective] = named[adjective + "s"] = country.code  # "Canadian", "Canadians"
    for noun, country in NATIONALITY_NOUNS.items():
        named.setdefault(noun, country.code)
        named.setdefault(noun + "s", country.code)
    for name in US_STATES.values():
        named[name] = _UNITED_STATES.code  # in news "Georgia" is the state more often than not
    for place, code, read in _place_rows():
        if read == "text":
            named.setdefault(place, code)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name in sorted(named, key=lambda name: -len(name.split())):
        first, *rest = name.split()
        # a name of one word with its possessive too ("Canada's"), looked up as written
        for written in (first, *(first + mark for mark in _POSSESSIVES)) if not rest else (first,):
            by_first.setdefault(written, []).append((tuple(rest), named[name]))
    return by_first


def read_home(text: str, sentences: Sequence[Segment], tokens: Tokens) -> Home | None:
    """The home of the article of ``text`` (its ``sentences`` and ``tokens``); None when it
    has no dateline and names no country clearly most."""
    for sentence in sentences[:OPENING_SENTENCES]:
        first = tokens.index_at(sentence.start)
        # most openings: a first word no dateline opens with, read from the texts, with no
        # segment made (some 1,600 instructions each)
        if first >= len(tokens) or not may_open(tokens.texts_from(first, first + 1)[0]):
            continue
        opening = tokens.between(sentence.start, sentence.end)
        count = dateline(opening)
        if count and opening[0].text == "(":  # "(NEW YORK) —", not "(CNN) —"
            home = _dateline_home(opening[1 : count - 1], text, "")
            if home.country is not None:
                return home
        elif count:
            return _dateline_home(opening[:count], text, _agency(opening[count:]))
    return _named_home(text, sentences, tokens)


def _agency(after: Sequence[Segment]) -> str:
    """The agency in brackets that ``after`` a dateline opens with ("(Reuters)"), or ""."""
    if len(after) >= 3 and after[0].text == "(" and after[2].text == ")":
        return after[1].text
    return ""


def _dateline_home(tokens: Sequence[Segment], text: str, agency: str) -> Home:
    """The home a dateline's tokens name: its qualifier's country, else its place's."""
    words = [token.text for token in tokens]
    place = (tokens[words.index(",") + 1 :] if "," in words else tokens) or tokens
    start, end = tokens[0].start, tokens[-1].end
    # as written, not as tokens: the tokenizer splits an abbreviation's last point ("Ont.")
    country = _upper_names().get(" ".join(text[place[0].start : end].split()).upper())
    return Home(country, "dateline", start, end, text[start:end], agency=agency)


def _named_home(text: str, sentences: Sequence[Segment], tokens: Tokens) -> Home | None:
    """The country the text names most, if clearly (see the module's docstring)."""
    words = list(tokens.texts())
    starts = tokens.starts
    opening = {sentence.start for sentence in sentences}  # a capital there is the sentence's
    counts: collections.Counter[str] = collections.Counter()
    first: dict[str, tuple[int, int]] = {}
    # the words that may open a name, found in C: a few in a thousand
    text_names = _text_names()
    for index in compress(range(len(words)), map(text_names.__contains__, words)):
        if _inside_a_name(words, starts, index, opening):
            continue
        for rest, code in text_names[words[index]]:
            last = index + len(rest)
            if last < len(words) and _written(words, index + 1, rest):
                counts[code] += 1
                first.setdefault(code, (index, last))
                break
    if not counts:
        return None
    (code, mentions), *_ = counts.most_common(1)
    others = sum(counts.values()) - mentions
    if mentions < NAMED_AT_LEAST or mentions < OUTNAMED * others:
        return None
    start, end = starts[first[code][0]], tokens.ends[first[code][1]]
    return Home(_CODES[code], "named", start, end, text[start:end], mentions, others)


def _written(words: Sequence[str], index: int, rest: tuple[str, ...]) -> bool:
    """Whether the words ``rest`` of a name follow at ``index``, the last perhaps with a
    possessive."""
    return all(
        words[index + offset] == word or _bare(words[index + offset]) == word
        for offset, word in enumerate(rest)
    )


def _bare(word: str) -> str:
    """A word without its possessive: "Canada's" is "Canada"."""
    if word.endswith(_POSSESSIVES):
        return word.rsplit("'" if "'" in word else "’", 1)[0]
    return word


def _inside_a_name(
    words: Sequence[str], starts: Sequence[int], index: int, opening: set[int]
) -> bool:
    """Whether the name at ``index`` ends a longer name: after a capitalized word that no
    sentence opens with ("Latin America", "Air Canada"; not "In Canada", "Canada and
    Mexico")."""
    if not index:
        return False
    before = words[index - 1]
    return before[:1].isupper() and before.isalpha() and starts[index - 1] not in opening
