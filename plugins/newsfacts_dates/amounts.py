"""Amounts of time: durations ("two weeks", "10-hour") and sets ("every night", "weekly");
the number an amount's words count and its TIMEX3 value are read in ``counting``."""

from __future__ import annotations

import regex

from newsfacts.plugin import NUMBER_WORDS, Check, compiled, decide, read_words
from newsfacts_dates.counting import count, duration_value
from newsfacts_dates.grammar import (
    BEFORE_VERB_LAST,
    KEEP_GIL,
    LISTS,
    PACKAGE,
    SEASONS,
    unit_of,
)
from newsfacts_dates.rates import is_frequency
from newsfacts_dates.reading import (
    Context,
    Match,
    Reading,
    duration_mod,
    group,
    groups,
    month_number,
)

# A word after "a week" that makes it a distance in time, never a rate: "160 remained
# missing a week after the disaster".
_RELATIVE_AFTER = compiled(r"[ \t]++(?:after|before|later|earlier)\b")


_UNKNOWN_AMOUNTS = frozenset(["several", "a few", "few", "many", "some", "the next few"])
# Amounts that make a unit word no unit of time: "a second term" (an ordinal), "a quarter of
# the vote" (a fourth), "criticized in many quarters", "fierce in some quarters" (among people)
_NO_AMOUNT_OF = {
    "second": frozenset(["a", "an", "one"]),
    "quarter": frozenset(["a", "an", "one", "many", "some"]),
}


# A number that reads as a year: four digits from 1600 to 2099, no comma or decimals.
_YEAR_SHAPED = compiled(r"(?:1[6-9]|20)\d\d")


def _year_shaped(words: str | None) -> bool:
    return words is not None and _YEAR_SHAPED.fullmatch(words, 0, None, KEEP_GIL) is not None


def _no_year_shape(match: Match) -> bool:
    """ "15 days", "2,018 days": no number that could be a year."""
    return not (_year_shaped(match.group("num")) or _year_shaped(group(match, "num2")))


def _led_by_a_modifier(match: Match) -> str:
    """ "some 1800 years", "nearly 1700 hours": an approximate amount."""
    return group(match, "dmod") or ""


def _years_at_both_ends(match: Match) -> bool:
    """ "from 2007 to 2010 seconds later", "between 2015 and 2018 days": two years."""
    return _year_shaped(match.group("num")) and _year_shaped(group(match, "num2"))


def _round_hundreds(match: Match) -> bool:
    """ "2000 years", "1600 hours": a round number of hundreds is counted more than named."""
    number = match.group("num")
    return _year_shaped(number) and number.endswith("00")


# Is the number before a unit an amount of time, or a year that the unit happens to follow
# ("the 2018 days of protest", "in 2007 seconds counted")? Checked in this order; a
# year-shaped number that none of them decides is a year (the ``year`` rule reads it).
YEAR_OR_AMOUNT: tuple[Check[Match], ...] = (
    Check("no-year-shape", _no_year_shape, "amount", "no number that could be a year"),
    Check("led-by-a-modifier", _led_by_a_modifier, "amount", "'some', 'nearly' before it"),
    Check("years-at-both-ends", _years_at_both_ends, "year", "'from 2007 to 2010': two years"),
    Check("round-hundreds", _round_hundreds, "amount", "a round number of hundreds"),
)


# A year after quarters: "the first three quarters of 1990", "... of the year" count quarters
# of that year, while "three-quarters of its wheat" is a fraction.
_OF_A_YEAR = compiled(
    r"""[ ]of[ ]
    (?:fiscal[ ])?(?:(?:1[6-9]|20)\d\d\b|(?:the|this|last|next)[ ](?:fiscal[ ])?year\b)""",
    flags=regex.IGNORECASE | regex.VERBOSE,
)
# Two quarters that make a half of a year, which the two_quarters rule reads: "the first two
# quarters", "the last two quarters of 2024" (quarters.two_quarters).
_HALF_OF_A_YEAR = compiled(
    r"\b(?:(?P<first>first)|last|final|latter)[ ]two[ ]quarters\Z", flags=regex.IGNORECASE
)


# The groups duration() reads, in one call (see reading.groups).
_DURATION_GROUPS = ("unit", "num", "num2", "rel")


def duration(match: Match, ctx: Context) -> Reading | None:
    written, words, second, rel = groups(match, _DURATION_GROUPS)
    assert written is not None and words is not None  # (the rule's unit and amount)
    unit = unit_of(written)
    if unit is None or match.group().lower().endswith("old"):
        return None  # "a 6-year-old boy": an age, which the gold sets do not mark
    if written[0].isupper() and not written.isupper():
        return None  # "60 Minutes", "28 Days": a title, not an amount of time
    if (
        decide(YEAR_OR_AMOUNT, match, default="year", start=match.start(), end=match.end())
        == "year"
    ):
        return None  # the year rule reads the number ("P2018D" would be no duration)
    if rel == "last" and verb_last(ctx.text, match.start()):
        return None  # "would last four hours": the verb; "four hours" is read next
    lowered = words.lower()
    amount = count(words)
    if amount is None and lowered not in _UNKNOWN_AMOUNTS:
        return None
    if lowered in _NO_AMOUNT_OF.get(unit, ()):
        return None  # "a second term", "a quarter of the vote", "in many quarters"
    if lowered in ("a", "an") and written.lower().endswith("s"):
        return None  # "a months-long saga": the article is the saga's ("months-long" is read next)
    if unit == "quarter" and _quarters_read_otherwise(match):
        return None  # "three-quarters of its wheat", "in at least the last two quarters of 2004"
    if lowered == "one" and unit == "day" and _one_day_cricket(match, ctx.text):
        return None  # "the fifth one-day international": a kind of match, not its length
    if _day_to_come(match, ctx.text):
        return Reading("DATE", "FUTURE_REF")  # "could one day cure it": a day to come
    if second:
        amount = None if count(second) is None else amount
    elif amount is not None and "and a half" in match.group().lower():
        amount += 0.5
    # (not after a qualifier: "£400,000 over a decade" is a span of time, no rate)
    unqualified = match.start("num") == match.start()
    if lowered in ("a", "an") and unqualified and a_speed(ctx.text, match.start(), unit):
        return None  # "400 metres a second": a speed
    if (
        lowered in ("a", "an")
        and unqualified
        and _RELATIVE_AFTER.match(ctx.text, match.end(), match.end() + 16) is None
        and is_frequency(ctx.text, match.start())
    ):
        return Reading("SET", duration_value(1.0, unit))
    value = duration_value(amount, unit)
    ends = _ends(match, value, unit, second)
    return Reading("DURATION", value, duration_mod(match), range=ends)


# What joins the two amounts of a range: "two to six days", "12-18 months", "between two
# and five years" (not "or": "two or three days" is one amount, said roughly).
_RANGE_JOINER = compiled(r"[ ]*+(?:to|-|–|and)[ ]*+", regex.IGNORECASE)


def _ends(match: Match, value: str, unit: str, second: str | None) -> tuple[str, str] | None:
    """The values of both ends of an amount written as a range ("two to six days": ``P2D``
    and ``P6D``), as a range of dates holds them; None for one amount."""
    if second is None or value[1:2] == "X":
        return None
    joiner = match.string[match.end("num") : match.start("num2")]
    if _RANGE_JOINER.fullmatch(joiner) is None:
        return None
    return value, duration_value(count(second), unit)


def _quarters_read_otherwise(match: Match) -> bool:
    """Whether quarters are no amount of time here: a fraction before "of" and no year
    ("three-quarters of its wheat"), or joined to its number by a hyphen ("roughly
    three-quarters back the levy", "the deficit shrank three-quarters": quarters of a year
    are written apart, "the next three quarters"), or a half of a year ("in at least the last
    two quarters of 2004": the two_quarters rule reads it, from "the")."""
    if match.group().lower().endswith("-quarters"):
        return True
    of_a_year = _OF_A_YEAR.match(match.string, match.end(), match.end() + 24) is not None
    half = _HALF_OF_A_YEAR.search(match.group())
    if half is not None and (half.group("first") or of_a_year):
        return True
    return match.string[match.end() : match.end() + 4] == " of " and not of_a_year


# The words after "one-day" that make it cricket's limited-overs game ("the fifth one-day
# international", "two one-day warm-up games"); "a one-day strike" stays a day.
_ONE_DAY_CRICKET = read_words(PACKAGE, "one_day_games.txt")


def _one_day_cricket(match: Match, text: str) -> bool:
    following = text[match.end() : match.end() + 16].split(maxsplit=1)
    word = following[0].rstrip(".,;:!?)").lower() if following else ""
    return "-" in match.group() and word in _ONE_DAY_CRICKET


# "one day" between a modal or "to" and a verb is some day to come ("scientists could one
# day cure it", "hopes to one day run"), not a day's length ("will take one day", "went to
# one day of the trial"); so is "one day" after a verb of hope ("doctors hope one day
# to grow livers"), before a subject and a modal ("one day the city will pay for it"), or ending
# a clause with a modal in it ("I hope I can be like him one day."; not after a word that
# measures it: "can apply for one day", "will take one day"); "some day" is one anywhere.
_SOME_DAYS = frozenset(["one day", "some day"])
_MODAL_BEFORE = compiled(r"\b(?:will|would|could|might|may|can|should|must|shall|to)\s+$")
_VERB_AFTER = compiled(
    r"[ ]++(?!(?:of|in|at|on|for|and|or|a|an|the|to|before|after|later|earlier|off|ahead)\b)"
    r"[a-z]++\b"
)
_HOPE_BEFORE = compiled(r"\b(?:hopes?|hoped|hoping|dreams?|dreamed|dreaming|wish|wishes)\s+$")
_MODALS = r"(?:will|would|could|might|may|can|shall|'ll|’ll)"
# A subject of one or two words and a modal after it: "one day the city will", "one day,
# China would" (not a word that places or counts the day: "one day before they would vote",
# "one day a week would do")
_SUBJECT_MODAL_AFTER = compiled(
    rf"""(?:,[ ])?[ ]*+
    (?!(?:after|before|later|earlier|ago|of|in|to|at|from|a|an|per|each|every|or|and)\b)
    (?:[\w’']++[ ]++){{1,2}}?{_MODALS}\b""",
    flags=regex.VERBOSE,
)
# A clause's end after it ("one day.", "one day, and", "one day and coach again")
_CLAUSE_END_AFTER = compiled(r"(?:[.,;:!?”\"]|[ ]++and\b)")
# A modal earlier in the clause, and no word that measures the day right before it
_MODAL_IN_CLAUSE = compiled(rf"\b{_MODALS}\b[^.,;:!?\n]*+$")
_MEASURING_BEFORE = compiled(
    r"""\b(?:for|in|within|than|take|takes|took|last|lasts|only|just|spend|spent|every
    |each|per|about|over|after|before|a|the|first|another)[ ]++$""",
    flags=regex.VERBOSE,
)
_SOME_DAY_REACH = 48
# "some day" alone, one day of the future, counts nothing; before these it is a day gone
# ("some day last week")
_PAST_AFTER = compiled(r"[ ]++(?:last|earlier|ago)\b")


def _day_to_come(match: Match, text: str) -> bool:
    """Whether "one day" or "some day" is some day to come, no amount ("it will be built
    some day", "could one day cure it")."""
    written = match.group().lower()
    if written == "some day" and _PAST_AFTER.match(text, match.end()) is None:
        return True
    return written in _SOME_DAYS and _some_day(match, text)


def _some_day(match: Match, text: str) -> bool:
    start, end = match.start(), match.end()
    if (
        _MODAL_BEFORE.search(text, max(0, start - 8), start) is not None
        and _VERB_AFTER.match(text, end, end + 24) is not None
    ):
        return True
    if _HOPE_BEFORE.search(text, max(0, start - 10), start) is not None:
        return True  # "doctors hope one day to grow livers"
    if _SUBJECT_MODAL_AFTER.match(text, end, end + 32) is not None:
        return True  # "one day the city will pay for it"
    return (
        _CLAUSE_END_AFTER.match(text, end, end + 6) is not None
        and _MODAL_IN_CLAUSE.search(text, max(0, start - _SOME_DAY_REACH), start) is not None
        and _MEASURING_BEFORE.search(text, max(0, start - 12), start) is None
    )


# "last" after a word of BEFORE_VERB_LAST is the verb (sorted: one pattern in every process).
_LAST_AS_VERB = compiled(rf"\b(?:{'|'.join(sorted(BEFORE_VERB_LAST))})\s+$")


def verb_last(text: str, start: int) -> bool:
    """Whether "last" at ``start`` is the verb ("would last four hours")."""
    return _LAST_AS_VERB.search(text, max(0, start - 10), start) is not None


# The words that make "hours" a kind of hours, not an amount: a time of night ("in the early
# hours of Saturday") or of the day's use ("cut to rush hours only", "during office hours").
_KINDS_OF_HOURS = frozenset(
    {"early", "small", "wee", "rush", "office", "business", "opening", "visiting", "peak"}
    | {"working", "school", "daylight", "waking", "operating"}
)
_AFTER_HOURS = compiled(r"(?i:after) hours(?:[.,;]|$| trading)")


# "quarters of the" or "of a": parts of a place, not of a year ("several quarters of losses" are)
_OF_A_PLACE = compiled(r" of (?:the|an?)\b")
_PAST_REF_QUALIFIERS = frozenset(LISTS["past_ref_qualifiers"])
_QUARTER_QUALIFIERS = frozenset(LISTS["quarter_qualifiers"])
_PAST_QUALIFIER_AFTER = frozenset(LISTS["past_qualifier_after"])


# The words of an amount's scale: "66 million years ago" is no "years" left unsaid
_SCALES = frozenset(
    word for word, number in NUMBER_WORDS.items() if number.role in ("scale", "hundred")
)

# A year written right after "years": "from the years 2010 to 2013"
_YEAR_AFTER = compiled(r"[ ](?:1[6-9]|20)\d\d\b")


def bare_units(match: Match, ctx: Context) -> Reading | None:
    """ "for years", "the past few weeks": an amount of time left unsaid; "a day-long
    meeting" after no article: one day."""
    if match.group("unit_one"):  # "their third day-long meeting": one day ("a day-long" is
        unit = unit_of(match.group("unit_one"))  # read as an amount, the article its one)
        return Reading("DURATION", duration_value(1.0, unit)) if unit else None
    unit = unit_of(match.group("unit_plural"))
    if unit == "quarter" and (group(match, "qual") or "").lower() not in _QUARTER_QUALIFIERS:
        return None  # "living quarters", "in many quarters": no quarters of a year
    if unit == "quarter" and _OF_A_PLACE.match(ctx.text, match.end(), match.end() + 8):
        return None  # "several quarters of the city": parts of a town
    if unit is None or ctx.text[match.end() : match.end() + 4] == " old":
        return None  # "52 years old": the age was turned down already
    if unit == "year" and _YEAR_AFTER.match(ctx.text, match.end(), match.end() + 7) is not None:
        return None  # "fiscal years 2010 and 2011": the years named, each a date of its own
    if ctx.text[match.start() - 1 : match.start()] in ("-", "‑"):
        return None  # the end of a compound: "after-hours trading", "man-hours"
    before = ctx.text[max(0, match.start() - 12) : match.start()].split()
    if (group(match, "qual") or "").lower() == "past" and (
        not before or before[-1].lower() not in _PAST_QUALIFIER_AFTER
    ):
        return None  # "move past days of turmoil": a preposition (the amount is read alone)
    if match.group("unit_plural").lower() == "hours" and (
        (before and before[-1].lower() in _KINDS_OF_HOURS)
        or _AFTER_HOURS.match(ctx.text, match.start() - 6)
    ):
        # a kind of hours (see _KINDS_OF_HOURS); "fell 4% after hours": the trading after
        # the close; not amounts
        return None
    amount_before = before and (
        before[-1][-1:].isdigit() or count(before[-1]) or before[-1].lower() in _SCALES
    )
    if not group(match, "qual") and amount_before and not match.group().endswith("-long"):
        # the rest of an amount turned down ("a quarter of", "2.5 % in weeks"); not the
        # article of a noun after a compound ("a months-long saga")
        return None
    if unit == "year" and (group(match, "qual") or "").lower() in _PAST_REF_QUALIFIERS:
        return Reading("DATE", "PAST_REF")  # "in recent years": a vague past, no amount
    # "within weeks or months": one vague amount, of the first unit, about so much (TimeBank
    # marks the pair as one expression); "in recent weeks and months" is one stretch
    approximate = (group(match, "joined") or "")[:4] == " or "
    return Reading("DURATION", duration_value(None, unit), "APPROX" if approximate else None)


# A number and what a speed counts, right before "per hour" ("at up to 200 miles per hour",
# "15 billion operations per second"): ``speed_nouns`` of data/word_lists.tsv, maybe a cube's
# or a square's ("550,000 cubic feet per second"), maybe its conversion in brackets after it
# ("130 kilometers (80 miles) per hour")
_SPEED_BEFORE = compiled(
    rf"""(?x) (?: \d | \b(?:hundred|thousand|million|billion) ) [\d,.]*+
    [ \t]++ (?: (?:cubic|square) [ \t]++ )?+ (?:{"|".join(LISTS["speed_nouns"])})
    (?: [ \t]++ \( [^()\n]{{1,30}} \) )?+ [ \t]++ $"""
)
_SPEED_UNITS = frozenset({"second", "minute", "hour"})
_SPEED_REACH = 72  # characters: a number, a cube's word, a noun and a bracketed conversion


def a_speed(text: str, start: int, unit: str | None) -> bool:
    """Whether the rate of ``unit`` ("per hour", "an hour") at ``start`` is part of a speed
    ("200 miles per hour"): no set of times (TimeML marks no expression of speed)."""
    return unit in _SPEED_UNITS and (
        _SPEED_BEFORE.search(text, max(0, start - _SPEED_REACH), start) is not None
    )


def set_rule(match: Match, ctx: Context) -> Reading | None:
    """ "every night", "each July", "every summer", "every two weeks"."""
    if match.group("season"):  # "every summer": the season of any year
        return Reading("SET", f"XXXX-{SEASONS[match.group('season').lower()][0]}")
    if match.group("month"):
        if not match.group("month")[0].isupper():
            return None
        return Reading("SET", f"XXXX-{month_number(match.group('month')):02d}")
    if match.group("part"):
        return Reading("SET", "P1D")
    unit = unit_of(match.group("unit"))
    if unit is None or a_speed(ctx.text, match.start(), unit):
        return None  # (or "at 200 miles per hour": a speed)
    amount = count(match.group("num")) if match.group("num") else 1.0
    if match.group("other") and amount is not None:  # "every other week": every second one
        amount *= 2
    return Reading("SET", duration_value(amount, unit))


def frequency(match: Match, ctx: Context) -> Reading | None:
    """ "twice a year": the period the rate is counted in."""
    unit = unit_of(match.group("unit"))
    return Reading("SET", duration_value(1.0, unit)) if unit else None
