"""Join the numbers of a text into ranges ("5-10", "5 to 10", "between 5 and 10", "$89 to
$93 billion") and fractions ("one in five", "three out of four")."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers.money_ranges import shares_scale
from newsfacts_numbers.raw import Raw

_RANGE_KINDS = ("count", "money", "percent", "measure")
_MAX_LINK = 64  # characters between the ends of a range: "5 to 10", or padded table columns
_DASHES = frozenset("-–—‑")  # the one-character links of RANGE_LINK: "5-10"
_FALL = 10  # how far below its first scaled end a range's second may fall: "$8 to $3 billion"


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
        gap = px.RANGE_LINK.fullmatch(text, gap_start, second.start, px.CONCURRENT)
        if gap is not None:
            return gap.group().strip().lower()
    if _from_to(text, first, second):
        return "to"  # "from 18 miles per gallon in 2011 to 31": a range, as from one to another
    return None


def _from_to(text: str, first: Raw, second: Raw) -> bool:
    """ "from X ... to Y", a few words between X (and its unit) and "to" or "up to". After a
    bare count the words must open with a time or a place ("from 151 in 2008 to 114"), not
    say what it counts ("from 16 members to 19" keeps its members)."""
    gap = text[first.tail : second.start]
    if len(gap) > _MAX_LINK or "to" not in gap:
        return False  # the common case, decided without the regexes
    if (
        px.FROM_BEFORE.search(text, max(0, first.start - _BEFORE_REACH), first.start, px.CONCURRENT)
        is None
    ):
        return False
    if first.kind == "count" and not first.unit and gap.split()[0] not in _TIME_OR_PLACE_OPENS:
        return False
    return px.FROM_TO_GAP.fullmatch(text, first.tail, second.start, px.CONCURRENT) is not None


# "to" between hyphens: "5-to-4"
_HYPHENED_TO = compiled(r"[-–—‑]to[-–—‑]")
# The words that open a count's time or place: "from 151 in 2008 to 114", "103 last year"
_TIME_OR_PLACE_OPENS = frozenset(["in", "on", "at", "during", "last", "this"])


def _is_score(first: Raw, second: Raw, link: str) -> bool:
    """ "a 2-1 win", and a tally written with "to" between hyphens as a vote's is: "a 5-to-4
    decision", "outnumbered 2-to-1" (not "52 to 48", two numbers)."""
    return (
        (px.RANGE_HYPHEN.fullmatch(link) is not None or _HYPHENED_TO.fullmatch(link) is not None)
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
    if shares_scale(first, second, link):
        return True  # "$5-6 billion": the currency before, the scale after
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
    it; not two choices ("the next four or eight years", "in the two or five weeks after"),
    nor other units ("eight or nine euros" are two amounts of euros, as NewsQuant reads
    them)."""
    return (
        first.kind == "count"
        and first.unit is None
        and second.unit in lx.TIME_UNITS
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


#: What joins the two numbers of a ratio: "one in five", "one in every 10", "3 out of 4", a
#: poll's confidence "19 times out of 20".
_RATIO_LINKS = frozenset([" in ", " in every ", " out of ", " times out of "])
_RATIO_LINK_LENGTHS = frozenset(map(len, _RATIO_LINKS))  # lower() keeps these lengths
#: The largest whole of a ratio read as a fraction ("one in 1,000" is one; "5 in 2024" no).
_LARGEST_WHOLE = 1000


def _is_ratio(text: str, first: Raw, second: Raw) -> bool:
    """ "One in five NFL teams", "three out of four voters": a part of a whole, both plain
    counts."""
    return (
        first.kind == second.kind == "count"
        and first.multiplier == 1
        # the link before the values: two numbers are rarely so far apart
        and second.start - first.end in _RATIO_LINK_LENGTHS
        and text[first.end : second.start].lower() in _RATIO_LINKS
        and 0 < first.value < second.value
        # a whole in millions is never a year: a lottery's or a risk's odds, "1 in 292.2
        # million", "one in a million"
        and (second.value <= _LARGEST_WHOLE or second.multiplier > 1)
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
    # "$89 to $93 billion", "5-10%": the first end takes the scale and kind of the second,
    # also in a fall to less than it ("from $8 to $3 billion"), not a first end of another
    # scale ("1,500 to 2 million").
    scaled = low * second.multiplier
    if first.multiplier == 1 and second.multiplier > 1 and scaled <= second.value * _FALL:
        low = scaled
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
        # A fall "from 5,000 to 4,200" is one range as NewsQuant reads it, its value the
        # end it starts from; its low is the smaller end, never above its high.
        low=min(low, second.value),
        high=max(low, second.value),
    )
