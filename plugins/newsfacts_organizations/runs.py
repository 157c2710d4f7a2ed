"""Runs of capitalized words inside one sentence: where organization names can be."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter, or_

import attrs

from newsfacts.plugin import Segment, Vocabulary, WordColumn
from newsfacts_organizations.lexicon import (
    APOSTROPHES,
    CONNECTORS,
    LONGEST_OWNER,
    OWNER_PLACES,
    POSSESSIVE_ENDINGS,
    STOPWORDS,
    Columns,
    segment,
)

# A quarter's, a half's or a fiscal year's code: "Q1", "H2", "3Q", "FY24", "Q3FY25" (no part
# of a name: "Saudi Aramco Q1 profit falls").
_PERIOD_CODE = re.compile(r"(?:Q[1-4]|H[12]|[1-4]Q)?(?:FY(?:\d{2}|\d{4}))?")


def is_capital(word: str) -> bool:
    """A word that can be part of a name: "Kyiv", "U.N.", "3M", "al-Qaeda"; not a period's
    code ("Q1", "FY24")."""
    first = word[0]
    if (first in "QHF" or first.isdigit()) and _PERIOD_CODE.fullmatch(word):
        return False
    if first.isupper():
        # "Washington-based", "U.S.-led": a modifier, not a name.
        return "-" not in word or not word.rsplit("-", 1)[1][:1].islower()
    if first.isdigit():
        return not word.isdigit() and any(char.isupper() for char in word)
    return word.startswith(("al-", "el-")) and any(char.isupper() for char in word)


def is_year(texts: list[str], index: int) -> bool:
    """A year, alone or opening a date written "1996-08-30"."""
    text = texts[index]
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def is_possessive(word: str) -> bool:
    return len(word) == 2 and word[0] in APOSTROPHES


@attrs.define(repr=False, eq=False)
class Sentence:
    """A sentence's units (their texts, starts and ends: columns, no segment made for
    each), which of them are capitalized, and its runs of names.

    ``capital`` holds a byte per unit, 1 for a capitalized one (a byte, not a bool in a list:
    a long article has a million units), read from the units' codes (see word_code).
    ``lower_words`` counts the words in lower case: few of them make a table row or a list;
    ``upper_words`` counts the words in capitals. ``caps`` marks a sentence written all in
    capitals (a headline, a dateline): there, capitals say nothing, and only names known from
    lists or from the rest of the article are taken. ``title`` marks a headline in title case
    ("Big Farm Lobby Will Buy Ads"): no word of four lower-case letters, at least three
    capitalized words; there, a head word or a cue names nothing by itself either.
    """

    text: str
    texts: list[str]
    starts: list[int]
    ends: list[int]
    runs: list[tuple[int, int]]
    caps: bool
    lower_words: int
    upper_words: int
    title: bool
    #: The units' cases, a character each (see _case): "U" marks a word in capitals.
    case: str = attrs.field(repr=False)
    capital: bytes = attrs.field(repr=False)
    #: The units' texts in lower case, a slice of the chunk's (see sentences). Not a cached
    #: property made on first read: attrs gives a slotted class that has one a ``__getattr__``,
    #: and every read of every attribute of a sentence (``texts``, ``runs``, ``caps``: the
    #: rules read them hundreds of thousands of times) then went the slow, unspecialized way.
    lowered: list[str] = attrs.field(repr=False)
    #: The clues of its words or-ed, which tell the rules that may find a name in it (see
    #: rule_table.sentence_rules); -1, every clue, when not read.
    clues: int = attrs.field(repr=False)

    def segments(self) -> list[Segment]:
        """The units as segments, for a reader of the core's that takes them (a dateline's):
        made on each call, only where a check asks."""
        return list(map(segment, zip(self.starts, self.ends, self.texts, strict=True)))


# What the sentence pass needs to know of a word, computed once per distinct word and kept in
# the document's vocabulary (shared from article to article, see newsfacts.vocabulary): its
# code in a run and its case (see word_code), its code in all-capitals sentences, its upper- and
# lower-case letters. One column per property, so that a sentence's properties are read with
# one C-level ``map`` each and counted with ``str.count``.
def _letters(word: str) -> tuple[int, int]:
    return sum(map(str.isupper, word)), sum(map(str.islower, word))


def word_code(word: str) -> str:
    """The word's code in a run (C: a name word, k: a joining word, o: anything else), then its
    case (see _case)."""
    if word[0].islower() and not word.startswith(("al-", "el-")):
        # Most new words of news: in lower case, so no name word ("al-Qaeda" is one), no
        # possessive nor word in capitals; read with no further call.
        code = "k" if word.lower() in CONNECTORS else "o"
        return code + ("A" if sum(map(str.islower, word)) >= 4 else "a")
    if is_capital(word):
        code = "C"
    else:
        code = "k" if word.lower() in CONNECTORS or is_possessive(word) else "o"
    return code + _case(word, sum(map(str.islower, word)))


def _caps_code(word: str) -> str:
    """The word's code in a sentence in capitals: "OF" in a headline joins like "of"."""
    lowered = word.lower()
    if is_capital(word) and lowered not in CONNECTORS:
        return "C"
    return "k" if lowered in CONNECTORS or is_possessive(word) else "o"


def _case(word: str, lower_letters: int) -> str:
    """U: in capitals; a, A: opens in lower case, with under 4 or at least 4 lower-case
    letters; b, B: the same for other words; 0: no lower-case letter. A possessive of a word
    in capitals is in capitals ("the AAP's leader")."""
    if word.isupper() or (word[-2:] in ("'s", "’s") and word[:-2].isupper()):
        return "U"
    if not lower_letters:
        return "0"
    letter = "a" if word[0].islower() else "b"
    return letter.upper() if lower_letters >= 4 else letter


# A run: capitalized words, possibly joined by "of", "&", "'s" and the like. Searched in the
# units' codes (C, k, o: ASCII letters) with the standard library's re, linear (possessive, no
# backtracking), whose matches are the regex module's: the loop over the runs of every
# sentence, a third of the time sentences() took, takes half as long (the regex module's
# search and match objects cost more each).
_RUN = re.compile(r"C(?:k*+C)*+")
# The units' codes in a run (C, k, o) as the bytes of Sentence.capital: a name word is a
# capitalized one (see word_code), read in one C call, not a look-up per unit.
_CAPITAL = bytes.maketrans(b"Cko", b"\x01\x00\x00")


@attrs.frozen(repr=False, eq=False)
class _Columns:
    """The vocabulary's columns of the properties above."""

    caps_code: WordColumn[str]
    letters: WordColumn[tuple[int, int]]
    lower: WordColumn[str]

    @classmethod
    def of(cls, vocabulary: Vocabulary) -> _Columns:
        column = vocabulary.column
        return cls(
            column(_caps_code),
            column(_letters),
            column(str.lower),
        )

    def is_caps(self, texts: list[str]) -> bool:
        """Written in capitals: at least 4 upper-case letters, 8 times as many as lower-case."""
        letters = list(map(self.letters.__getitem__, texts))
        upper: int = sum(map(itemgetter(0), letters))
        lower: int = sum(map(itemgetter(1), letters))
        return upper >= 4 and lower * 8 < upper


def sentences(
    units: Columns,
    spans: Sequence[Segment],
    vocabulary: Vocabulary,
    codes: str,
    ruled: bool,
) -> list[Sentence]:
    """The sentences ``spans`` with their units (``units``: the columns of a chunk of
    sentences' units, see chunks.Sentences; ``codes``: their codes, three characters each, see
    rule_table.unit_codes) and, when ``ruled``, their clues (see Sentence.clues)."""
    unit_texts, starts, ends = units
    columns = _Columns.of(vocabulary)
    found: list[Sentence] = []
    lines: list[str] = []
    # The codes of the chunk's units (see word_code) and their clues: a sentence's are a
    # slice of them. (A chunk at a time, not the whole document: lists of its words,
    # lower-case forms and codes would double the memory a long article takes here.)
    all_code, all_case, all_clues = codes[0::3], codes[1::3], codes[2::3]
    # Their bytes of Sentence.capital, made for the chunk in one encode and one translate: a
    # sentence's are a slice of them.
    all_capital = all_code.encode("ascii").translate(_CAPITAL)
    # Their lower-case forms, in one C-level map too: a sentence's are a slice of them.
    all_lowered = list(map(columns.lower.__getitem__, unit_texts))
    count = len(starts)
    last = 0
    for span in spans:
        # A sentence opens where the one before it ended (its units ended by then): no search
        # for where, but where a unit lies between them. (Each search was some 1,300
        # instructions, a tenth of the reading of a short sentence.)
        if last < count and starts[last] < span.start:
            first = bisect.bisect_left(starts, span.start, last)
        else:
            first = last
        last = bisect.bisect_left(starts, span.end, first)
        while last > first and ends[last - 1] > span.end:
            last -= 1
        texts = unit_texts[first:last]
        code, case = all_code[first:last], all_case[first:last]
        long_lower = case.count("A")
        lower_words = case.count("a") + long_lower
        # A lower bound of the lower-case letters tells most sentences from capitals.
        length = span.end - span.start
        caps = (
            long_lower * 32 < length
            and (lower_words + case.count("b") + 3 * long_lower) * 8 < length
            and (lower_words + 3 * long_lower + 4 * case.count("B")) * 8 < length
            and columns.is_caps(texts)
        )
        found.append(
            Sentence(
                span.text,
                texts,
                starts[first:last],
                ends[first:last],
                [],
                caps,
                lower_words,
                case.count("U"),
                not caps and not long_lower and case.count("B") >= 3 and not _signed(texts),
                case,
                all_capital[first:last],
                all_lowered[first:last],
                or_clues(all_clues[first:last]) if ruled else -1,
            )
        )
        lines.append("".join(map(columns.caps_code.__getitem__, texts)) if caps else code)
    # One pass over the codes of all sentences, each closed by an "o" that no run crosses.
    offsets = [0, *accumulate(len(line) + 1 for line in lines)]
    index = 0
    for match in _RUN.finditer("o".join(lines)):
        start, end = match.span()
        while offsets[index + 1] <= start:
            index += 1
        found[index].runs.append((start - offsets[index], end - offsets[index]))
    return found


def or_clues(clue_characters: str) -> int:
    """The clues of words or-ed, from their characters (the third of each word's codes, see
    rule_table.unit_codes)."""
    return _or_of(frozenset(clue_characters))


@functools.lru_cache(maxsize=4096)  # a few distinct sets of clues, sentence after sentence
def _or_of(characters: frozenset[str]) -> int:
    """The clues of ``characters`` or-ed: an "or" per distinct value, each a call of
    ``operator.or_`` (some 600 instructions: or-ing a sentence's cost more than finding its
    distinct values), made once per distinct set of them."""
    return functools.reduce(or_, map(ord, characters), 0)


def _signed(texts: list[str]) -> bool:
    """A wire's signature line, no headline though its words are capitalized: the
    reporter's name, the newsroom's and its telephone number after two hyphens ("-- Mara
    Quillfeather , Paris Newsroom +33 155"; not a dash, which opens the headlines of related
    stories: "— What Investigators Have Said About the Lakeside Ferry Fire")."""
    return texts[:2] == ["-", "-"]


def trim(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Narrow ``start``..``end`` to begin and end on a capitalized non-stopword."""
    texts = sentence.texts
    capital = sentence.capital
    # Outside capitals, the set's own test, in C: a Python call per word read (every rule
    # trims every name it reads, two words at least) cost more than the test.
    stop = _stop_in_caps if sentence.caps else STOPWORDS.__contains__
    while start < end and (not capital[start] or stop(texts[start])):
        if opens_a_name(sentence, start, end):
            break
        start += 1
    while end > start and (not capital[end - 1] or stop(texts[end - 1])):
        end -= 1
    return start, end


def _stop_in_caps(word: str) -> bool:
    """A stopword, in a sentence in capitals: "THE" is "The"."""
    return word in STOPWORDS or word.capitalize() in STOPWORDS


# Stopwords that open a name when written in capitals after a word in lower case, with a
# capitalized word after: "the All England Club", "the All Progressives Congress", "All Nippon
# Airways" (mid-sentence, "All" in capitals is a name's; a headline's word before is in
# capitals too); "Jan" ("people's") before a word, not a day's number: "the Jan Suraaj Party",
# "the Jan Sangh" (January's "Jan" comes before a number or a full stop); a royal title
# opening the namesake's name before a head word: "the Queen Elizabeth Hospital", "the Prince
# Charles Hospital", "the King Abdullah University of Science and Technology"; the royal
# title may follow "Royal", the name's own first word: "the Royal Prince Alfred Hospital";
# "Our", capitalized mid-sentence only in a name: "ads paid for by Our Harbor Values PAC".
_ROYAL_TITLES = frozenset({"Queen", "King", "Prince", "Princess"})
_NAME_OPENING_STOPWORDS = frozenset({"All", "Jan", "Our"}) | _ROYAL_TITLES
# The articles opening a sentence, capitalized there, before such a stopword: "The All India
# Institute of Medical Sciences", "The Queen Elizabeth Hospital"
_ARTICLES = frozenset({"The", "A", "An"})


def opens_a_name(sentence: Sentence, index: int, end: int) -> bool:
    """Whether the stopword at ``index`` opens a name ending by ``end`` (see above)."""
    if _royal_possessive(sentence, index, end):
        return True
    return (
        sentence.texts[index] in _NAME_OPENING_STOPWORDS
        and not sentence.caps
        and 0 < index < end - 1
        and (
            sentence.texts[index - 1].islower()
            or sentence.texts[index - 1] in _ARTICLES  # "The All India Institute of ..."
            or (sentence.texts[index - 1] == "Royal" and sentence.texts[index] in _ROYAL_TITLES)
        )
        and bool(sentence.capital[index + 1])
        and sentence.texts[index + 1] not in STOPWORDS
    )


def _royal_possessive(sentence: Sentence, index: int, end: int) -> bool:
    """A royal title before its possessive, written apart, and a capitalized word: a name's
    own first words, "Queen 's Park 3 1 1 1 6 8 4", "King 's Lynn 2 Boston 1" (a club named
    after a place so named), "Queen 's University"; not "the Queen 's speech"."""
    return (
        index + 2 < end
        and sentence.texts[index] in _ROYAL_TITLES
        and is_possessive(sentence.texts[index + 1])
        and bool(sentence.capital[index + 2])
    )


#: The most units a rule reads from where it starts a name, in a run of capitalized words:
#: the longest names are about a dozen ("Office of the Inspector General for the Intelligence
#: Community"); a run can be a whole page in title case, and a rule reading all of it for
#: every word of it would be quadratic.
MAX_NAME_UNITS = 24


def cut_at_possessive(sentence: Sentence, start: int, end: int) -> int:
    """The end of the name before a possessive inside ``start``..``end`` ("Russia's ...")."""
    # is_possessive written out: a call of it per word cost more than its test
    for index, word in enumerate(sentence.texts[start:end], start):
        if len(word) == 2 and word[0] in APOSTROPHES:
            return index
    return end


def place_owner(texts: list[str], index: int, start: int = 0) -> bool:
    """Whether ``texts[index]`` closes the possessive of a place of ``data/owner_places.txt``
    (or a state, a financial centre) named from ``start`` on: "South Africa's", "Russia 's";
    the name after it is its own ("South Africa's Vodacom", not "Hudson's Bay")."""
    word = texts[index]
    last: tuple[str, ...]
    if is_possessive(word):  # "Russia 's Zorbex", as CoNLL writes it
        owner, last = texts[max(start, index - LONGEST_OWNER) : index], ()
    elif word.endswith(POSSESSIVE_ENDINGS):
        owner, last = texts[max(start, index - LONGEST_OWNER + 1) : index], (word[:-2],)
    else:
        return False
    return any((*owner[first:], *last) in OWNER_PLACES for first in range(len(owner) + 1))


def past_owner(texts: list[str], start: int, end: int) -> int:
    """Where a name in ``start``..``end`` starts: past a place's possessive in it, when a
    word follows ("Shares in South Africa's| Vodacom"), else at ``start``."""
    for index in range(start, min(end - 1, start + LONGEST_OWNER + 1)):
        if place_owner(texts, index, start):
            return index + 1
    return start
