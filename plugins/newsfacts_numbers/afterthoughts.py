"""What a count counts that a noun before it names: a small count after "or" ("another pick
or two", "a mile or two", "an hour or three"), and a count after "the number of X" and a verb
of its level ("the number of deaths rose to 45")."""

from __future__ import annotations

import regex

from newsfacts.plugin import IRREGULAR_PAST, compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.raw import Raw

# "a|an|another", a noun in lower case and "or" right before the count: "add another pick or
# two" (the noun is the one thing counted: "a pick or two picks")
_NOUN_OR = compiled(r"\b(?:a|an|another|one)[ \t]++(\p{Ll}{3,}+)[ \t]++or[ \t]++\Z")
_REACH = 40  # characters before the count the pattern reads
_OR = " or "  # what stands right before such a count: the quick test
_SMALL = frozenset([2, 3])  # the counts said so: "a day or two", "a game or three"


def noun_before(text: str, raw: Raw) -> str | None:
    """The noun of "a pick or two" before the bare count ``raw`` ("two"), or None."""
    if raw.kind != "count" or raw.unit is not None or raw.low is not None:
        return None
    if not text.endswith(_OR, 0, raw.start) or raw.value not in _SMALL:
        return None
    found = _NOUN_OR.search(text, max(0, raw.start - _REACH), raw.start)
    if found is None:
        return None
    noun = found.group(1)
    if noun in lx.COUNTED_STOPS or noun in lx.NUMBER_WORDS or noun in lx.CURRENCY_LOOKUP:
        return None  # "a few or two", "a dollar or two" (an amount, left to its own rules)
    return noun


def take_noun(text: str, raw: Raw) -> str | None:
    """What the bare count ``raw`` counts after "a pick or": the noun (returned), or the
    unit the noun names, set on ``raw`` ("a mile or two" is 2 miles; None returned)."""
    noun = noun_before(text, raw)
    if noun is None:
        return None
    unit = lx.UNIT_LOOKUP.get(lx.case_key(noun))
    if unit is None:
        return noun
    raw.unit, raw.kind = unit
    return None


# "the number of X" and a verb of its level before the count, read up to the count (anchored
# at its start, the end of the search): "the number of people killed rose to 45", "the number
# of confirmed cases has reached 3,400", "the number of wounded stands at 64"
_NUMBER_OF = compiled(
    r"""\b[Nn]umber[ \t]++of[ \t]++
    (?P<what>\p{L}[\p{L}'’-]*+(?:[ \t]++\p{L}[\p{L}'’-]*+){0,5}?)
    (?:[ \t]++(?:has|have|had|now))*+
    [ \t]++(?:rose|risen|rises|climbed|climbs|jumped|jumps|soared|fell|fallen|falls|dropped
      |drops|declined|reached|reaches|hit|hits|topped|tops|exceeded|increased|grew|doubled
      |totalled|totaled|passed|surpassed|is|was|are|were|stood[ \t]++at|stands[ \t]++at)
    (?:[ \t]++(?:to|at))?
    (?:[ \t]++(?:about|around|nearly|almost|some|roughly|over|more[ \t]++than|at[ \t]++least))?
    [ \t]++\Z""",
    regex.VERBOSE,
)
_NUMBER_OF_REACH = 100  # characters before the count the pattern reads
# Words that end what the number is of: a preposition or a clause's opening ("the number of
# shops on the high street", "the number of voters who", "the number of wounded being
# flown out")
_OF_ENDS = frozenset(
    ["in", "at", "on", "of", "from", "for", "with", "across", "by", "since", "who", "that",
     "which", "being", "under", "over", "aged", "living", "out"]
)  # fmt: skip
# Determiners before what the number is of, left out of the phrase
_OF_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "your"])
# What the number may be of that counts nothing the text names: "the number of them rose"
_OF_NOTHING = frozenset(["them", "us", "those", "these", "such", "times", "ways"])


def number_of(text: str, raw: Raw) -> str | None:
    """What the bare count ``raw`` counts after "the number of X" and a verb of its level:
    "the number of people killed rose to 45" counts "people", "the number of confirmed cases
    has reached 3,400" "confirmed cases" (its words up to a preposition, a clause or a
    participle after the first: "shops on the high street", "people killed"), or None."""
    if raw.kind != "count" or raw.unit is not None:
        return None
    low = max(0, raw.start - _NUMBER_OF_REACH)
    if text.find("umber of ", low, raw.start) == -1:
        return None  # the quick test: most counts stand after no "number of"
    found = _NUMBER_OF.search(text, low, raw.start)
    if found is None:
        return None
    words: list[str] = []
    for word in found.group("what").split():
        lowered = word.lower()
        if not words and lowered in _OF_DETERMINERS:
            continue  # "the number of the rescued sailors": the sailors
        if lowered in _OF_ENDS or (words and _ends_phrase(lowered)):
            break
        words.append(word)
    if not words or words[0].lower() in _OF_NOTHING:
        return None
    return " ".join(words)


def _ends_phrase(word: str) -> bool:
    """Whether ``word``, lower case, after a first word, ends what the number is of: a
    participle or a verb ("people killed", "homes built", "cases reported"), or a word that
    ends a counted phrase (data/counted_stops.txt: "last")."""
    return word.endswith(("ed", "ing")) or word in lx.COUNTED_STOPS or word in IRREGULAR_PAST
