"""A number's unit: the unit word after it, a rate after "per" or "a", a height's inches,
and the currency a unit names. Read by :mod:`newsfacts_numbers.scan` for each number."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

import newsfacts
from newsfacts.plugin import Quantity, compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers.raw import Raw
from newsfacts_numbers.units import unit_at

_RATE_FIRST = frozenset(" \t-/")  # what RATE and SLASH_RATE start with


# "208 pounds" is a weight; "2 million pounds" and "thousands of pounds" are money.
_POUNDS = ("pound", "pounds")
_POUNDS_STERLING = (lx.CURRENCIES["£"][1], "money")


def glued_after(text: str, end: int) -> bool:
    """A letter or digit right after the number: "5G", "3D" (a code, not a quantity)."""
    char = text[end : end + 1]
    return char.isalpha() or char == "_" or char.isdecimal()


def spaced(unit: regex.Match[str]) -> bool:
    return unit[px.UNIT_GAP] is not None


# The goods after "pounds of": "pounds of food", "pounds of fresh produce"
_GOODS_AFTER = compiled(r"[ ]+of[ ]+(?P<first>\p{Ll}+)\b(?:[ ]+(?P<second>\p{Ll}+)\b)?")


def unit_of(match: regex.Match[str], large: bool = False, text: str = "") -> tuple[str, str]:
    """The canonical unit and kind of a unit ``match``; ``large``: after a number of a
    thousand or more, where pounds are money, unless goods weighed follow in ``text``."""
    surface = " ".join(match[px.UNIT_NAME].split())
    if large and surface.lower() in _POUNDS and not _weighed(text, match.end()):
        return _POUNDS_STERLING  # "2 million pounds", "thousands of pounds": money
    return lx.UNIT_LOOKUP.get(surface) or lx.UNIT_LOOKUP[surface.lower()]


def _weighed(text: str, end: int) -> bool:
    """ "78 million pounds| of food": goods weighed (``data/weighed_goods.txt``)."""
    goods = _GOODS_AFTER.match(text, end, end + 40)
    return goods is not None and not lx.WEIGHED_GOODS.isdisjoint(goods.group("first", "second"))


# Currency words that are verbs too: "100,000 won ($72)", but "411 won by Labour", "3 won and
# 2 lost". An amount of them is a thousand or more, and no "by" follows.
_VERB_CURRENCIES = frozenset({"won"})
_BY_AFTER = compiled(r"\s++by\b")


def _amount_of_verb_currency(text: str, raw: Raw, unit: regex.Match[str]) -> bool:
    large = raw.value * raw.multiplier >= 1000
    after = unit.end()
    return large and _BY_AFTER.match(text, after, after + px.AFTER_REACH) is None


def _not_a_unit(text: str, raw: Raw, unit: regex.Match[str], name: str) -> bool:
    """Whether the unit word ``unit`` (``name``) after ``raw`` is something else: a verb
    ("411 won by Labour", :data:`_VERB_CURRENCIES`), or initials in capitals before a noun
    for people, a body's or a firm's ("30 MP candidates", "six HP directors"; not "a 300 HP
    engine")."""
    if name in _VERB_CURRENCIES:
        return not _amount_of_verb_currency(text, raw, unit)
    return len(name) > 1 and name.isupper() and _people_after(text, unit.end())


def _people_after(text: str, end: int) -> bool:
    """Whether a noun for people follows ``end``: the core's ("candidates", "workers") or
    the plural of one of :data:`lexicon.NAME_NOUNS` ("directors")."""
    noun = px.NEXT_WORD.match(text, end, end + px.AFTER_REACH)
    if noun is None:
        return False
    word = noun.group(px.W)
    return word in lx.PEOPLE or (word.endswith("s") and word[:-1] in lx.NAME_NOUNS)


def with_unit(text: str, raw: Raw) -> Raw | None:
    """Read the unit after the number; a number glued to other letters is a code ("5G")."""
    unit = unit_at(text, raw.end) or _time_after_modifiers(text, raw)
    if unit is None:
        return _without_unit(text, raw)
    name = unit[px.UNIT_NAME]
    if _not_a_unit(text, raw, unit, name):
        return per(text, raw)
    canonical, kind = unit_of(unit, large=raw.multiplier >= 1000, text=text)
    if kind == "percent" and _points_of_items(text, unit):
        canonical, kind = _POINTS
    if kind == "count" and (raw.kind != "count" or name.istitle()):
        return per(text, raw)  # "two Times reporters", "$5 times two": no number of times
    raw.tail = unit.end()
    if kind == "percent":
        raw.kind, raw.unit = "percent", canonical
        if canonical != "basis point":  # "40 basis points" spans 40, as NewsQuant anchors it
            raw.end = unit.end()
    elif kind == "money":
        code = lx.CURRENCY_LOOKUP.get(" ".join(unit.group().split()))
        if raw.currency is None:
            raw.kind, raw.unit = "money", canonical
            raw.currency = code[0] if code else code_of(canonical)
            if not spaced(unit) and name in lx.POSTFIX_SYMBOLS:
                raw.end = unit.end()  # "1,200€": a symbol is in the span, as in "€1,200"
    elif kind == "count":  # "three times", "10-fold": a count of times, a multiple
        raw.unit = canonical
    elif raw.kind in ("count", "fraction"):  # "1/2 pound" is half a pound
        raw.kind, raw.unit = "measure", canonical
        if canonical == "foot":
            _inches_after(text, raw)
    return per(text, raw)


def _without_unit(text: str, raw: Raw) -> Raw | None:
    """A number with no unit after it: a height in feet and inches ("5’10”"), a code glued
    to letters ("5G": None), or a number with its rate, if any ("5 a day")."""
    if _primed_height(text, raw):
        return raw
    if glued_after(text, raw.end):
        return None
    return per(text, raw)


# Characters read for a word of data/duration_modifiers.txt and the blank after it
_MODIFIER_REACH = len("consecutive") + 2
_HYPHENS = ("-", "‑")


def _time_after_modifiers(text: str, raw: Raw) -> regex.Match[str] | None:
    """The unit of time after a count and one or two words of
    ``data/duration_modifiers.txt``: "seven consecutive years", "four more years", "three
    full days" are spans, as "seven years" is; None before any other word ("two election
    years", "three Democratic senators"). Decided by slices: most counts have no such word."""
    if raw.kind != "count" or raw.unit is not None or raw.currency is not None:
        return None
    at = raw.end
    for _ in range(2):
        if text[at : at + 1] != " ":
            return None
        blank = text.find(" ", at + 1, at + _MODIFIER_REACH)
        if blank < 0 or text[at + 1 : blank].lower() not in lx.DURATION_MODIFIERS:
            return None
        unit = unit_at(text, blank)
        if unit is not None:  # not before a hyphen: "two more day-trippers" count people
            name = unit_of(unit)[0]
            time = name in lx.TIME_UNITS or name == "second"
            return unit if time and text[unit.end() : unit.end() + 1] not in _HYPHENS else None
        at = blank
    return None


# "a 10-point plan", "from three-point range": points, not percentage points
_POINTS = ("point", "measure")
_GLUED_POINTS = frozenset(["-point", "-points"])


def points_in_games(document: newsfacts.Document, raws: list[Raw]) -> None:
    """In a report of games (:attr:`newsfacts.Document.sports_report`) a number glued to
    "-point" counts a game's points ("rallied from an 18-point deficit", "a 10-point win"),
    not a change of a rate."""
    text = document.text
    glued = [
        (raw, end)
        for raw in raws
        if raw.unit == "percentage point"
        for end in _GLUED_POINTS
        if text.endswith(end, 0, raw.tail)
    ]
    # the genre asked only of an article with such a number: most have none
    if glued and document.sports_report:
        for raw, end in glued:
            # the span the number alone, as "a 10-point plan" and "41 points" have it
            raw.kind, raw.unit, raw.end = "measure", "point", raw.tail - len(end)


# Two bare counts a dash joins into a range, as a score or a record writes them: "3-11",
# "4–38" (a score read the other way round, "a 2-1 win", is no range already)
_DASHED_PAIR = compiled(r"[0-9]{1,3}[-–][0-9]{1,3}")


def scores_in_games(document: newsfacts.Document, found: list[Quantity]) -> list[Quantity]:
    """In a report of games two bare counts a dash joins, counting nothing, are a score or a
    record, no range ("the Bulls are 5-12 on the road", "took 4-38 in 10 overs", "lost the
    tiebreak 6-7"): dropped, as "a 2-1 win" is; not an age ("girls from ages 14-15") nor a
    count of a noun ("2-3 players")."""
    text = document.text
    scores = {
        id(fact)
        for fact in found
        if fact.low is not None
        and fact.kind == "count"
        and fact.unit is None
        and fact.counted is None
        and _DASHED_PAIR.fullmatch(text, fact.start, fact.end) is not None
    }
    # the genre asked only of an article with such a pair: most have none
    if not scores or not document.sports_report:
        return found
    return [fact for fact in found if id(fact) not in scores]


def _points_of_items(text: str, unit: regex.Match[str]) -> bool:
    """ "-point" glued to a number before a noun of ``data/point_nouns.txt``: the points of a
    plan or a basket, not a change of a rate ("a 3-point rise")."""
    if unit[px.UNIT_NAME] not in _GLUED_POINTS:
        return False
    noun = px.NEXT_WORD.match(text, unit.end(), unit.end() + px.AFTER_REACH)
    return noun is not None and noun.group("w").lower() in lx.POINT_NOUNS


# A height in feet and inches: "6-foot-5", "6ft 8in", "6 feet 2 inches" (the inches are part
# of the one measure)
_INCHES_AFTER = compiled(
    r"""-(?P<inches>1[01]|[0-9])(?![\d.,]?\d)                   # "6-foot-5"
      | [ ]?(?P<inches>1[01]|[0-9])[ ]?(?:inches|inch|ins|in)\b   # "6ft 8in", "6 feet 2 inches"
    """,
    regex.VERBOSE,
)


# A height in feet and inches written with primes, as reports of a person's height do:
# "5’10”", "6'3\"", "6′2″" (the inch mark required: "the 6’ in his notes" is no height)
_PRIMED_INCHES = compiled(r"""['’′](?P<inches>1[01]|[0-9])(?:["”″]|'')""")


def _primed_height(text: str, raw: Raw) -> bool:
    """Make a bare digit before a prime and inches a height in feet ("5’10”" is 5.833
    foot), and tell whether it was one."""
    if raw.kind != "count" or raw.end - raw.start != 1 or not text[raw.start].isdecimal():
        return False
    inches = _PRIMED_INCHES.match(text, raw.end, None, px.CONCURRENT)
    if inches is None:
        return False
    raw.kind, raw.unit = "measure", "foot"
    raw.value += Decimal(inches["inches"]) / 12
    raw.end = raw.tail = inches.end()
    return True


def _inches_after(text: str, raw: Raw) -> None:
    inches = _INCHES_AFTER.match(text, raw.tail)
    if inches is not None:
        raw.value += Decimal(inches["inches"]) / 12
        raw.end = raw.tail = inches.end()


def per(text: str, raw: Raw) -> Raw:
    """A rate: "$58.24 per barrel" is in dollar per barrel, "5 km per day" in km per day,
    "5 percent a year" in percent per year (a percentage only per a span of time)."""
    if raw.unit is None or raw.kind not in _RATE_KINDS:
        return raw
    first = text[raw.tail : raw.tail + 1]
    if first not in _RATE_FIRST:
        return raw  # the common case, decided without the regex
    if raw.kind == "money" and first == " ":
        _past_us_mark(text, raw)
    if first == "/":
        return _per_slash(text, raw)
    rate = px.RATE.match(text, raw.tail, None, px.CONCURRENT)
    if rate is not None:
        surface = " ".join(rate.group("per").split())
        per = lx.RATE_LOOKUP[lx.case_key(surface)]
        if raw.kind == "percent" and per not in _SPANS_OF_TIME:
            return raw  # "3% a share" is no rate of a percentage
        raw.unit, raw.tail = f"{raw.unit} per {per}", rate.end()
        return raw
    if raw.kind == "percent":
        return raw
    noun = _PER_NOUN.match(text, raw.tail, raw.tail + px.AFTER_REACH, px.CONCURRENT)
    if noun is not None and not _not_per_noun(noun.group(1)):
        raw.unit, raw.tail = f"{raw.unit} per {noun.group(1)}", noun.end()
    return raw


# The US dollar's mark after an amount, before its rate: "$75 U.S. per barrel"
_US_BEFORE_RATE = compiled(r"[ ](?:U\.S\.|US)(?=[ ](?:per|a|an)[ ])")


def _past_us_mark(text: str, raw: Raw) -> None:
    """Read the rate of an amount after its US dollar's mark: "$75 U.S. per barrel" is in
    dollar per barrel (and the mark in its tail, for whose dollar it is)."""
    mark = _US_BEFORE_RATE.match(text, raw.tail, None, px.CONCURRENT)
    if mark is not None:
        raw.tail = mark.end()


def _per_slash(text: str, raw: Raw) -> Raw:
    """Rates after slashes: "$3.50/gallon" is in dollar per gallon, "5mg/kg/day" in
    milligram per kg per day."""
    while (rate := px.SLASH_RATE.match(text, raw.tail)) is not None:
        per = slash_per(rate)
        if per is None:
            return raw  # "$5/the": no rate
        if raw.kind == "percent" and per not in _SPANS_OF_TIME:
            return raw  # "3%/share" is no rate of a percentage
        raw.unit, raw.tail = f"{raw.unit} per {per}", rate.end()
    return raw


def slash_per(rate: regex.Match[str]) -> str | None:
    """What a rate after a slash (a match of SLASH_RATE) is per: a word of the tables as
    they name it, or a noun; None after a determiner or a number word ("$5/the lot")."""
    if rate["per"] is not None:
        return lx.RATE_LOOKUP[lx.case_key(" ".join(rate["per"].split()))]
    noun: str = rate["noun"]
    return None if _not_per_noun(noun) else noun


# (A count has a unit only as a number of times: "16 times a day" is in count per day.)
_RATE_KINDS = frozenset(["money", "measure", "percent", "count"])
# What a percentage may be a rate per: "growing almost 5 percent a year"
_SPANS_OF_TIME = frozenset(
    ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]
)
# "per" and a noun the rates table lacks: "$15,000 per student", "12,350 rupees per quintal"
# (after "per" only: "a" or "an" opens too many other phrases, "$5 a pop")
# ... past an adjective of one of the endings below ("$1,815 per eligible household", "per
# registered voter": in dollar per household, per voter)
_PER_NOUN = compiled(
    r"""[ \t]++per[ \t]++
    (?:\p{Ll}{2,}+(?<=ible|able|ed|al|ive|ful|ous|ic|ing)[ \t]++)?
    (\p{Ll}{3,}+)(?![\p{L}\d'’-])""",
    regex.VERBOSE,
)
# Words after "per" that are no noun of a rate
_NOT_PER_NOUNS = frozenset(
    ["cent", "centum", "the", "this", "that", "its", "his", "her", "their", "our", "your", "each"]
)


def _not_per_noun(word: str) -> bool:
    """A determiner, "cent", or a number ("$2.86 per thousand cubic feet": of what, the
    words after it say)."""
    return word in _NOT_PER_NOUNS or word in lx.NUMBER_WORDS


# An amount and the same in another unit in brackets, before the rate of both: "C$6 (US$4.46)
# per share", "9 billion shekels ($2.4 billion) a year"
_OPENING = compiled(r"[ \t]*+\([ \t]*+")
_CLOSING = compiled(r"[ \t]*+\)")
_OPENING_FIRST = frozenset(" \t(")  # what _OPENING starts with


def rates_after_brackets(text: str, raws: list[Raw]) -> None:
    """ "C$6 (US$4.46) per share": the rate after the brackets is both amounts'."""
    for first, second in itertools.pairwise(raws):
        if first.unit is None or second.unit is None or first.kind not in ("money", "measure"):
            continue
        if text[first.tail : first.tail + 1] not in _OPENING_FIRST:
            continue  # the common case ("$1, $2"), decided without the regex
        if " per " in first.unit or " per " in second.unit:
            continue
        if _OPENING.fullmatch(text, first.tail, second.start, px.CONCURRENT) is None:
            continue
        closing = _CLOSING.match(text, second.tail, second.tail + px.AFTER_REACH, px.CONCURRENT)
        rate = closing and px.RATE.match(text, closing.end(), None, px.CONCURRENT)
        if not rate:
            continue
        per = lx.RATE_LOOKUP[lx.case_key(" ".join(rate.group("per").split()))]
        first.unit, second.unit = f"{first.unit} per {per}", f"{second.unit} per {per}"
        second.tail = rate.end()


def code_of(name: str) -> str | None:
    for code, canonical_name, _ in lx.CURRENCIES.values():
        if canonical_name == name:
            return code
    return None


# The scales a temperature is written in; "degrees" alone names none
_SCALES = frozenset({"celsius", "fahrenheit"})
# A sentence's end between two numbers: a full stop, question or exclamation mark, then a
# capital
_SENTENCE_END = compiled(r"[.!?][\s\"'”’)]*\s\p{Lu}")
# How far apart a bare "degrees" and a temperature in a scale may stand and still share it
_SCALE_REACH = 200


def degrees_in_scale(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """A number of bare "degrees" in the scale of the temperatures of its sentence: "past 40C
    in Seville and 38 degrees in Rome" (both Celsius), when they are of one scale."""
    scaled = [number for number in found if number.unit in _SCALES]  # in text order
    if not scaled:
        return list(found)  # most texts: no temperature in a scale
    starts = [number.start for number in scaled]
    return [
        _in_scale(text, number, scaled, starts) if number.unit == "degree" else number
        for number in found
    ]


def _in_scale(
    text: str, number: Quantity, scaled: Sequence[Quantity], starts: Sequence[int]
) -> Quantity:
    # only the temperatures within reach, found by bisection: a page of temperatures has
    # thousands
    low = bisect.bisect_left(starts, number.start - _SCALE_REACH)
    high = bisect.bisect_right(starts, number.start + _SCALE_REACH)
    scales = {other.unit for other in scaled[low:high] if _one_sentence(text, other, number)}
    return attrs.evolve(number, unit=scales.pop()) if len(scales) == 1 else number


def _one_sentence(text: str, first: Quantity, second: Quantity) -> bool:
    low, high = sorted((first, second), key=lambda number: number.start)
    return _SENTENCE_END.search(text, low.end, high.start) is None
