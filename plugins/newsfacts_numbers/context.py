"""Read what surrounds a number: qualifiers and shared units (ranges are joined by
:mod:`newsfacts_numbers.ranges`, the noun phrase counted is read by
:mod:`newsfacts_numbers.counted`, the event by :mod:`newsfacts_numbers.events`, the levels of
indexes by :mod:`newsfacts_numbers.levels`)."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import links
from newsfacts_numbers import patterns as px
from newsfacts_numbers.course_over import course_over
from newsfacts_numbers.raw import Raw

_AFTER_STARTS = frozenset(
    char for phrase in lx.QUALIFIERS_AFTER for char in (phrase[0].lower(), phrase[0].upper())
)
_LOOK_BACK = 40  # characters searched for a qualifier ("no fewer than")
_SHORTEST_SHARED = 4  # a SHARED_LINK not led by a hyphen: " or "


def qualifier_after(text: str, raw: Raw) -> regex.Match[str] | None:
    """ "or more", "or so", "-plus" right after the number and its unit."""
    head = text[raw.tail : raw.tail + 8].lstrip()
    if head and head[0] not in _AFTER_STARTS:
        return None  # the common case, decided without the regex
    return px.QUALIFIER_AFTER.match(text, raw.tail, None, px.CONCURRENT)


def _during(text: str, raw: Raw, over: int) -> bool:
    """ "over" at ``over`` means "during" after an amount ("$45 billion over 10 years"), and
    before an amount of time after an amount and its noun ("a 25% raise over four years"; but
    "5,000 people over 65" are older) or after a passive verb or "spread" ("will be paid out
    over five years"; but "he spent over 12 years in prison" is more than 12)."""
    if px.AMOUNT_BEFORE.search(text, max(0, over - 16), over) or course_over(text, raw, over):
        return True  # "$45 billion over 10 years", "the race runs over 78 laps"
    if raw.unit not in lx.TIME_UNITS or text.endswith(("for ", "for\t"), 0, over):
        return False  # "$300 a month for over two years": more than two years
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


# The word right before "about" (read backwards from it)
_WORD_BEFORE = compiled(r"(?<!\p{L})(?P<w>\p{L}+)[ \t]++\G", flags=regex.REVERSE)
_WORD_BEFORE_REACH = 16  # characters: the longest word of ``data/about_topics.txt``, with room
# What a topic is after "one" or "two" (approximations round to more: "about 30 things"):
# things ("one thing", "two more things") or one of a set a determiner or a possessive names
# ("one of the options", "one of Ohio's ..."; not "one of every seven staff", a share)
_THINGS_AFTER = compiled(r"[ \t]++(?:more[ \t]++)?(?i:things?)\b")
_ONE_OF_A_SET = compiled(
    r"[ \t]++of[ \t]++(?:the|his|her|their|its|our|my|your|these|those|\p{Lu}[\p{L}.]*['’]s)\b"
)
_SET_REACH = 60  # characters after the number: both read no further (a run of blanks is no topic)


def _topic(text: str, raw: Raw, about: int) -> bool:
    """Whether "about" at ``about`` is the preposition of a topic, no approximation: after a
    word that takes it (``data/about_topics.txt``: "worried about 200 jobs", "a comment about
    15 percent of the town"), or before "one" or "two" things ("firm about one thing",
    "care about two things"; not "about 30 things") or before one of a set ("wary about
    one of the options"; not "about one of every seven staff")."""
    word = _WORD_BEFORE.search(text, max(0, about - _WORD_BEFORE_REACH), about)
    if word is not None and word["w"].lower() in lx.ABOUT_TOPICS:
        return True
    number = text[raw.start : raw.end].lower()
    reach = raw.end + _SET_REACH
    if number in ("one", "two") and _THINGS_AFTER.match(text, raw.end, reach) is not None:
        return True
    return number == "one" and _ONE_OF_A_SET.match(text, raw.end, reach) is not None


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
        before = px.QUALIFIER_BEFORE.search(
            text, max(0, raw.start - _LOOK_BACK), raw.start, px.CONCURRENT
        )
    if before is not None:
        said = before.group("q").lower()
        if said == "over" and (
            _during(text, raw, before.start()) or _particle(text, before.start())
        ):
            return "="  # "$45 billion over 10 years", "handed over 63 jets": not more than
        if said == "about" and _topic(text, raw, before.start()):
            return "="  # "worried about 200 jobs", "firm about one thing": no approximation
        if said == "up to" and _UP_AS_RISE.search(
            text, max(0, before.start() - 16), before.start(), px.CONCURRENT
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
        if _size(text, first, second) or _tally(text, first, second):
            first.kind, first.unit = second.kind, second.unit  # a size, a poll's tally
            continue
        if second.kind not in ("count", "money", "percent", "measure") or second.vague:
            continue
        gap = second.start - first.tail
        if gap < _SHORTEST_SHARED and text[first.tail : first.tail + 1] != "-":
            continue  # the common case ("1, 2", "one two"), decided without the regex
        if first.value >= second.value:  # a list counts up: "S&P 500 and 5.8%" is no list
            continue
        if links.SHARED_LINK.fullmatch(text, first.tail, second.start, px.CONCURRENT) is None:
            continue
        first.kind, first.unit, first.currency = second.kind, second.unit, second.currency
        linked.append(index)
    return linked


# Between the two shares of a poll's tally: "beat him 46| to |40 percent"
_TALLY_LINK = compiled(r"[ \t]++to[ \t]++")
_WHOLE_PERCENT = 100


def _tally(text: str, first: Raw, second: Raw) -> bool:
    """Whether ``first``, a bare count in digits, and the smaller percentage ``second`` after
    "to" are the two shares of a tally, each in percent: "Smith would beat Jones 48 to 41
    percent", "won 35 to 12 percent" (a rise, "5 to 7 percent", is a range; a fall after
    "from" is one too: "from 5.2 to 5.1 percent")."""
    return (
        second.kind == "percent"
        and second.unit == "percent"
        and second.low is None
        and first.low is None
        and second.value < first.value <= _WHOLE_PERCENT
        and text[first.start : first.start + 1].isdigit()
        and _TALLY_LINK.fullmatch(text, first.tail, second.start) is not None
    )


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
    the level it goes to ("from about 14-18 mpg to 24"), parallel to it ("11 percentage
    points from Warren and 6 from Cruz") or set against it in a clause of contrast that
    ends with it ("91.40 cents, while the cheapest is 68.15.")."""
    if links.COMPARED_LINK.fullmatch(text, first.tail, second.start, px.CONCURRENT) is not None:
        return True
    if (
        links.COMPARED_LATER_LINK.fullmatch(text, first.tail, second.start, px.CONCURRENT)
        is not None
    ):
        return True
    if links.TALLY_LINK.fullmatch(text, first.tail, second.start, px.CONCURRENT) is not None:
        return (
            _FROM_BEFORE.search(text, max(0, first.start - 20), first.start, px.CONCURRENT)
            is not None
        )
    if links.PARALLEL_LINK.fullmatch(text, first.tail, second.start, px.CONCURRENT) is not None:
        return links.PREPOSITION_AFTER.match(text, second.tail, None, px.CONCURRENT) is not None
    return (
        links.CONTRAST_LINK.fullmatch(text, first.tail, second.start, px.CONCURRENT) is not None
        and _CLAUSE_END.match(text, second.tail, None, px.CONCURRENT) is not None
    )


# What ends the clause of contrast right after its bare amount: "while the lowest is 74.07."
_CLAUSE_END = compiled(r"[ \t]*+(?:[.,;:!?)]|\Z)")
# "from" before an amount, maybe with a qualifier: "from about| 14-18 mpg to 24"
_FROM_BEFORE = compiled(r"\b(?i:from)[ \t]++(?:\p{L}++[ \t]++)?\Z")
# The smallest bare part of an amount that shares its unit: "two of the $5 bills" counts bills
_SMALLEST_PART = 1000


def share_whole_units(text: str, raws: list[Raw]) -> None:
    """A large bare number of an amount is a part of it, in its unit: "raised 340 million of
    the 2.5 billion pesos" (pesos), "4,000 of the 10,000 tonnes"; not a small one: "two of
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
