"""What stands between two numbers when one says something of the other: a list sharing a
unit or a noun, an amount compared with an earlier one, a change and the level it reaches,
an index's name (see :mod:`newsfacts_numbers.context`)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts.plugin import Quantity, compiled
from newsfacts_numbers.caseless import FIND_FROM
from newsfacts_numbers.patterns import CONCURRENT

# Between two numbers of one list, the first shares the second's unit or noun: "eight or nine
# euros", "7- or 8-inch", "four-, five- and six-cylinder", "two or three people".
SHARED_LINK = compiled(r"[ \t]+(?:or|to|and)[ \t]+|-,?[ \t]*(?:(?:or|to|and)[ \t]+)?")
# Between the numbers of a size, each in the last one's unit: "16| by |20 inches", "a
# 10|-by-|12-foot room", "3| x |4 metres", "2|×|3 m" (``data/dimension_units.txt``)
DIMENSION_LINK = compiled(r"[ \t]*+[x×][ \t]*+|[ \t]++by[ \t]++|-by-")
# After a race's legs and their length, no size: "the 4 x 100 metres relay", "4 by 200m freestyle"
RACE_AFTER = compiled(r"[ \t]++(?i:relay|medley|freestyle)\b")
# Between a part and the whole amount it is of: "280 million| of the |1.5 billion shekels",
# "4,000| of its |10,000 tonnes"
WHOLE_LINK = compiled(r"[ \t]++of[ \t]++(?:(?:the|its|their|his|her|our|a|an)[ \t]++)?")
# Between an amount and the earlier one it is compared with: "360 million euros| from |663
# million", "$2.1 billion|, up from |$1.9 billion", "5%| compared with |4.2".
COMPARED_LINK = compiled(
    r"""
    \s*,?\s+
    (?:(?:up|down)\s+)?
    (?:from|compared\s+with|compared\s+to|versus|vs\.?|against)
    \s+
    """,
    flags=regex.VERBOSE,
)
# The same after the rest of the amount's clause, with only the words that say a comparison
# ("from" alone is a preposition of many clauses): "410 cars| have been broken into since
# January compared with |96", "3.9 million headsets| in the quarter, up from |2.4 million".
COMPARED_LATER_LINK = compiled(
    r"""
    [ \t]++[^\d,.;:!?()\[\]\n]{1,60}?          # the rest of the clause: no number, no break
    ,?[ \t]++
    (?:(?:up|down)[ \t]++from|compared[ \t]++(?:with|to))
    [ \t]++
    """,
    flags=regex.VERBOSE,
)
# Between an amount and a bare one set against it in a clause of contrast, after the verb or
# preposition that the amount's clause has too: "84.75 cents|, while the lowest is |74.07",
# "rose by 2 percent| but the Nasdaq fell by |1"
CONTRAST_LINK = compiled(
    r"""
    [ \t]*,?[ \t]++(?:while|but|whereas)[ \t]++
    [^\d,.;:!?()\[\]\n]{1,40}?                    # the other clause's subject and verb
    [ \t](?:is|was|were|are|by|at|to)[ \t]++
    """,
    flags=regex.VERBOSE,
)
# The end of a sentence: its mark, closing quotes or brackets, and white space
SENTENCE_BREAK = compiled(r"[.!?][\"”’)]*\s")
# How much larger or smaller a bare count may be than the count it is compared with, and
# still count the same: "3,140 confirmed cases, up from 472" (not "5 seats from 2,000 votes")
_COMPARED_ORDER = 10


def compared_counts(
    text: str, counts: list[tuple[int, int, int, str, str | None]], found: Sequence[Quantity]
) -> dict[int, str]:
    """ "3.9 million headsets, up from 2.4 million": a bare count compared with a count (of
    the same order) counts what it counts, and so does a part of it ("6 million homes,
    including 1.5 million in Los Angeles"), and one parallel to it in a relative clause
    ("68,400 people who ... and 95,800 who ..."). ``counts``: (index in ``found``, start, end of
    the counted phrase, the phrase, event) of each count with a phrase; returns the phrase
    of each bare count so compared, by its index."""
    shared = {}
    for index, _, phrase_end, phrase, _ in counts:
        if index + 1 >= len(found):
            continue
        first, second = found[index], found[index + 1]
        if first.kind != "count" or second.kind != "count" or second.counted is not None:
            continue
        if second.low is not None or not first.value or not second.value:
            continue  # "hundreds", "5-10": no number to compare
        if second.value < first.value and PART_LINK.fullmatch(text, phrase_end, second.start):
            shared[index + 1] = phrase
        elif not 1 / _COMPARED_ORDER <= second.value / first.value <= _COMPARED_ORDER:
            continue
        elif _set_against(text, phrase_end, second):
            shared[index + 1] = phrase
    return {**_relative_parallels(text, counts, found), **shared}


# A relative clause after a count's phrase, or after a bare count: "68,400 people| who |have"
_RELATIVE = compiled(r"[ \t]++(who|that|which)[ \t]")
_AND = " and "  # what stands right before a bare count parallel to a count
_RELATIVE_REACH = 200  # characters from a count's phrase to a bare count parallel to it


def _relative_parallels(
    text: str, counts: list[tuple[int, int, int, str, str | None]], found: Sequence[Quantity]
) -> dict[int, str]:
    """ "68,400 people who have been out of work for a year and 95,800 who have been out of
    work for longer": a bare count after "and" with a relative clause of the same pronoun as
    a count's of its sentence, and of the same order, counts what that count counts."""
    relatives = {}
    for index, _, phrase_end, phrase, _ in counts:
        relative = _RELATIVE.match(text, phrase_end, None, CONCURRENT)
        if relative is not None and found[index].kind == "count":
            relatives[index] = (relative.group(1), phrase_end, phrase)
    shared: dict[int, str] = {}
    last: tuple[int, str, int, str] | None = None  # the last count with a relative clause
    for index, number in enumerate(found):
        if index in relatives:
            last = (index, *relatives[index])
        elif number.counted is not None:
            last = None  # "40 stores that ..., 12 trucks and 30 that ...": no parallel
        elif last is not None and _parallel_relative(text, number, last, found[last[0]]):
            shared[index] = last[3]
    return shared


def _parallel_relative(
    text: str, bare: Quantity, last: tuple[int, str, int, str], count: Quantity
) -> bool:
    _, pronoun, phrase_end, _ = last
    if bare.kind != "count" or bare.counted is not None or bare.low is not None:
        return False
    if not bare.value or not count.value or bare.start - phrase_end > _RELATIVE_REACH:
        return False
    if not text.endswith(_AND, 0, bare.start):
        return False
    relative = _RELATIVE.match(text, bare.end)
    if relative is None or relative.group(1) != pronoun:
        return False
    if not 1 / _COMPARED_ORDER <= bare.value / count.value <= _COMPARED_ORDER:
        return False
    return SENTENCE_BREAK.search(text, phrase_end, bare.start) is None


def _set_against(text: str, phrase_end: int, second: Quantity) -> bool:
    """Whether the bare count ``second`` is compared with ("up from 233", "in May, up from
    233"), set against ("312 votes to 201") or parallel to ("300 cars in May and 250 in
    June") the count whose phrase ends at ``phrase_end``."""
    return (
        COMPARED_LINK.fullmatch(text, phrase_end, second.start, CONCURRENT) is not None
        or COMPARED_LATER_LINK.fullmatch(text, phrase_end, second.start, CONCURRENT) is not None
        or TALLY_LINK.fullmatch(text, phrase_end, second.start, CONCURRENT) is not None
        or _parallel(text, phrase_end, second)
    )


# Between a count's phrase and the count it is set against: "passed by 312 votes| to |201",
# "cut the fleet by 20 planes| to |120"
TALLY_LINK = compiled(r"[ \t]++to[ \t]++")
# A count's phrase and its place, time or means, then a bare count with its own: "sold 300
# cars in May| and |250 in June", "435 homes by open sale| and |187 by tender"
_PREPOSITIONS = r"(?:in|at|on|by|from|for|during|via|through|across|over|under)"
PARALLEL_LINK = compiled(
    rf"[ \t]++{_PREPOSITIONS}[ \t]++[^\d,.;:!?()\[\]\n]{{1,40}}?,?[ \t]++(?:and|while|but)[ \t]++"
)
PREPOSITION_AFTER = compiled(rf"[ \t]++{_PREPOSITIONS}[ \t]")


def _parallel(text: str, phrase_end: int, second: Quantity) -> bool:
    """Whether the bare count ``second`` repeats the shape of the count whose phrase ends at
    ``phrase_end``: "300 cars in May and 250 in June"."""
    return (
        PARALLEL_LINK.fullmatch(text, phrase_end, second.start) is not None
        and PREPOSITION_AFTER.match(text, second.end) is not None
    )


# Between a count's phrase (and maybe an adverb: "nationwide") and a part of it: "200 fighter
# planes, including 79", "240 people, among them 30"
PART_LINK = compiled(
    r"(?:[ \t]++\p{Ll}++)?(?:[ \t]*+,)?[ \t]++(?:including|among[ \t]++them)[ \t]++"
)


# A stock index's name: a change in percent after it reaches a level in points
_INDEX_WORDS = (
    *("S&P", "Nasdaq", "Dow", "FTSE", "Nikkei", "Hang Seng", "DAX", "CAC", "Stoxx", "STOXX"),
    *("Sensex", "Nifty", "Russell", "TSX", "ASX", "Kospi", "KOSPI", "Topix", "TOPIX", "IBEX"),
    *("MSCI", "Index", "index", "Indices", "indices"),
    *("TA-35", "TA-125", "TA-25", "Composite", "Bovespa", "Merval", "TAIEX", "KLCI", "AEX"),
    *("SMI", "BIST", "WIG20", "OMX", "MOEX", "Straits Times", "Shenzhen Component"),
)
_INDEX_NAMES = rf"\b(?:{'|'.join(map(regex.escape, _INDEX_WORDS))})"
INDEX_NAME = compiled(_INDEX_NAMES + r"\b", regex.VERBOSE)
#: INDEX_NAME without its closing boundary, searched once in a whole text: where it finds
#: nothing, INDEX_NAME finds nothing in any stretch (a stretch's end may cut a word short,
#: as the boundary sees it), and no number of the text is an index's level.
INDEX_HEAD = compiled(_INDEX_NAMES, regex.VERBOSE)


def index_named(text: str) -> bool:
    """Whether an index's name opens a word of ``text`` (``INDEX_HEAD.search``): its names
    looked for with ``str.find``, in C, and the pattern tried only where one stands (a search
    tried the alternation of the names at every character of the text); a short text is
    searched (a find for each name costs more)."""
    if len(text) < FIND_FROM:
        return INDEX_HEAD.search(text, None, None, CONCURRENT) is not None
    for word in _INDEX_WORDS:
        at = text.find(word)
        while at >= 0:
            if INDEX_HEAD.match(text, at, None, CONCURRENT) is not None:
                return True
            at = text.find(word, at + 1)
    return False


# Between a change in index points and the level it reaches: "rose 48.21 points to 3,912.40",
# "fell 312.3 points, or 0.7 percent, to 44,120.5", "lost 162.31 points to close at 7,425.81".
LEVEL_LINK = compiled(
    r"""
    (?:\s*,\s*or\s+[^,;:()]{1,30},)?            # the same change in percent
    \s+(?:to|at)                                  # the level
    (?:\s+(?:fall|rise|end|close|finish|settle)\s+(?:at|to))?  # "to close at"
    # "to a record", "to a new high of", "to a 52-week low of"
    (?:\s+a\s+(?:record|(?:new\s+|\d+-\w+\s+)?(?:high|low)\s+of))?
    \s+
    """,
    flags=regex.VERBOSE,
)
# Between a level and the change in points after it that reached it, as market tables write
# them: "Toronto Stock Exchange (16,369.03, up 58.06 points)", "the Dow at 44,120.5, down 312.3
# points"
LEVEL_BEFORE_LINK = compiled(r"[ \t]*,?[ \t]++(?:up|down|off)[ \t]++")
# Between the counted phrase of one count and the next count of one list: "17 villagers,
# 12 police officers, and 9 soldiers have been killed".
LIST_LINK = compiled(r"[ \t]*,?[ \t]*(?:(?:and|or)[ \t]+)?")
