"""Read the numbers written in words that the scan finds: cardinals ("twenty-eight
thousand"), vague counts ("hundreds of", "tens of thousands"), fractions ("a third",
"two-thirds", "half") and ordinals ("third", "twenty-first"), with the unit after each."""

from __future__ import annotations

from decimal import Decimal

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers import sections, sports, values
from newsfacts_numbers.candidates import reading
from newsfacts_numbers.event_patterns import AGENT_BEFORE
from newsfacts_numbers.measures import code_of, per, spaced, unit_of, with_unit
from newsfacts_numbers.raw import Raw
from newsfacts_numbers.units import unit_at
from newsfacts_numbers.words_before import name_word_before, whole_word_before

# After "half", what makes it a part ("half of", "half the"); after a fraction written with a
# slash, what makes it one without a unit ("1/2 of the vote")
HALF_OF = compiled(
    r"(?i:\s+(?:of|the|a|an|its|their|his|her|our|my|your|this|that|these|those|all)\b)"
)
# Before a plural part, a span of periods: "the past two quarters", "its first three quarters"
_SPAN_BEFORE = compiled(
    r"(?i:\b(?:past|last|next|previous|first|coming|recent|consecutive|straight)[ \t]++)\Z"
)
_PERIOD_BEFORE = compiled(r"(?i:\b(?:first|second|1st|2nd|latter)[ \t-]++)\Z")  # "second half"
# A scale after "half": "half a million", "half-a-dozen", "a half-dozen", "a half million"
_HALF_A_SCALE = compiled(
    r"(?i:(?:\s+an?\s+|[-‑]an?[-‑]|[-‑]|\s+)(?P<scale>hundred|thousand|million|billion|dozen))\b"
)
# A scale after a part and "of a": "a quarter of a million", "three-quarters of a billion"
_OF_A_SCALE = compiled(r"(?i:\s+of\s+an?\s+(?P<scale>hundred|thousand|million|billion))\b")
_FRACTION_END = compiled(r"(?i:\s+of\b|\s*[.,;:!?)\]]|\s*$)")
_AND_BEFORE = compiled(r"(?i:(?<!\w)and\s+)$")
_DETERMINER_BEFORE = compiled(
    r"(?i:(?<!\w)(?:the|a|its|his|her|their|our|my|your|this|every|each|for)\s+|[’']s\s+)$"
)


def cardinals(text: str, match: regex.Match[str]) -> Raw | None:
    # "five six": the first word alone, the scan resumes after it
    read = reading(match.group())  # the group "words" spans the match
    if read is None or (read.alone and read.scale > 1):
        return None  # "R2.3 billion": a scale alone is the unread amount's, no number
    word = name_word_before(text, match.start())
    if word in lx.RANK_WORDS:
        return None  # "the world number one", "the number two seed": a rank
    end = match.start() + read.length
    if word in lx.SECTION_WORDS and sections.names_section(text, word, end, read.value):
        return None  # "Division two", "a World Cup group six qualifier"
    if match.group().lower() == "hundred" and sports.century(text, match.start(), match.end()):
        return None  # "Babar reached his hundred off 98 balls": a batsman's century
    # "five thousand": the scale is shared in ranges
    return with_unit(text, Raw(match.start(), end, end, read.value, multiplier=read.scale))


def _counted_by_number(text: str, match: regex.Match[str]) -> bool:
    """A number right before a vague word, or before a kind or two of it, capitalized or
    hyphenated: it counts what the word names ("ran for two scores", "29 Test hundreds", "12
    first-class hundreds"; "2 dozen" aside: a multiplier is read with its number). Not a year
    ("By 2020 thousands had left"), nor before "of", which opens what a vague count counts:
    "In 2019 hundreds of people fled"."""
    start = match.start()
    if px.OF.match(text, match.end(), match.end() + px.AFTER_REACH) is not None:
        return False
    at = start - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    if at >= 0 and text[at].isdigit():
        return _YEAR_BEFORE.search(text, max(0, at - 4), at + 1) is None
    if name_word_before(text, start).lower() in lx.NUMBER_WORDS:
        return True
    kinds = _KINDS_BEFORE.search(text, max(0, start - _KINDS_REACH), start)
    return kinds is not None and (
        kinds["number"][0].isdigit() or kinds["number"].lower() in lx.NUMBER_WORDS
    )


# A year before a vague word counts nothing: "By 2020 thousands had left"
_YEAR_BEFORE = compiled(r"(?<![\d,.])(?:1[89]|20)\d\d\Z")
_KINDS_REACH = 40
# A number and a kind or two of what it counts before a vague word ("29 Test hundreds", "12
# first-class hundreds", "three ODI centuries"): capitalized or hyphenated words
_KINDS_BEFORE = compiled(
    r"""(?P<number>\b\p{L}+|(?<![\d,.])\d[\d,]*)[ \t]+
        (?:(?:\p{Lu}[\p{L}-]*|\p{Ll}+-\p{Ll}+)[ \t]+){1,2}\Z""",
    regex.VERBOSE,
)


def _another_word(text: str, match: regex.Match[str]) -> bool:
    """A vague count that is another word here: "scores" not before a word of
    ``data/vague_needs_after.tsv`` ("close of play scores", "Doncic scores 41"), or after a
    word of ``data/vague_not_after.tsv`` ("close scores of the day's matches", "whose test
    scores are high": results)."""
    word = match.group("vague").lower()
    needs = lx.VAGUE_NEEDS_AFTER.get(word)
    if needs is None:
        return False
    after = px.NEXT_WORD.match(text, match.end(), match.end() + px.AFTER_REACH)
    if after is None or after.group(px.W).lower() not in needs:
        return True
    return whole_word_before(text, match.start()).lower() in lx.VAGUE_NOT_AFTER.get(word, ())


def vague(text: str, match: regex.Match[str]) -> Raw | None:
    """ "hundreds of drones"; "tens of thousands of dollars" is money, "hundreds of miles" a
    measure, and so are "several thousand dollars", "a few hundred miles"; None where the
    word is no count ("29 Test hundreds", "Doncic scores 41")."""
    if _counted_by_number(text, match) or _another_word(text, match):
        return None
    low, high = lx.VAGUE[" ".join(match.group("vague").lower().split())]
    end = match.end()
    raw = Raw(match.start(), end, end, Decimal(low), low=Decimal(low), high=Decimal(high))
    raw.vague = True
    of = px.OF.match(text, end, end + px.AFTER_REACH)
    unit = unit_at(text, end if of is None else of.end())
    if unit is not None and spaced(unit):
        canonical, kind = unit_of(unit, large=True, text=text)
        if kind == "money":
            code = lx.CURRENCY_LOOKUP.get(" ".join(unit.group().split()))
            raw.kind, raw.unit = "money", canonical
            raw.currency = code[0] if code else code_of(canonical)
        elif kind == "measure":
            raw.kind, raw.unit = "measure", canonical
        elif kind == "count":  # "hundreds of times"
            raw.unit = canonical
        raw.tail = unit.end()
    return per(text, raw)  # "thousands of dollars a month": dollar per month


def fraction(text: str, match: regex.Match[str]) -> Raw | None:
    part = match.group("part").lower()
    parts_word = (match.group("parts") or "").lower()
    count = Decimal(1) if parts_word in ("", "a", "an") else values.words(parts_word) or Decimal(1)
    value = count * Decimal(lx.FRACTIONS[part])
    start, end = match.start(), match.end()
    if parts_word in ("a", "an") and _AND_BEFORE.search(text, max(0, start - 5), start):
        return None  # "a year and a half": part of a duration
    scaled = _OF_A_SCALE.match(text, end, end + px.AFTER_REACH) if parts_word else None
    if scaled is not None:  # "a quarter of a million", "two-thirds of a billion": a count
        multiplier = lx.NUMBER_WORDS[scaled.group("scale").lower()][0]
        return with_unit(text, Raw(start, scaled.end(), scaled.end(), value * multiplier))
    of_unit = _part_of_unit(text, end, part, parts_word)
    if of_unit is not None:  # "a quarter point", "a half-mile", "half an hour"
        raw = with_unit(text, Raw(start, of_unit, of_unit, value, kind="fraction"))
        if raw is not None and raw.end == of_unit:
            raw.end = end  # the span of "half an hour" is "half"
        return raw
    if part in ("half", "halves"):
        return _half(text, match, value, count)
    plural = part.endswith("s")
    if plural and (value >= 1 or _span_of_periods(text, start, end)):
        # "in five quarters", "the past two quarters": periods of a year or game (dates
        # reads them)
        return None
    # several of a singular part only hyphenated: "three-quarter of a length", not "the par-three
    # third"
    one_part = count == 1 or text.startswith(("-", "‑"), match.end("parts"))
    if (plural and count > 1) or (parts_word and one_part and _fraction_ends(text, start, end)):
        return Raw(start, end, end, value, kind="fraction")
    if parts_word in ("a", "an") and _before_part_verb(text, end):
        return Raw(start, end, end, value, kind="fraction")  # "a third said", "a quarter backed"
    if part not in lx.ORDINAL_WORDS:
        return None
    if parts_word in ("", "a", "an"):
        return ordinal(text, match.start("part"), end)  # "a third round", "the third time"
    if count == 1 and not text.startswith(("-", "‑"), end):
        return Raw(start, end, end, value, kind="fraction")  # "one fifth opposed it"
    # "the par-five fourth hole", "one third-party candidate": a count, the rank read next
    parts_end = match.end("parts")
    return Raw(start, parts_end, parts_end, count)


def _half(text: str, match: regex.Match[str], value: Decimal, count: Decimal) -> Raw | None:
    """ "half" (``match``, of :func:`fraction`, worth ``value``; ``count`` parts of it): a
    part, a count ("half a million", "three half-time adjustments") or nothing ("second
    half", "a half-frozen snake")."""
    start, end = match.start(), match.end()
    parts_word = (match.group("parts") or "").lower()
    scaled = _HALF_A_SCALE.match(text, end, end + px.AFTER_REACH)
    if scaled is not None and parts_word in ("", "a", "an"):  # "half a million" is a count
        multiplier = lx.NUMBER_WORDS[scaled.group("scale").lower()][0]
        return with_unit(text, Raw(start, scaled.end(), scaled.end(), value * multiplier))
    if parts_word not in _HALF_COUNTS:  # "three half-time adjustments", "two half-sisters"
        parts_end = match.end("parts")
        return Raw(start, parts_end, parts_end, count)  # a count of what follows
    if parts_word and _half_compound(text, end):
        return None  # "a half-frozen snake", "a half-measure": a compound, no part
    if not parts_word and not (
        HALF_OF.match(text, end) or _by_half(text, start, end) or _before_part_verb(text, end)
    ):
        return None  # "second half", "half-staff"
    if not parts_word and _PERIOD_BEFORE.search(text, max(0, start - 8), start):
        return None  # "the second half of the game", "the first half of the decade": periods
    return Raw(start, end, end, value, kind="fraction")


# The words before "half" that make it a part: "a half", "one half" ("three half-time
# adjustments" counts adjustments)
_HALF_COUNTS = frozenset(["", "a", "an", "one"])
# "half" glued by a hyphen to a word: "a half-frozen snake"
_HALF_GLUED = compiled(r"[-‑](?P<w>\p{L}+)")


def _half_compound(text: str, end: int) -> bool:
    """Whether "a half" ending at ``end`` is glued by a hyphen to a word, no unit or scale
    (read before) nor a period of ``data/half_periods.txt``: "a half-frozen snake", "a
    half-measure", "a half-term senator" (not "a half-century of rule")."""
    glued = _HALF_GLUED.match(text, end)
    return glued is not None and glued.group(px.W).lower() not in lx.HALF_PERIODS


def _fraction_ends(text: str, start: int, end: int) -> bool:
    """Whether "a third" (at ``start``..``end``) is a part, no rank: before "of" or a mark,
    or after "by" (maybe a qualifier between: "by more than a fifth") before a word of time or
    place ("fell by a third last year", "rose by a third in May", "rose by more than a fifth
    to 12,400"; a rank has its noun after it: "won by a third-round knockout")."""
    if _FRACTION_END.match(text, end):
        return True
    return bool(_BY_FRACTION_END.match(text, end)) and (
        text.endswith(_FALL_LEADS, max(0, start - 5), start)
        or AGENT_BEFORE.search(text, max(0, start - _BY_REACH), start) is not None
    )


_BY_REACH = 32  # "by| just more than |a fifth"
# The words right before such a part: "fell by a third", and a fall told without "by",
# "Egg prices are down a third from their peak" ("up a third" is as often a rank picked up:
# "picked up a third in the relay")
_FALL_LEADS = ("by ", "down ")


def _before_part_verb(text: str, end: int) -> bool:
    """A verb of ``data/part_verbs.txt`` right after the part ending at ``end``: "A third
    said they would vote Labour", "half said they were undecided" (a poll's share)."""
    after = px.NEXT_WORD.match(text, end)
    return after is not None and after.group(px.W) in lx.PART_VERBS


def _by_half(text: str, start: int, end: int) -> bool:
    """ "half" after "by", the part a thing grew or shrank by: "fares were cut by half", "fell
    by half last year" (not "by half-time", nor the clock's "by half past six")."""
    return text.endswith("by ", max(0, start - 3), start) and not _BY_HALF_NOT.match(text, end)


_BY_HALF_NOT = compiled(r"(?i:[-‑]|\s+past\b)")
# Words after "by a third" that are no noun it ranks: "fell by a third last year"
_BY_FRACTION_END = compiled(
    r"(?i:\s+(?:in|on|at|since|from|to|over|last|this|next|compared|after|before|between"
    r"|during|than|year|against|while|as|and|but)\b)"
)


# "half a" or "half an" before a unit: "half a percentage point", "half an hour"
_A_BEFORE_UNIT = compiled(r"[ \u00a0]++an?(?=[ \u00a0])")
# "of a" before a unit: "a quarter of a percentage point", "two-thirds of a mile"
_OF_A_BEFORE_UNIT = compiled(r"[ \u00a0]++of[ \u00a0]++an?(?=[ \u00a0])")


def _span_of_periods(text: str, start: int, end: int) -> bool:
    """Whether the plural part at ``start``..``end`` follows a word of a span and no "of"
    follows it: "the past two quarters" are periods, "the first three quarters of the
    match" a part."""
    return (
        _SPAN_BEFORE.search(text, max(0, start - 12), start) is not None
        and px.OF.match(text, end, end + px.AFTER_REACH) is None
    )


def _part_of_unit(text: str, end: int, part: str, parts_word: str) -> int | None:
    """Where the unit a fraction is a part of starts, if one follows it: right after "a
    quarter", "a half", "three-quarters" ("a quarter point", "a half-mile") or after their
    "of a" ("a quarter of a percentage point"), or after "a" for "half" alone ("half a
    percentage point"); None when no unit follows."""
    if parts_word:
        if part in lx.ORDINAL_WORDS and text.startswith(("-", "‑"), end):
            return None  # "a third-year student": a rank
        if unit_at(text, end) is not None:
            # "a third day of protests", "a fifth year": a rank before its unit ("a quarter
            # point" is a part: "quarter" is no rank)
            return None if parts_word in ("a", "an") and part in lx.ORDINAL_WORDS else end
    if part != "half" and not parts_word:
        return None
    article = (_OF_A_BEFORE_UNIT if parts_word else _A_BEFORE_UNIT).match(text, end, end + 7)
    if article is None or unit_at(text, article.end()) is None:
        return None
    return article.end()


def ordinal(text: str, start: int, end: int) -> Raw | None:
    word = text[start:end].lower()
    if (
        word == "second"
        and not _DETERMINER_BEFORE.search(text, max(0, start - 12), start)
        and name_word_before(text, start).lower() not in lx.PLACE_WORDS
    ):
        return None  # "a second" of time, "second" the verb; not "came second", a place
    if (
        word == "second"
        and _A_SECOND_OF_TIME.fullmatch(text, max(0, start - 2), start)
        and _NO_NOUN_AFTER.match(text, end) is not None
    ):
        return None  # "shaved a second off the record", "finished a second behind"
    return Raw(start, end, end, values.ordinal(word), kind="ordinal")


# "a" right before "second", and what follows a second of time rather than a rank's noun: a
# mark, the end, a preposition or an adverb of a gap ("nearly a second off the record", "a
# second behind the winner", "Hold on a second."; not "a second term", "a second man").
_A_SECOND_OF_TIME = compiled(r"(?i:a)[ \t]")
_NO_NOUN_AFTER = compiled(
    r"""[ \t]*+(?:[,.;:!?)]|\Z|(?i:off|behind|ahead|faster|slower|quicker|later|earlier|before
    |after|per|or|and|too|clear|short|in|on|at|of|to|from|for)\b)""",
    flags=regex.VERBOSE,
)
