"""The word lists and the patterns of time expressions, read from ``data/`` once at import
(each pattern is compiled the first time it is tried).

Each rule of ``data/patterns.tsv`` is compiled on its own and anchored where it is tried:
the scan (``scan.py``, with ``candidates.py``) tries a rule only at a word that can begin it
and only when a head word it needs lies close ahead (the tables of ``dispatch.py``). Every
rule is bounded (no nested or unbounded repetition), so matching stays linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import regex

from newsfacts.plugin import (
    IRREGULAR_PAST,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    Patterns,
    alternation,
    compiled,
    read_table,
    read_words,
)
from newsfacts.plugin import MONTHS as _MONTHS
from newsfacts.plugin import WEEKDAYS as _WEEKDAYS

PACKAGE = "newsfacts_dates"


def _table(filename: str, columns: int) -> tuple[tuple[str, ...], ...]:
    return read_table(PACKAGE, filename, columns=columns)


# The core's names of the months and weekdays, which every field reads alike.
MONTHS: dict[str, int] = dict(_MONTHS)
# "Sept", "Aug": a name that is the start of a longer name of the same month.
MONTH_ABBREVIATIONS = frozenset(
    name
    for name, number in MONTHS.items()
    if any(other != name and other.startswith(name) for other in MONTHS if MONTHS[other] == number)
)
WEEKDAYS: dict[str, int] = dict(_WEEKDAYS)
# The core's spelled-out numbers from one to below a thousand ("two", "hundred", "dozen"; not
# "zero": a "zero-day" flaw is no duration) and the field's own number words and phrases
# (data/numbers.tsv: "a couple of", "several"): -> the value as TIMEX3 writes it ("2", "X")
NUMBERS: dict[str, str] = {
    word: str(number.value) for word, number in NUMBER_WORDS.items() if 0 < number.value < 1000
} | {word: value for word, value in _table("numbers.tsv", 2)}
# The ordinals of a year's quarters and halves: the core's words up to the fourth ("third") and
# the field's own in digits (data/ordinals.tsv: "3rd")
ORDINALS: dict[str, int] = {word: value for word, value in ORDINAL_WORDS.items() if value <= 4} | {
    name: int(value) for name, value in _table("ordinals.tsv", 2)
}
SEASONS: dict[str, tuple[str, int]] = {
    name: (code, int(month)) for name, code, month in _table("seasons.tsv", 3)
}
PARTS_OF_DAY: dict[str, str] = {word: code for word, code in _table("parts_of_day.tsv", 2)}
RELATIVES: dict[str, int] = {word: int(offset) for word, offset in _table("relatives.tsv", 2)}
# unit word -> (TIMEX3 letter, multiplier, granularity)
UNITS: dict[str, tuple[str, int, str]] = {
    word: (letter, int(multiplier), granularity)
    for word, letter, multiplier, granularity in _table("units.tsv", 4)
}
MODIFIERS: dict[str, tuple[str, str]] = {
    words: (mod, applies) for words, mod, applies in _table("modifiers.tsv", 3)
}
PHRASES: dict[str, tuple[str, str, str | None]] = {
    phrase: (kind, value, mod or None) for phrase, kind, value, mod in _table("phrases.tsv", 4)
}
# phrase -> (words vetoing it before, words vetoing it after, words vetoing it after when it
# opens a sentence with a capital)
PHRASE_VETOES: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
_SIDES = ("before", "after", "opening")
# "@part_nouns" in a cell: that list's words
_WORD_LISTS: dict[str, str] = {name: words for name, words in _table("word_lists.tsv", 2)}
for _phrase, _side, _words in _table("phrase_vetoes.tsv", 3):
    _sides = list(PHRASE_VETOES.get(_phrase, (frozenset(), frozenset(), frozenset())))
    for _word in _words.split("|"):
        _listed = _WORD_LISTS[_word[1:]].split("|") if _word.startswith("@") else [_word]
        _sides[_SIDES.index(_side)] |= set(_listed)
    PHRASE_VETOES[_phrase] = (_sides[0], _sides[1], _sides[2])
DECADE_WORDS: dict[str, int] = {word: int(digit) for word, digit in _table("decades.tsv", 2)}
# phrase -> (following words, type, value): see data/phrase_readings.tsv
PHRASE_READINGS: dict[str, tuple[frozenset[str], str, str]] = {
    phrase: (frozenset(words.split("|")), kind, value)
    for phrase, words, kind, value in _table("phrase_readings.tsv", 4)
}
# phrase -> (nouns after its "'s", type, value): see data/possessive_readings.tsv
POSSESSIVE_READINGS: dict[str, tuple[frozenset[str], str, str]] = {
    phrase: (frozenset(words.split("|")), kind, value)
    for phrase, words, kind, value in _table("possessive_readings.tsv", 4)
}
# phrase -> (words before "of" that keep the day, type, value): see
# data/complement_readings.tsv
COMPLEMENT_READINGS: dict[str, tuple[frozenset[str], str, str]] = {
    phrase: (frozenset(words.split("|")), kind, value)
    for phrase, words, kind, value in _table("complement_readings.tsv", 4)
}
HOLIDAYS: dict[str, str] = {name: rule for name, rule in _table("holidays.tsv", 2)}
# The phrases of a part of the year not begun before a month (data/year_parts.tsv) -> that month
YEAR_PARTS: dict[str, int] = {name: int(month) for name, month in _table("year_parts.tsv", 2)}
LEAD_WORDS = read_words(PACKAGE, "lead_words.txt")
MONTH_NOUN_VETOES = read_words(PACKAGE, "month_noun_vetoes.txt")
SEASON_VETOES = read_words(PACKAGE, "season_vetoes.txt")
PAST_VETOES = read_words(PACKAGE, "past_vetoes.txt")
YEAR_BLOCKERS = read_words(PACKAGE, "year_blockers.txt")
# The words before a number that lead only an amount of it, and the words in "-s" that are no
# plural after one (data/word_lists.tsv: quantities.counted_after_amount)
COUNT_LEADS = frozenset(_WORD_LISTS["count_leads"].split("|"))
NO_PLURALS = frozenset(_WORD_LISTS["no_plurals"].split("|"))
#: The modifiers of an amount of time that are prepositions, no part of the expression
#: ("within a week": data/word_lists.tsv, signal_mods).
SIGNAL_MODS = frozenset(_WORD_LISTS["signal_mods"].split("|"))
FUTURE_CUES = read_words(PACKAGE, "future_cues.txt")
FUTURE_AFTER = read_words(PACKAGE, "future_after.txt")
#: Goods traded for delivery in the month right before them: see data/contract_goods.txt.
CONTRACT_GOODS = read_words(PACKAGE, "contract_goods.txt")
#: Nouns of an event no one schedules ("Sunday's shooting"): see data/unplanned_events.txt.
UNPLANNED_EVENTS = read_words(PACKAGE, "unplanned_events.txt")
#: Verbs of a fixture in the plural present a report of games writes a team's name with:
#: "Liverpool travel to Newcastle on Wednesday", "the Lakers host Denver on Monday" (only
#: there: elsewhere "host", "face" and "travel" are nouns as often, "a radio host").
FIXTURE_VERBS = read_words(PACKAGE, "fixture_verbs.txt")
#: Words before "last" that make it the verb, not "the latest": "would last four hours",
#: "expected to last" (read by the duration rule and by the tense cues).
BEFORE_VERB_LAST = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "to", "does"}
    | {"did", "do"}
)
OPENING_WORDS = read_words(PACKAGE, "opening_words.txt")
NOT_PAST = read_words(PACKAGE, "not_past.txt")
#: Words that put a sentence in the past: the field's own (``data/past_cues.txt``: "was",
#: "ago") and the irregular past tenses every field reads alike ("flew", "said") but those
#: of ``data/not_past.txt`` ("lay").
PAST_CUES = read_words(PACKAGE, "past_cues.txt") | (IRREGULAR_PAST - NOT_PAST)
CONTROL_VERBS = read_words(PACKAGE, "control_verbs.txt")
DIRECTIVE_VERBS = read_words(PACKAGE, "directive_verbs.txt")
GAME_WORDS = read_words(PACKAGE, "game_words.txt")
PRESENT_CUES = read_words(PACKAGE, "present_cues.txt")
LEAD_CUES: dict[str, Literal["past", "future"]] = {
    word: "past" if tense == "past" else "future" for word, tense in _table("lead_cues.tsv", 2)
}
TIME_ZONES = read_words(PACKAGE, "time_zones.txt")


# The grains a distance back in time names a date of even after "earlier": "a year earlier"
# is a year, "an hour earlier" an amount counted from another event.
DATED_GRAINS = frozenset(["year", "quarter"])


def unit_of(word: str) -> str | None:
    """The singular unit of ``word`` ("weeks" -> "week", "centuries" -> "century")."""
    word = word.lower()
    if word in UNITS:
        return word
    if word.endswith("ies") and word[:-3] + "y" in UNITS:
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in UNITS:
        return word[:-1]
    return None


# Word lists enter the patterns as alternations, longest first ("the near future" before
# "the"); LISTS keeps them by name for the table of first words.
LISTS: dict[str, list[str]] = {}


def _alternation(words: Iterable[str], name: str) -> str:
    lowered = {word.lower() for word in words}
    LISTS[name] = sorted(lowered, key=lambda word: (-len(word), word))
    # a trie, one space a space: "sept|september|saturday" as "s(?:aturday|ept(?:ember|))"
    return "(?:" + alternation(lowered, fold=True, any_space=False) + ")"


def unit_forms() -> list[str]:
    forms = []
    for word in UNITS:
        forms.append(word)
        consonant_y = word.endswith("y") and word[-2] not in "aeiou"
        forms.append(word[:-1] + "ies" if consonant_y else word + "s")
    return forms


# The core's words of the tens ("twenty"), of the digits but zero, which join in
# "twenty-four", and of the teens
_TENS = "|".join(word for word, number in NUMBER_WORDS.items() if number.role == "tens")
_UNITS_1_9 = "|".join(
    word for word, number in NUMBER_WORDS.items() if number.role == "digit" and number.value
)
_TEENS = "|".join(word for word, number in NUMBER_WORDS.items() if number.role == "teen")
_BELOW_100 = f"(?:{_TENS})(?:[- ](?:{_UNITS_1_9}))?|{_TEENS}|{_UNITS_1_9}"
# Hundreds and thousands spelled out, before the number words they would hold as a prefix
# ("two" of "two hundred years"): "two hundred years", "a thousand years", "two hundred and
# fifty years", "twenty-five hundred days"
_HUNDREDS = rf"(?:a|{_BELOW_100})[- ](?:hundred|thousand)(?:(?: and)? (?:{_BELOW_100}))?(?!\w)"
_NUMBER = (
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?: 1/2|½)?"
    + f"|{_HUNDREDS}|(?:{_TENS})[- ](?:{_UNITS_1_9})|{_alternation(NUMBERS, 'numbers')}"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)"
_CLOCK = (
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))? ?"
    r"(?P<ampm>[ap]\.m\.?|[ap]m(?!\w))"
    r"|(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?= ?(?:{TZ}|h(?!\w)|hrs))"
    # wire copy's four digits before a time zone: "by 0930 GMT"
    r"|(?<![\d,.])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?= (?:{TZ}))"
    r"|(?P<hour>1[0-2]|0?[1-9]) o['’]clock"
    r"|(?P<hour>1[0-2]|0?[1-9]) in the (?P<part>morning|afternoon|evening)"
    r"|(?P<noon>noon|midnight|midday)"
)

# "over" before an amount of time is "more than" only after a word that asks for an amount
# ("for over a year", "just over an hour", "it took over two hours") or before a word that
# measures with it ("over 18 years of age", "over a century apart"). Elsewhere it is
# "during", and no part of the expression: "the tax rises over three years" is three years.
# (The word before is read back from after "over": read before it, the alternation of the
# words that lead it was tried at every place a rule with the macro was, "over" or not.)
_OVER_AS_MORE_THAN = (
    r"(?P<dmod>over)(?<=(?<![\w'’])(?:{OVER_LEADS}) over)(?= (?!the ))"
    r"|(?P<dmod>over)(?= [^.;:!?]{1,40}?\b(?:{OVER_MEASURES})\b)"
)

# "around" after "get" or "way" is a particle ("a way to get around Monday's deadline"), no
# "about" of the time after it, and no part of the expression. (Read back from after
# "around", as "over" is above.)
_AROUND_AS_APPROX = r"(?P<pmod>around)(?<!(?<![\w'’])(?:{AROUND_PARTICLE_LEADS}) around)"

MACROS: dict[str, str] = {
    "CLOCK": f"(?:{_CLOCK})",
    "TZ": f"(?P<tz>{_alternation(TIME_ZONES, 'zones')})(?!\\w)",  # not the "est" of "estimate"
    "MONTH": f"(?P<month>{_alternation(MONTHS, 'months')})",
    "MONTH2": f"(?P<month2>{_alternation(MONTHS, 'months')})",
    "WEEKDAY": f"(?P<weekday>{_alternation(WEEKDAYS, 'weekdays')})",
    "DAY": f"(?P<day>{_DAY})",
    "YEAR": r"(?P<year>1[6-9]\d\d|20\d\d)",
    # "nineteen ninety-four", "twenty oh-five": a year as spoken (news transcripts)
    "SPOKEN_YEAR": (
        r"(?P<high>nineteen|twenty) (?P<low>ten|eleven|twelve|thirteen|fourteen|fifteen"
        r"|sixteen|seventeen|eighteen|nineteen|hundred"
        r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
        r"|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))"
    ),
    "NUM": f"(?P<num>{_NUMBER})",
    "NUM2": f"(?P<num2>{_NUMBER})",
    "UNIT": f"(?P<unit>{_alternation(unit_forms(), 'units')})",
    "ORDINAL": _alternation(ORDINALS, "ordinals"),
    "SEASON": f"(?P<season>{_alternation(SEASONS, 'seasons')})",
    "DECADE": _alternation(DECADE_WORDS, "decades"),
    "HOLIDAY": f"(?P<holiday>{_alternation(HOLIDAYS, 'holidays')})",
    # A year after a month, a day or a holiday, not a number counting the noun
    # after it: "On March 5, 2000 people marched" is March 5 and a count (the year rule's
    # own test, data/year_blockers.txt)
    "COUNTLESS_YEAR": "{YEAR}(?! {YEAR_BLOCKERS}(?!\\w))",
    "YEAR_BLOCKERS": _alternation(YEAR_BLOCKERS, "year_blockers"),
    # The fixed phrases of one day counted from the publication day ("yesterday", "last
    # night", "this morning": data/phrases.tsv, a value "day:<days>" with its part of the day)
    "DAY_PHRASE": "(?P<day_phrase>{})".format(
        _alternation(
            (p for p, (_, value, _) in PHRASES.items() if value.startswith("day:")), "day_phrases"
        )
    ),
    "RELATIVE": _alternation(RELATIVES, "relatives"),
    # A fraction of one unit before the unit: "half a", "a quarter of an", "three-quarters
    # of an", "a half-" (the fraction rule's and the ago rule's)
    "SHARE": (
        "(?:(?:a |one )?(?P<fraction>half|quarter|three[- ]quarters)(?: of)? (?:a|an|one) "
        "|(?:a |one )(?P<fraction2>half|quarter)[ -])"
    ),
    "DMOD": "(?P<dmod>{})(?<!(?:[\\d%]|\\b(?:{})) (?:more|less) than)".format(  # compared_leads
        _alternation((w for w, (_, kind) in MODIFIERS.items() if kind != "point"), "dmods"),
        _WORD_LISTS["compared_leads"],
    ),
    "DURATION_MOD": f"(?:(?!over ){{DMOD}}|{_OVER_AS_MORE_THAN})",  # see _OVER_AS_MORE_THAN
    "PMOD": "(?:(?!around )(?P<pmod>{})|{})".format(
        _alternation((w for w, (_, kind) in MODIFIERS.items() if kind != "duration"), "pmods"),
        _AROUND_AS_APPROX,
    ),
}

_MACRO = compiled(r"\{([A-Z][A-Z0-9_]*)\}")


def _expand(pattern: str) -> str:
    # Two passes: a macro (CLOCK) may itself use another (TZ).
    for _ in range(2):
        pattern = _MACRO.sub(lambda match: MACROS[match.group(1)], pattern)
    return pattern


for _name, _words in _table("word_lists.tsv", 2):
    MACROS[_name.upper()] = _alternation(_words.split("|"), _name)
# A fiscal year in the business shorthand, one word: "FY26", "FY2025" (the rule fiscal_short
# starts at each)
LISTS["fiscal_years"] = [f"fy{year % 100:02d}" for year in range(100)] + [
    f"fy{year}" for year in range(1600, 2100)
]

# Not inside a word or a number ("1,2000", "$2015", "3.1999"), and not followed by more of one;
# a hyphen after a closing period joins the next expression, no more of this one ("from
# 6:45 a.m.-8:15 p.m.": "6:45 a.m.", its period kept).
_BEFORE = r"(?<![\w$£€¥]|\d[.,:/])"
_AFTER = r"(?![\w]|[.,:/]\d|(?<!\.)[-–]\w| ?%)"

# Each rule is compiled the first time the scan tries it: a short article needs few of them,
# and compiling them all took a third of the plugins' start.
RULES = Patterns(
    {
        name: _BEFORE + "(?:" + _expand(pattern) + ")" + _AFTER
        for name, pattern in _table("patterns.tsv", 2)
    },
    flags=regex.IGNORECASE,
)


# The words the scan looks up (a capturing group: split() returns them between the gaps).
# Only where an expression may begin are the few rules for that first word tried: the regex
# module tries an alternation entry by entry, so the whole grammar at every word would be
# ten times slower.
WORD = compiled(r"(['’]\d0s|\w+)")

# Tense cues are looked up word by word in the sentence around an expression (a capturing
# group: split() keeps the words between the gaps).
CUE_WORD = compiled(r"([\w'’]+)")

# The ``concurrent`` argument of the regex module's match and finditer (passed by position:
# by keyword the module parses the arguments anew, slower): False keeps the GIL through a
# try, or through each step of an iteration, where the module would let go of it and take it
# back around each (a window's words are found one match at a time). It does so on any
# string, long or short, some 1,400 instructions a call: every pattern tried for most
# expressions passes it (12,900 calls in 256 TimeBank articles, nearly a hundredth of the
# field's cost).
KEEP_GIL = False
