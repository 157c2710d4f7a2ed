"""The word lists and pattern tables of ``data/``, loaded once and compiled into regexes."""

from __future__ import annotations

import array
import functools
import itertools
import sys
from collections.abc import Iterable

import regex

from newsfacts.plugin import (
    COUNTRIES,
    IRREGULAR_PAST,
    IRREGULAR_VERBS,
    KIN_NOUNS,
    MONTH_NAMES,
    NATIONALITY_NOUNS,
    PEOPLE_NOUNS,
    SAME_FORM_PASTS,
    WEEKDAYS,
    built,
    compiled,
    read_table,
    read_words,
)
from newsfacts.plugin import NUMBER_WORDS as CORE_NUMBER_WORDS
from newsfacts.plugin import ORDINAL_WORDS as CORE_ORDINAL_WORDS

# The core's, read by the plugin's modules as lexicon.alternation with the tables it writes
from newsfacts.plugin import alternation as alternation

PACKAGE = "newsfacts_numbers"


def _table(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    return read_table(PACKAGE, name, columns=columns)


def _phrases(phrases: Iterable[str]) -> tuple[str, ...]:
    """``phrases`` sorted, each once: what the tables of this module are built of (and keyed
    on, on disk: a set's order changes from process to process). They are built once per
    machine (case_aware_alternation, folded_chars, folded_heads): built in each process, they
    were with the alternations a fifth of the plugin's import."""
    return tuple(sorted(set(phrases)))


# Spelled-out numbers and ordinals: the core's, which the dates field reads too.
NUMBER_WORDS: dict[str, tuple[int, str]] = {
    word: (number.value, number.role) for word, number in CORE_NUMBER_WORDS.items()
}
ORDINAL_WORDS: dict[str, int] = dict(CORE_ORDINAL_WORDS)
FRACTIONS: dict[str, float] = {word: float(value) for word, value in _table("fractions.tsv", 2)}
SCALES: dict[str, tuple[int, bool]] = {
    word: (int(value), attach == "money") for word, value, attach in _table("scales.tsv", 3)
}
VAGUE: dict[str, tuple[int, int]] = {
    " ".join(phrase.split()): (int(low), int(high)) for phrase, low, high in _table("vague.tsv", 3)
}
# The words one of which must follow a vague count that is more often another word.
VAGUE_NEEDS_AFTER: dict[str, frozenset[str]] = {
    phrase: frozenset(words.split("|")) for phrase, words in _table("vague_needs_after.tsv", 2)
}
# The words after one of which a vague count is another word: "test scores", "their scores".
VAGUE_NOT_AFTER: dict[str, frozenset[str]] = {
    phrase: frozenset(words.split("|")) for phrase, words in _table("vague_not_after.tsv", 2)
}

# Currencies: symbols and codes go into the span, currency words are attributes.
CURRENCIES: dict[str, tuple[str, str, str]] = {
    surface: (code, name, position) for surface, code, name, position in _table("currencies.tsv", 4)
}
CURRENCY_PREFIXES = [s for s, (_, _, pos) in CURRENCIES.items() if pos in ("symbol", "code")]

# Units: canonical name and kind; currency words join them with kind money.
UNITS: dict[str, tuple[str, str]] = {
    surface: (canonical, kind) for surface, canonical, kind in _table("units.tsv", 3)
}
# Symbols that European writing puts after the amount ("1.200 €", "1,200€"); not "$", which
# after a number is more often the next amount's ("5 $10 tickets").
POSTFIX_SYMBOLS = frozenset({"€", "£"})
for _surface, (_code, _name, _position) in CURRENCIES.items():
    if _position in ("word", "code") or _surface in POSTFIX_SYMBOLS:
        UNITS.setdefault(_surface, (_name, "money"))
PERCENT_SURFACES = frozenset(
    s for s, (canonical, kind) in UNITS.items() if kind == "percent" and canonical != "basis point"
)

QUALIFIERS_BEFORE = {p: q for p, q, pos in _table("qualifiers.tsv", 3) if pos == "before"}
QUALIFIERS_AFTER = {p: q for p, q, pos in _table("qualifiers.tsv", 3) if pos == "after"}
EVENTS: dict[str, str] = {word: event for word, event, _ in _table("events.tsv", 3)}
# Verbs whose subject does the event: "Two men shot| a woman"
ACTIVE_EVENTS = frozenset(word for word, _, kind in _table("events.tsv", 3) if kind == "active")
METRE_CONTEXT = read_words(PACKAGE, "metre_context.txt")
# Race distances in metres: "the 1500m" is a race, no millions
RACE_DISTANCES = read_words(PACKAGE, "race_distances.txt")
GLUED_ONLY_UNITS = read_words(PACKAGE, "glued_only_units.txt")
RATE_ONLY_UNITS = read_words(PACKAGE, "rate_only_units.txt")
WORD_UNITS = read_words(PACKAGE, "word_units.txt")
HELD_GATHERINGS = read_words(PACKAGE, "held_gatherings.txt")  # "a concert held in the hall"
ABOUT_TOPICS = read_words(PACKAGE, "about_topics.txt")  # "worried about 200 jobs"
# Titles abbreviated before a name, a word of a counted phrase with their stop ("Mr. Obama's")
NAME_TITLES = read_words(PACKAGE, "name_titles.txt")
# Words in lower case a temperature's letter may stand before: "104 F in Phoenix", not "12 F
# grades"
TEMPERATURE_AFTER = read_words(PACKAGE, "temperature_after.txt")
PEOPLE = PEOPLE_NOUNS
# Nouns for one person an age in commas follows, whose plural PEOPLE lacks: "The striker, 27,"
AGE_NOUNS = read_words(PACKAGE, "age_nouns.txt")
ING_NOUNS = read_words(PACKAGE, "ing_nouns.txt")
# Event nouns that may modify a noun after them ("40 death claims"): see phrase_checks
MODIFYING_EVENTS = read_words(PACKAGE, "modifying_events.txt")
EVENT_NOUNS = read_words(PACKAGE, "event_nouns.txt")  # "two minor injuries"
LY_NOUNS = read_words(PACKAGE, "ly_nouns.txt")
PREDICATE_ADVERBS = read_words(PACKAGE, "predicate_adverbs.txt")
# A parent's noun before "of" and a count -> the child it counts, the children: "a father of
# four"
PARENT_NOUNS: dict[str, tuple[str, str]] = {
    noun: (one, more) for noun, one, more in _table("parent_nouns.tsv", 3)
}
WEIGHED_GOODS = read_words(PACKAGE, "weighed_goods.txt")
POINT_NOUNS = read_words(PACKAGE, "point_nouns.txt")
DIMENSION_UNITS = read_words(PACKAGE, "dimension_units.txt")
# Words that end what a number counts: the field's own (data/counted_stops.txt), its choice of
# the core's irregular past tenses (data/counted_pasts.txt: "the first came"), and the core's
# weekdays and months, a time after the phrase ("two games Friday night"), but "march", a
# noun a number counts ("a 10-mile march").
COUNTED_STOPS = (
    read_words(PACKAGE, "counted_stops.txt")
    | read_words(PACKAGE, "counted_pasts.txt")
    | frozenset(WEEKDAYS)
    | (MONTH_NAMES - {"march"})
)
# The field's own words after the noun (data/counted_stops_after_noun.txt), the irregular
# past tenses every field reads alike ("200 workers fled") but a noun's ("one bit of"):
# data/irregular_past_unread.txt, and the irregular participles of their own form, which
# open a clause after the noun ("six students chosen for", "two paintings stolen from"; not
# "come" nor "run", the base form, a noun after a noun: "a home run").
COUNTED_STOPS_AFTER_NOUN = (
    read_words(PACKAGE, "counted_stops_after_noun.txt")
    | (IRREGULAR_PAST - read_words(PACKAGE, "irregular_past_unread.txt"))
    | frozenset(
        verb.participle for verb in IRREGULAR_VERBS if verb.participle not in (verb.base, verb.past)
    )
)
GLUED_MODIFIERS = read_words(PACKAGE, "glued_modifiers.txt")
# Words after a plural noun that end what is counted (data/after_plural_stops.txt: "40 workers
# support the strike") and the core's verbs whose past is their base form, after a plural
# subject a verb of any tense ("two storms spread damage", "four pipes burst"; after a singular
# noun a compound: "a rate cut").
AFTER_PLURAL_STOPS = read_words(PACKAGE, "after_plural_stops.txt") | SAME_FORM_PASTS
AFTER_SAME_FORM_PASTS = read_words(PACKAGE, "after_same_form_pasts.txt")
PLURAL_MODIFIERS = read_words(PACKAGE, "plural_modifiers.txt")
#: The plural nouns of nations' people, capitalized heads of a counted phrase ("8 million
#: Americans", "5,000 Canadians", "200 Britons", "Frenchmen"): the core's countries'
#: adjectives and nouns of their people, in the plural
NATION_PLURALS = frozenset(
    [adjective + "s" for country in COUNTRIES for adjective in country.adjectives]
    + [noun[:-3] + "men" if noun.endswith("man") else noun + "s" for noun in NATIONALITY_NOUNS]
)
NOUN_PARTICIPLES = read_words(PACKAGE, "noun_participles.txt")
CLAUSE_NOUNS = read_words(PACKAGE, "clause_nouns.txt")
# Nouns for one person or side a name may follow in apposition: the core's of family, those an
# age follows and the field's own ("his second wife Jane Doe", "a division side Almere")
NAME_NOUNS = KIN_NOUNS | AGE_NOUNS | read_words(PACKAGE, "name_nouns.txt")
STOP_COMPOUNDS = read_words(PACKAGE, "stop_compounds.txt")
STOP_COMPOUND_OPENERS = frozenset(compound.split()[0] for compound in STOP_COMPOUNDS)
STOP_CLOSED_COMPOUNDS = read_words(PACKAGE, "stop_closed_compounds.txt")
RANKED_PASTS = read_words(PACKAGE, "ranked_pasts.txt")
PART_VERBS = read_words(PACKAGE, "part_verbs.txt")
HALF_PERIODS = read_words(PACKAGE, "half_periods.txt")
RATES: dict[str, str] = {surface: canonical for surface, canonical in _table("rates.tsv", 2)}
# Plurals in the singular where the rules would misread them: "people" is "person"
IRREGULAR_PLURALS: dict[str, str] = {
    plural: single for plural, single in _table("irregular_plurals.tsv", 2)
}
# What only a slash puts after an amount as its rate: "50 mm/hr", "5mg/kg"
SLASH_RATES: dict[str, str] = {surface: per for surface, per in _table("slash_rates.tsv", 2)}
NUMBERED_NAMES = read_words(PACKAGE, "numbered_names.txt")
# Words before a spelled-out number that make it a rank: "the world number one"
RANK_WORDS = read_words(PACKAGE, "rank_words.txt")
# Words before a number that names a section of a league: "Division two", "group 8 qualifier"
SECTION_WORDS = read_words(PACKAGE, "section_words.txt")
# Words before a bare fraction that make it a price's move: "eased 1/8", "bonds were off 12/32"
MOVE_WORDS = read_words(PACKAGE, "move_words.txt")
# Words before a bare fraction with a slash that make it a day's name: "flew on 9/11 the whole day"
DAY_NAME_WORDS = read_words(PACKAGE, "day_name_words.txt")
# Words before "second" that make it a place: "came second", "a distant second"
PLACE_WORDS = read_words(PACKAGE, "place_words.txt")
# Words before a bare "hundred" that make it a batsman's century: "his hundred"
CENTURY_WORDS = read_words(PACKAGE, "century_words.txt")
# Words glued before a number that make it a rating, counting nothing: "the par-five fourth hole"
RATING_WORDS = read_words(PACKAGE, "rating_words.txt")
# Units written before the number, lower-cased ("a magnitude 6.2 earthquake")
UNITS_BEFORE = frozenset({"magnitude"})
#: Units of time: "over" before one may mean "during" ("over five years"), and a count linked
#: to one may be its span ("3 to 5 years").
TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "decade", "quarter"])
# Words between a count and a unit of time that leave it a span: "seven consecutive years"
DURATION_MODIFIERS = read_words(PACKAGE, "duration_modifiers.txt")
IDENTIFIER_PATTERNS = [pattern for pattern, *_ in _table("identifiers.tsv", 4)]
# Per pattern, literal strings one of which any match contains ("Boeing|Airbus"): the pattern
# runs only on a text that holds one. Empty: it always runs.
IDENTIFIER_NEEDS = [
    tuple(needs.split("|")) if needs else () for _, _, needs, _ in _table("identifiers.tsv", 4)
]
# Per pattern that starts at a number, what the number and the two characters after it look
# like in every match ("\d{1,2}:\d"): it is tried only there. Empty: at every number. For a
# pattern that starts at a word, AT_A_NEED where every match starts where one of its needs
# does (or at an offset from it: "need-1", "need+4", "need-7..-6").
IDENTIFIER_HEADS = [head for *_, head in _table("identifiers.tsv", 4)]
AT_A_NEED = "need"
# Nouns that a number glued to them names a kind of thing with ("a 3-pointer", "an
# 18-wheeler", "a six-speed automatic"): one more row of names, needing "-" and the noun.
NUMBERED_KINDS = read_words(PACKAGE, "numbered_kinds.txt")
_KIND_NUMBERS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
IDENTIFIER_PATTERNS.append(rf"\b(?i:{_KIND_NUMBERS})-(?i:{alternation(NUMBERED_KINDS)})s?\b")
IDENTIFIER_NEEDS.append(
    tuple(f"-{case(kind)}" for kind in sorted(NUMBERED_KINDS) for case in (str, str.title))
)
IDENTIFIER_HEADS.append("")


# Every character of the BMP, decoded in C from their code points as 4-byte integers (the
# size of a C unsigned int wherever CPython runs): a join of 65,536 chr() took three times
# longer, half of this module's import.
# (Made only where a table of folded characters is built anew: see folded_chars.)
@functools.cache
def _bmp() -> str:
    return (
        array.array("I", range(0x10000))
        .tobytes()
        .decode(f"utf-32-{sys.byteorder[0]}e", "surrogatepass")
    )


@functools.cache  # one scan for every head table that asks
def _white_space() -> tuple[str, ...]:
    return tuple(regex.findall(r"\s", _bmp()))


@functools.cache  # one scan for every character class that asks
def _cased() -> str:
    """The characters that change when upper-, lower- or title-cased: every character that
    matches another one ignoring case is one of them (a twentieth of the BMP)."""
    return "".join(compiled(r"\p{Changes_When_Casemapped}").findall(_bmp()))


def folded_chars(chars: Iterable[str]) -> frozenset[str]:
    """``chars`` with every character that matches one of them ignoring case ("s", "S" and
    the long "ſ"): what a quick test before a case-insensitive pattern must accept."""
    return _folded_chars(_phrases(chars))


@built
def _folded_chars(chars: tuple[str, ...]) -> frozenset[str]:
    chars = tuple(char for char in chars if char)
    if not chars:
        return frozenset()
    klass = compiled(f"(?i:[{''.join(regex.escape(char) for char in sorted(chars))}])")
    # Read over the cased characters only: a case-insensitive class tried at each of the
    # BMP's characters took a twelfth of a cold start (six classes); any other character
    # matches only itself, so is found in ``chars``.
    return frozenset(chars).union(klass.findall(_cased()))


def folded_heads(
    phrases: Iterable[str], size: int = 2, *, end: bool = False, case_aware: bool = False
) -> frozenset[str]:
    """The first (``end``: last) ``size`` characters of each phrase at least that long, in
    every case variant that matches them ignoring case (``case_aware``: only where
    :func:`case_aware_alternation` ignores it), a space standing for any white space (as
    inner spaces match in :func:`alternation`): what a quick test of ``size`` characters
    before such a pattern must accept."""
    return _folded_heads(_phrases(phrases), size, end, case_aware)


@built
def _folded_heads(
    phrases: tuple[str, ...], size: int, end: bool, case_aware: bool
) -> frozenset[str]:
    heads = {
        (phrase[-size:] if end else phrase[:size], not case_aware or _ignores_case(phrase))
        for phrase in phrases
        if len(phrase) >= size
    }
    if any(" " in (head[1:] if end else head[:-1]) for head, _ in heads):
        # Inner white space may run longer than one character: the test would miss it.
        raise ValueError(f"white space inside the {size} characters tested: {sorted(heads)}")
    chars = {char for head, _ in heads for char in head if char != " "}
    found = "".join(folded_chars(chars))  # one scan of all characters for them all
    # compiled(): loaded from the pattern cache, where regex.findall would parse each of the
    # hundred or so one-character patterns anew in every process.
    variants = {char: compiled(f"(?i:{regex.escape(char)})").findall(found) for char in chars}
    variants[" "] = list(_white_space())
    # Each head once (phrases share their first characters), its variants joined in C.
    return frozenset(
        itertools.chain.from_iterable(
            map(
                "".join,
                itertools.product(
                    *(variants[char] if folded or char == " " else char for char in head)
                ),
            )
            for head, folded in heads
        )
    )


def case_key(surface: str) -> str:
    """How a surface is looked up after matching: long plain words ignore case."""
    return surface.lower() if _ignores_case(surface) else surface


def _ignores_case(surface: str) -> bool:
    return len(surface) > 3 and surface.replace(" ", "").replace("-", "").isalpha()


def case_aware_alternation(phrases: Iterable[str]) -> str:
    """An alternation where long plain words ignore case and short or symbolic ones do not
    ("m" is metres, "M" is not; "Kilometres" is still kilometres)."""
    return _case_aware_alternation(_phrases(phrases))


@built
def _case_aware_alternation(phrases: tuple[str, ...]) -> str:
    folded = [p for p in phrases if _ignores_case(p)]
    exact = [p for p in phrases if not _ignores_case(p)]
    parts = []
    if folded:
        parts.append(f"(?i:{alternation(folded, fold=True)})")
    if exact:
        parts.append(alternation(exact))
    return "|".join(parts)


UNIT_LOOKUP: dict[str, tuple[str, str]] = {}
for _surface, _value in UNITS.items():
    UNIT_LOOKUP.setdefault(" ".join(case_key(_surface).split()), _value)
# Rates as matched: a long plain word in any case ("per MMBTU", "per mmBtu": "mmbtu").
RATE_LOOKUP: dict[str, str] = {}
for _surface, _canonical in itertools.chain(RATES.items(), SLASH_RATES.items()):
    RATE_LOOKUP.setdefault(" ".join(case_key(_surface).split()), _canonical)
CURRENCY_LOOKUP: dict[str, tuple[str, str, str]] = {
    " ".join(s.split()): v for s, v in CURRENCIES.items()
}
