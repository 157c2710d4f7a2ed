"""Read what surrounds a number: ranges, qualifiers and shared units (the noun phrase counted
is read by :mod:`newsfacts_numbers.counted`, the event by :mod:`newsfacts_numbers.events`,
the levels of indexes by :mod:`newsfacts_numbers.levels`)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import links
from newsfacts_numbers import patterns as px
from newsfacts_numbers.raw import Raw

_AFTER_STARTS = frozenset(
    char for phrase in lx.QUALIFIERS_AFTER for char in (phrase[0].lower(), phrase[0].upper())
)
_RANGE_KINDS = ("count", "money", "percent", "measure")
_LOOK_BACK = 40  # characters searched for a qualifier ("no fewer than")
_MAX_LINK = 64  # characters between the ends of a range: "5 to 10", or padded table columns
_DASHES = frozenset("-–—‑")  # the one-character links of RANGE_LINK: "5-10"
_SHORTEST_SHARED = 4  # a SHARED_LINK not led by a hyphen: " or "


def join_ranges(text: str, raws: list[Raw]) -> list[Raw]:
    """Join "5-10", "5 to 10", "between 5 and 10", "$89 to $93 billion" into ranges, and "one
    in five", "three out of four" into fractions."""
    joined: list[Raw] = []
    index = 0
    while index < len(raws):
        first = raws[index]
        second = raws[index + 1] if index + 1 < len(raws) else None
        if second is None or (
            # the common case ("1, 2", "one two"): no link nor ratio between them, decided
            # without the calls (_link's own quick test)
            second.start - first.tail < 2
            and first.tail == first.end
            and text[first.end : second.start] not in _DASHES
        ):
            joined.append(first)
            index += 1
            continue
        link = _link(text, first, second)
        if _is_ratio(text, first, second) and not _counted_by(text, joined, first):
            joined.append(_ratio(first, second))
            index += 2
        elif link is not None and _is_range(text, first, second, link):
            joined.append(_range(first, second))
            index += 2
        elif link is not None and _is_score(first, second, link):
            index += 2  # "a 2-1 win": a score is not two quantities
        else:
            joined.append(first)
            index += 1
    return joined


def _link(text: str, first: Raw, second: Raw) -> str | None:
    """The word or dash between two numbers ("to", "and", "-"), if nothing else is."""
    for gap_start in (first.end, first.tail) if first.tail != first.end else (first.end,):
        if second.start - gap_start > _MAX_LINK:
            continue
        if second.start - gap_start < 2 and text[gap_start : second.start] not in _DASHES:
            continue  # the common case ("1, 2", "one two"), decided without the regex
        gap = px.RANGE_LINK.fullmatch(text, gap_start, second.start)
        if gap is not None:
            return gap.group().strip().lower()
    if _from_to(text, first, second):
        return "to"  # "from 20 miles per gallon in 2008 to 29": a range, as from one to another
    return None


def _from_to(text: str, first: Raw, second: Raw) -> bool:
    """ "from X ... to Y", a few words between X (and its unit) and "to" or "up to". After a
    bare count the words must open with a time or a place ("from 151 in 2008 to 114"), not
    say what it counts ("from 16 members to 19" keeps its members)."""
    gap = text[first.tail : second.start]
    if len(gap) > _MAX_LINK or "to" not in gap:
        return False  # the common case, decided without the regexes
    if px.FROM_BEFORE.search(text, max(0, first.start - _BEFORE_REACH), first.start) is None:
        return False
    if first.kind == "count" and not first.unit and gap.split()[0] not in _TIME_OR_PLACE_OPENS:
        return False
    return px.FROM_TO_GAP.fullmatch(text, first.tail, second.start) is not None


# The words that open a count's time or place: "from 151 in 2008 to 114", "103 last year"
_TIME_OR_PLACE_OPENS = frozenset(["in", "on", "at", "during", "last", "this"])


def _is_score(first: Raw, second: Raw, link: str) -> bool:
    return (
        px.RANGE_HYPHEN.fullmatch(link) is not None
        and first.kind == second.kind == "count"
        and first.value >= second.value
        and second.value < 1000
    )


def _is_range(text: str, first: Raw, second: Raw, link: str) -> bool:
    if first.kind not in _RANGE_KINDS or second.kind not in _RANGE_KINDS:
        return False
    if first.vague or second.vague:
        return False
    if first.unit and second.unit and not _one_unit(first.unit, second.unit):
        return False  # but "$62 and $68 per share" is one range in dollar per share
    if first.kind != second.kind and first.kind != "count" and not _comparable(first, second):
        return False  # "0.68 per cent to 3,005.47": a change, then a level
    if link == "or":
        return _guessed_span_of_time(first, second)
    if link == "and":
        before = text[max(0, first.start - 12) : first.start]
        return px.BETWEEN.search(before) is not None
    if link == "to":
        # "2018 to 3.9 million": a year or level, then an amount, is no range; "52 to 48" is
        # a score unless it reads "from 208 pounds to 193".
        if first.multiplier == 1 < second.multiplier and _looks_like_year(first):
            return False
        before = text[max(0, first.start - _BEFORE_REACH) : first.start]
        if px.CHANGE_BY.search(before) is not None and second.value > 3 * first.value:
            return False  # "by 1 to 1.5 degrees", "rose 10 to 15 percent" are still ranges
        return first.value < second.value or px.BETWEEN.search(before) is not None
    return first.value < second.value * (1 if second.multiplier <= first.multiplier else 10**12)


# How far before the first number of "X to Y" the words that make it a range or a change
# are read: "between", "from", "by", "rocketed"
_BEFORE_REACH = 12


def _guessed_span_of_time(first: Raw, second: Raw) -> bool:
    """ "three or four years", "10 or 15 minutes": a span of time guessed between two near
    ends (the next number, or at most half as much again) is one range, as NewsQuant reads
    it; not two choices ("the next four or eight years", "in the three or six months after"),
    nor other units ("eight or nine euros" are two amounts of euros, as NewsQuant reads
    them)."""
    return (
        first.kind == "count"
        and first.unit is None
        and second.unit in _TIME_UNITS
        and first.multiplier == second.multiplier == 1
        and first.value < second.value
        and (second.value - first.value == 1 or 2 * second.value <= 3 * first.value)
    )


def _looks_like_year(raw: Raw) -> bool:
    return raw.kind == "count" and raw.value == int(raw.value) and 1000 <= raw.value <= 2100


def _comparable(first: Raw, second: Raw) -> bool:
    """A bare second number takes the first's unit when the two are of one size: "from 208
    pounds to 193" is a range, "64.06 points to 4,577.10" is a change and a level."""
    if second.kind != "count" or first.value <= 0 or second.value <= 0:
        return False
    ratio = first.value / second.value
    return Decimal("0.1") <= ratio <= 10


#: What joins the two numbers of a ratio: "one in five", "one in every 10", "3 out of 4".
_RATIO_LINKS = frozenset([" in ", " in every ", " out of "])
_RATIO_LINK_LENGTHS = frozenset(map(len, _RATIO_LINKS))  # lower() keeps these lengths
#: The largest whole of a ratio read as a fraction ("one in 1,000" is one; "5 in 2024" no).
_LARGEST_WHOLE = 1000


def _is_ratio(text: str, first: Raw, second: Raw) -> bool:
    """ "One in five NFL teams", "three out of four voters": a part of a whole, both plain
    counts."""
    return (
        first.kind == second.kind == "count"
        and first.multiplier == second.multiplier == 1
        # the link before the values: two numbers are rarely so far apart
        and second.start - first.end in _RATIO_LINK_LENGTHS
        and text[first.end : second.start].lower() in _RATIO_LINKS
        and 0 < first.value < second.value <= _LARGEST_WHOLE
    )


def _counted_by(text: str, before: Sequence[Raw], first: Raw) -> bool:
    """Whether the number right ``before`` ``first`` counts it, so that ``first`` names a
    thing and no part of a whole: "one six in 263 balls" is a cricketer's shot for six runs,
    "two fours in the over" two shots."""
    if not before:
        return False
    previous = before[-1]
    return previous.kind == "count" and text[previous.tail : first.start] in (" ", "\t")


def _ratio(first: Raw, second: Raw) -> Raw:
    return Raw(first.start, second.end, second.tail, first.value / second.value, kind="fraction")


def _one_unit(first: str, second: str) -> bool:
    """Whether the two ends of a range share their unit, the rate written with one of them:
    "$62 and $68 per share", "from $75 per barrel to $45.88"."""
    return second.startswith(first) or _rate_of(first, second)


def _rate_of(first: str | None, second: str | None) -> bool:
    """Whether ``first`` is the rate of ``second`` ("dollar per barrel" of "dollar")."""
    return first is not None and second is not None and first.startswith(second + " per ")


def _range(first: Raw, second: Raw) -> Raw:
    low = first.value
    # "$89 to $93 billion", "5-10%": the first end takes the scale and kind of the second.
    if first.multiplier == 1 and second.multiplier > 1 and low * second.multiplier <= second.value:
        low *= second.multiplier
    kind = first.kind if first.kind != "count" else second.kind
    return Raw(
        first.start,
        second.end,
        max(first.tail, second.tail),
        low,
        kind=kind,
        unit=first.unit if _rate_of(first.unit, second.unit) else second.unit or first.unit,
        currency=first.currency or second.currency,
        multiplier=second.multiplier,
        low=low,
        high=second.value,
    )


def qualifier_after(text: str, raw: Raw) -> regex.Match[str] | None:
    """ "or more", "or so", "-plus" right after the number and its unit."""
    head = text[raw.tail : raw.tail + 8].lstrip()
    if head and head[0] not in _AFTER_STARTS:
        return None  # the common case, decided without the regex
    return px.QUALIFIER_AFTER.match(text, raw.tail)


#: Units of time: "over" before one of them may mean "during".
_TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "decade", "quarter"])


def _during(text: str, raw: Raw, over: int) -> bool:
    """ "over" at ``over`` means "during" after an amount ("$45 billion over 10 years"), and
    before an amount of time after an amount and its noun ("a 25% raise over four years"; but
    "5,000 people over 65" are older) or after a passive verb or "spread" ("will be paid out
    over five years"; but "he spent over 12 years in prison" is more than 12)."""
    if px.AMOUNT_BEFORE.search(text, max(0, over - 16), over):
        return True
    if raw.unit not in _TIME_UNITS:
        return False
    return (
        px.AMOUNT_NOUN_BEFORE.search(text, max(0, over - 32), over) is not None
        or px.SPREAD_BEFORE.search(text, max(0, over - 32), over) is not None
    )


# Verbs whose particle "over" is: "handed over 63 jets", "took over 12 stores", "turned over
# 5 files" (read backwards from "over").
_OVER_AS_PARTICLE = compiled(
    r"\b(?:hand(?:s|ed|ing)?|t(?:ake|akes|aking|ook|aken)|turn(?:s|ed|ing)?)[ \t]++\G",
    flags=regex.REVERSE,
)


def _particle(text: str, over: int) -> bool:
    return _OVER_AS_PARTICLE.search(text, max(0, over - 12), over) is not None


# Verbs of a rise whose "up to" is "to": "edged up to 4.1%", "has gone up to $8,400", "inching
# back up to 4.8 percent" (read backwards from "up to"). A bare verb is not one of them ("could
# rise up to 40C" is at most 40C), nor a verb whose particle "back" is ("buy back up to one
# million shares").
_UP_AS_RISE = compiled(
    r"""\b(?:gone|went|rose|risen|rises|crept|shot
        |(?:edg|inch|tick|climb|jump|mov|nudg|revis|ratchet|notch|creep|shoot)(?:ed|es|s)
        |(?:edg|inch|tick|creep|nudg)ing
    )(?:[ \t]++back)?[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)


def qualifier(text: str, raw: Raw, after: regex.Match[str] | None) -> str:
    """ ">=" for "at least 2", "~" for "about 5", ">=" for "50 or more" (``after``, from
    :func:`qualifier_after`), else "=". A rank is what it is: "moved up to third" is "="."""
    if raw.kind == "ordinal":
        return "="
    before = None
    last = text[raw.start - 1 : raw.start]
    # _may_end_qualifier's first test made before its call: "$1,$1", "(5" are decided here
    if (last.isspace() or last in px.QUALIFIER_LASTS) and _may_end_qualifier(text, raw.start):
        before = px.QUALIFIER_BEFORE.search(text, max(0, raw.start - _LOOK_BACK), raw.start)
    if before is not None:
        said = before.group("q").lower()
        if said == "over" and (
            _during(text, raw, before.start()) or _particle(text, before.start())
        ):
            return "="  # "$45 billion over 10 years", "handed over 63 jets": not more than
        if said == "up to" and _UP_AS_RISE.search(
            text, max(0, before.start() - 16), before.start()
        ):
            return "="  # "edged up to 4.1%": rose to, not at most
        return lx.QUALIFIERS_BEFORE[_key(before.group("q"), lx.QUALIFIERS_BEFORE)]
    if after is not None:
        return lx.QUALIFIERS_AFTER[_key(after.group("q"), lx.QUALIFIERS_AFTER)]
    if raw.vague:
        return ">="
    return "="


def _may_end_qualifier(text: str, end: int) -> bool:
    """Whether what stands before ``end`` may end a qualifier: its last two characters (past
    white space), after a quick test of the one right before ``end``."""
    last = text[end - 1 : end]
    if not (last.isspace() or last in px.QUALIFIER_LASTS):
        return False  # the common case: "$1,$1", "(5"
    if last.isspace() and end >= 3 and not text[end - 2].isspace():
        # one white space: the two characters before it are the two, read without the call;
        # the last of them tells first ("34 5")
        return text[end - 2] in px.QUALIFIER_LASTS and text[end - 3 : end - 1] in px.QUALIFIER_ENDS
    return _two_before(text, end) in px.QUALIFIER_ENDS


def _two_before(text: str, end: int) -> str:
    """The two characters before ``end`` and the white space there: the end of a phrase read
    backwards from ``end`` past white space."""
    # Read first in a short window: the white space before a number is nearly always one
    # character, and a loop over it costs a call per character.
    window = text[max(0, end - _TWO_BEFORE_WINDOW) : end].rstrip()
    if len(window) >= 2 or end <= _TWO_BEFORE_WINDOW:
        return window[-2:]
    at = end
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[max(0, at - 2) : at]


_TWO_BEFORE_WINDOW = 8


def _key(surface: str, table: dict[str, str]) -> str:
    phrase = " ".join(surface.split())
    return phrase if phrase in table else phrase.lower()


def share_units(text: str, raws: list[Raw]) -> list[int]:
    """In a list of numbers that only the last one qualifies ("eight or nine euros", "7- or
    8-inch", "four-, five- and six-cylinder"), a bare count takes the unit of the next
    number. Returns the indexes of the counts linked so to the next number (they share its
    counted noun phrase too: "two or three people")."""
    linked = []
    for index in range(len(raws) - 2, -1, -1):
        first, second = raws[index], raws[index + 1]
        if first.kind != "count" or first.vague or first.unit or first.currency:
            continue
        if _size(text, first, second):
            first.kind, first.unit = second.kind, second.unit  # a size counts nothing
            continue
        if second.kind not in ("count", "money", "percent", "measure") or second.vague:
            continue
        gap = second.start - first.tail
        if gap < _SHORTEST_SHARED and text[first.tail : first.tail + 1] != "-":
            continue  # the common case ("1, 2", "one two"), decided without the regex
        if first.value >= second.value:  # a list counts up: "S&P 500 and 5.8%" is no list
            continue
        if links.SHARED_LINK.fullmatch(text, first.tail, second.start) is None:
            continue
        first.kind, first.unit, first.currency = second.kind, second.unit, second.currency
        linked.append(index)
    return linked


def _size(text: str, first: Raw, second: Raw) -> bool:
    """Whether ``first`` is a number of a size whose last number, ``second``, is in a unit of
    length: "16 by 20 inches", "a 10-by-12-foot room", "3 x 4 metres", in either order ("20 by
    16 inches")."""
    return (
        second.kind == "measure"
        and second.unit in lx.DIMENSION_UNITS
        and not second.vague
        and first.low is None
        and links.DIMENSION_LINK.fullmatch(text, first.tail, second.start) is not None
        and links.RACE_AFTER.match(text, second.tail) is None
    )


def share_compared_units(text: str, raws: list[Raw]) -> None:
    """A bare amount an amount is compared with is in its unit: "fell to 360 million euros
    from 663 million" (euros), "rose 5% from 4.2" (percent), and so is the bare level an
    amount after "from" goes to: "from about 14-18 mpg to 24". Only an amount of the same
    order (a tenth to ten times as much): "5% from 300 stores" stays a count."""
    for index in range(len(raws) - 1):
        first, second = raws[index], raws[index + 1]
        if first.kind not in ("money", "percent", "measure") or not (first.unit or first.currency):
            continue
        if second.kind != "count" or second.unit or second.currency or second.vague:
            continue
        if not first.value or not 0.1 <= second.value / first.value <= 10:
            continue
        if not _compared(text, first, second):
            continue
        if _own_noun(text, second.tail):
            continue  # "11 points from nine games": the games are counted
        second.kind, second.unit, second.currency = first.kind, first.unit, first.currency


def _compared(text: str, first: Raw, second: Raw) -> bool:
    """Whether the bare amount ``second`` is compared with ``first`` ("from 663 million", "in
    the quarter, compared with 4.6 billion"),
    the level it goes to ("from about 14-18 mpg to 24"), parallel to it ("13 percentage
    points from Sanders and 7 from Trump") or set against it in a clause of contrast that
    ends with it ("84.75 cents, while the lowest is 74.07.")."""
    if links.COMPARED_LINK.fullmatch(text, first.tail, second.start) is not None:
        return True
    if links.COMPARED_LATER_LINK.fullmatch(text, first.tail, second.start) is not None:
        return True
    if links.TALLY_LINK.fullmatch(text, first.tail, second.start) is not None:
        return _FROM_BEFORE.search(text, max(0, first.start - 20), first.start) is not None
    if links.PARALLEL_LINK.fullmatch(text, first.tail, second.start) is not None:
        return links.PREPOSITION_AFTER.match(text, second.tail) is not None
    return (
        links.CONTRAST_LINK.fullmatch(text, first.tail, second.start) is not None
        and _CLAUSE_END.match(text, second.tail) is not None
    )


# What ends the clause of contrast right after its bare amount: "while the lowest is 74.07."
_CLAUSE_END = compiled(r"[ \t]*+(?:[.,;:!?)]|\Z)")
# "from" before an amount, maybe with a qualifier: "from about| 14-18 mpg to 24"
_FROM_BEFORE = compiled(r"\b(?i:from)[ \t]++(?:\p{L}++[ \t]++)?\Z")
# The smallest bare part of an amount that shares its unit: "two of the $5 bills" counts bills
_SMALLEST_PART = 1000


def share_whole_units(text: str, raws: list[Raw]) -> None:
    """A large bare number of an amount is a part of it, in its unit: "raised 280 million of
    the 1.5 billion shekels" (shekels), "4,000 of the 10,000 tonnes"; not a small one: "two of
    the $5 bills"."""
    for index in range(len(raws) - 1):
        part, whole = raws[index], raws[index + 1]
        if part.kind != "count" or part.unit or part.vague or part.value < _SMALLEST_PART:
            continue
        if whole.kind not in ("money", "measure") or whole.value <= part.value:
            continue
        if links.WHOLE_LINK.fullmatch(text, part.tail, whole.start) is not None:
            part.kind, part.unit, part.currency = whole.kind, whole.unit, whole.currency


# The lower-case word right after an amount
_NEXT_WORD = compiled(r"[ \t]++(\p{Ll}++)\b")


def _own_noun(text: str, tail: int) -> bool:
    """Whether a noun of its own follows an amount ("nine games"), not a word that ends what
    it counts ("from 4.2 last year", "from 663 million a year earlier")."""
    after = _NEXT_WORD.match(text, tail, min(len(text), tail + 40))
    return after is not None and after.group(1) not in lx.COUNTED_STOPS
