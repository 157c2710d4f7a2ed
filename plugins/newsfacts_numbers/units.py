"""Where a unit starts after a number: "5km", "5 km", "1,000-kilometre", "23.6 C"."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px

_HYPHENS = frozenset("-‑")
_BLANKS = frozenset(" \t")
_SPACED_UNIT_OR_HYPHEN = px.UNIT_SPACED_ONE | _HYPHENS
_AFTER_DEGREES = frozenset(["", " ", ".", ",", ";", ":", ")"])  # after "23.6 C"
_MARKS_AFTER_LETTER = frozenset(["", ",", ";", ":", ")", "!", "?"])  # after "20 g"
# What may follow a number directly and start a unit ("5km", "5-km") or a height's feet
# ("(6’2”)", read by :func:`measures.with_unit`): one look-up for the scan's common case
_UNIT_HYPHEN_OR_PRIME = px.UNIT_FIRST | _HYPHENS | frozenset("'’′")


def unit_at(text: str, position: int) -> regex.Match[str] | None:
    """The unit at ``position`` (:data:`~newsfacts_numbers.patterns.UNIT`), tried only where
    one may start: a unit's first character there, a hyphen before one
    (:func:`_unit_after_hyphen`), or white space before one (:func:`_unit_after_space`). A
    try of the pattern, an alternation of every unit, costs some 20,000 instructions. (The
    quick tests written out here: a call more at every number cost more than they save.)"""
    char = text[position : position + 1]
    if char in _HYPHENS:
        may = _unit_after_hyphen(text, position)  # not in "a 3-0 win", "1996-08-30"
    else:
        may = char in px.UNIT_FIRST or (char.isspace() and _unit_after_space(text, position, char))
    if not may:
        return None
    blanks = char in _BLANKS and text[position + 1 : position + 2] not in _HYPHENS
    unit = (px.UNIT_AFTER_BLANKS if blanks else px.UNIT).match(text, position, None, px.CONCURRENT)
    if unit is None:
        return None
    gap, system, name = unit.group(px.UNIT_GAP, px.UNIT_SYSTEM, px.UNIT_NAME)
    if system is not None and not _measure(unit):
        return None  # "5 US states", "3 US points": a unit's system only before a measure
    if gap is not None and name in lx.GLUED_ONLY_UNITS:
        return None  # "3 in 10 voters"
    if name in lx.RATE_ONLY_UNITS and not px.RATE.match(text, unit.end(), None, px.CONCURRENT):
        return None  # "the 19c church": "c" is cents only before a rate, "48c a litre"
    if name in lx.WORD_UNITS and _capitals_after(text, unit.end()):
        return None  # "2 WAR CRIMES SUSPECTS": a headline's word, not "0.5 WAR"
    if name[:1].isupper() and gap == " " and _name_opened(text, position, unit):
        return None  # "8 Rand Paul.", "3 Dollar General stores": a name, not "8 rand"
    if gap is not None and name in px.ATTACHED_ONLY:
        return unit if _spaced_letter(text, unit) else None
    return unit


def _spaced_letter(text: str, unit: regex.Match[str]) -> bool:
    """Whether a one-letter unit after a gap is one: after one space, before what ends a
    measure. The degrees' letters before a mark, a space or the end ("23.6 C", "38 C in
    Paris"; not "40 F-15 fighters", "158 F/A-18s", "12 F grades"); the others before a mark
    or a word in lower case ("a 5 m wall", "20 g of sugar", "a 5 W charger"; not "100 W Main
    Street") or an abbreviation in capitals before one ("a 5 W USB-C charger", "a 12 V DC
    motor"; not "100 W MAIN ST"), a letter in lower case before a full stop too ("It weighs 3
    g."; not "88 W. Broadway")."""
    if unit[px.UNIT_GAP] != " ":
        return False
    letter, end = unit[px.UNIT_NAME], unit.end()
    after = text[end : end + 1]
    if letter in px.SPACED_DEGREES:
        return (
            after in _AFTER_DEGREES
            and text[end : end + 2] not in (" /", " -")
            and _temperature_goes_on(text, end)
        )
    if after == " ":
        return text[end + 1 : end + 2].islower() or _abbreviation_before_lower(text, end + 1)
    if after == ".":
        return letter.islower()
    return after in _MARKS_AFTER_LETTER


def _temperature_goes_on(text: str, end: int) -> bool:
    """Whether a word in lower case after a degrees' letter, if one follows, may follow a
    temperature (``data/temperature_after.txt``): "104 F in Phoenix", "a 12 C melting point";
    not a grade's or a class's letter, "12 F grades", "14 C students"."""
    if not text[end + 1 : end + 2].islower():
        return True  # a mark, a bracket, a capital, the end: "38 C (100 F)"
    word = px.NEXT_WORD.match(text, end, end + px.AFTER_REACH)
    return word is None or word[px.W] in lx.TEMPERATURE_AFTER


def _capitals_after(text: str, end: int) -> bool:
    """Whether a word in capitals follows ``end`` after one space: "WAR| CRIMES"."""
    return text[end : end + 1] == " " and text[end + 1 : end + 3].isupper()


# A capitalized word after a unit's word that makes the two a name: no word a title's
# capitals give a preposition or a conjunction ("3 Dollars On Supply Fears"), then a mark,
# the end or a word in lower case ("8 Rand Paul.", "3 Dollar General stores").
_NAME_AFTER = compiled(
    r"""
    [ \t]
    (?!(?:On|In|At|To|For|From|By|Of|As|After|Before|Over|Under|Ahead|Amid|Against|And|Or
        |But|With|Since|Until|Than|Per|A|An|The)\b)
    \p{Lu}\p{Ll}++
    (?=[.,;:!?)]|[ \t]++\p{Ll}|[ \t]*+(?:\n|\Z))
    """,
    regex.VERBOSE,
)
# The word before a number, read backwards from it (REVERSE, anchored there by \G): a
# capitalized one is a title's ("Surges to +12 Point Lead"), a title's small words aside
_TITLE_BEFORE = compiled(
    r"\b\p{Lu}\p{L}*[ \t]+(?:(?:to|of|in|on|at|for|by|the|a|an|and)[ \t]+)*[+−-]?[\d.,]*\G",
    flags=regex.REVERSE,
)


def _name_opened(text: str, position: int, unit: regex.Match[str]) -> bool:
    """Whether the unit ``unit`` after the number ending at ``position`` is a unit's word in
    lower case written with a capital (not "Celsius") that opens a name with the word after
    it (:data:`_NAME_AFTER`), the number standing in no title (:data:`_TITLE_BEFORE`): "8 Rand
    Paul.", "He beat 8 Rand Paul supporters"; not "Oil Rises 3 Dollars On Supply Fears"."""
    name = unit[px.UNIT_NAME]
    if name in lx.UNITS or not name[1:].islower():
        return False
    if _NAME_AFTER.match(text, unit.end()) is None:
        return False
    return _TITLE_BEFORE.search(text, max(0, position - 60), position) is None


def _abbreviation_before_lower(text: str, at: int) -> bool:
    """Whether a word of two or more capitals, digits and hyphens starts at ``at`` ("USB-C",
    "LED") and a word in lower case follows it: what the unit measures, named by its
    abbreviation, not a street's or a headline's word in capitals ("MAIN ST")."""
    space = text.find(" ", at)
    if space < 0:
        return False
    word = text[at:space].replace("-", "")
    return (
        len(word) > 1
        and word.isupper()
        and word.isalnum()
        and text[space + 1 : space + 2].islower()
    )


def _measure(unit: regex.Match[str]) -> bool:
    """Whether ``unit`` is a unit of measure ("gallons"), not money or a percentage."""
    surface = " ".join(unit[px.UNIT_NAME].split())
    found = lx.UNIT_LOOKUP.get(surface) or lx.UNIT_LOOKUP.get(surface.lower())
    return found is not None and found[1] == "measure"


def _unit_after_space(text: str, position: int, char: str) -> bool:
    """Whether a unit may follow the white space ``char`` at ``position``: after blanks, where
    :func:`_unit_may_start` or a unit's system ("1.5 US gallons"); after a line's break or
    another space, which no gap but a hyphen's holds, only past a hyphen ("5\n- km"; not
    "5\nCENTRAL DIVISION")."""
    if char not in _BLANKS:
        return text[position + 1 : position + 2] in _HYPHENS and _unit_after_hyphen(
            text, position + 1
        )
    after = position + 1
    while text[after : after + 1] in _BLANKS:
        after += 1
    return _unit_may_start(text, after) or text.startswith(px.UNIT_SYSTEMS, after)


# What stands after a hyphen before a unit: the unit's first character, the hyphen a gap
# ("1,000-kilometre", "5 - km"), or the second of a unit the hyphen leads ("10-point")
_AFTER_HYPHEN = px.UNIT_FIRST | lx.folded_chars(u[1] for u in lx.UNITS if u[0] in _HYPHENS)


def _unit_after_hyphen(text: str, hyphen: int) -> bool:
    """Whether a unit may start after the hyphen at ``hyphen``, or past one white space there
    (a gap's: "5 - km"), or the hyphen lead one ("10-point"): not before a digit or a mark
    ("a 3-0 win", "1996-08-30", "Smith 2 - Jones 1")."""
    after = text[hyphen + 1 : hyphen + 2]
    if after.isspace():
        after = text[hyphen + 2 : hyphen + 3]
    return after in _AFTER_HYPHEN


def _unit_may_start(text: str, at: int) -> bool:
    """After blanks: the first three characters of a longer unit at ``at``, a unit of two
    characters, or of one before no letter or digit ("5 m high", not "5 men"), or a hyphen
    before one (:func:`_unit_after_hyphen`)."""
    first = text[at : at + 1]
    if first in _HYPHENS:
        return _unit_after_hyphen(text, at)
    if first not in px.UNIT_FIRST:
        return False  # the common case, a digit or a sign: "5 6", "5 $6" (every head starts so)
    return (
        text[at : at + 3] in px.UNIT_HEADS
        or text[at : at + 2] in px.UNIT_SHORT
        or (first in _SPACED_UNIT_OR_HYPHEN and not text[at + 1 : at + 2].isalnum())
    )


def bare_after(text: str, end: int) -> bool:
    """Whether nothing after a number ending at ``end`` may be a scale, a unit, a rate or a
    letter glued to it (the scan's look-ups of those, :func:`unit_at` among them, find nothing
    there): a mark, or one white space before a digit or a mark ("$1,", "5 6"). A text of
    numbers is mostly such numbers, read without the five look-ups."""
    char = text[end : end + 1]
    if char.isspace():
        char = text[end + 1 : end + 2]  # a unit, scale or rate after one space starts here
        if char.isspace():
            return False
    elif char.isalnum() or char == "_":
        return False
    elif char == "/":  # a rate after a slash: "$3.50/gallon"
        return not text[end + 1 : end + 2].isalpha()
    return not (char.isalpha() or char in _UNIT_HYPHEN_OR_PRIME)
