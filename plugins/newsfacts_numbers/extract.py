"""The numbers of one document, as :class:`~newsfacts_numbers.Quantity` facts."""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import TypeVar

import attrs
import regex

import newsfacts
from newsfacts.plugin import Quantity, SpanSet, compiled, tracing
from newsfacts_numbers import (
    afterthoughts,
    context,
    conversions,
    decades,
    events,
    exchange,
    goods,
    identifiers,
    letter_units,
    levels,
    links,
    local,
    measures,
    multiples,
    range_days,
    ranges,
    scan,
    values,
)
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers.counted import counted, glued_noun
from newsfacts_numbers.loose_ages import age_group, age_pair, both_age, loose_age
from newsfacts_numbers.raw import Raw

_MAX_AGE = 120
_AGE_OPENINGS = (", ", ",\t", " (", "\t(")
# A person's age said alone at the end of a sentence, as obituaries close a paragraph.
# Read backwards from the number (REVERSE, anchored there by \G).
_SAID_AGED = compiled(r"\b(?:[Hh]e|[Ss]he|who) (?:was|is) \G", flags=regex.REVERSE)
# The same before a time or a clause: "who was 10 when they moved", "She will be 41 by
# next spring", "she was 19 at the time"; and in a quote, the speaker's own ("since I was 6,",
# "I'm 83 this year")
_SAID_AGED_WHEN = compiled(
    r"\b(?:(?:[Hh]e|[Ss]he|who) (?:was|is|will be|would be)|I (?:was|am)|I['’]m) \G",
    flags=regex.REVERSE,
)
_SAID_ENDS = ("was ", "is ", "be ", "am ", "'m ", "’m ")  # what the text ends with before it
# A birthday: "He turned 26 in September", "she turns 40 next week" (nothing counted after)
_TURNED = compiled(r"\b(?:turned|turns|turning) \G", flags=regex.REVERSE)
_TURNED_ENDS = ("turned ", "turns ", "turning ")  # what the text ends with before such an age
_BIRTHDAY_AFTER = compiled(r"[.,;:!?)]|\s+(?:in|on|by|last|this|next|and|at|before|after|when)\b")
# An obituary's age: "died on Tuesday at 76", "Ozzy Osbourne dies at 76,", "died in 1925 at
# 24" (at most a few words between the verb and "at", within the clause; nothing counted
# after the number).
_DIED_AT = compiled(
    r"\b(?:died|dies|passed[ \t]away)\b[^.;:!?\n]{0,40}?[ \t]at[ \t]\G", flags=regex.REVERSE
)
_AT_ENDS = ("at ", "at\t")  # what the text ends with before such an age
_NOW_ENDS = (", now ", "(now ")  # what the text ends with before "the woman, now 41,"
# What the text ends with before an age that no mark after it nor "age" before it tells
_AGE_WORDS_BEFORE = (*_NOW_ENDS, *_TURNED_ENDS, *_AT_ENDS, *_SAID_ENDS)
# (or the end of a headline's line: "Jazz pianist Ellen Moore dies at 87")
_DIED_AT_AFTER = compiled(r"[.,;:!?)]|\s+(?:in|on|at|after|following|from|of)\b|[ \t]*+(?:\n|\Z)")
# How far before a number "aged" may stand: "aged between 18 and 25".
_AGE_REACH = 40
# A bare number a few words after a word of temperature is in degrees: "Highs could reach 104
# in St. Louis and 101 in Philadelphia", "the temperature hit 97 on Sunday", "wind chills of
# minus 20".
_TEMPERATURE_BEFORE = compiled(
    r"\b(?i:highs|lows|(?:high|low)[ \t]++of|temperatures?|mercury|heat[ \t]++index"
    r"|wind[ \t]++chills?)\b"
    r"(?:[^.;!?\n]|(?<=\b\p{Lu}\p{Ll}?)\.){0,45}+\Z"  # "St." is no sentence's end
)
# What follows such a number: a mark or a preposition, no counted noun ("a high of 25 schools")
_TEMPERATURE_AFTER = compiled(
    r"[,.;:)]|[ \t]++(?:in|on|at|by|and|or|to|across|for|are|were|degrees?)\b|\Z"
)
_TEMPERATURE_REACH = 60
# A bare number a few words after "life expectancy" is an age in years: "a life expectancy of
# 84", "life expectancy for women in Leeds is about 82" (not "in 40 countries")
_LIFE_EXPECTANCY_BEFORE = compiled(r"\b(?i:life[ \t]++expectancy)\b[^.;!?\n]{0,40}+\Z")
_LIFE_EXPECTANCY_AFTER = compiled(
    r"[,.;:)]|[ \t]++(?:in|on|at|by|and|or|for|from|to|as|while|but|\p{Ll}+(?:ing|ed))\b|\Z"
)
# The degrees news reports, Celsius or Fahrenheit (compared, not looked up in a range: a
# value is a Decimal, and "in range(...)" walks the range for one)
_COLDEST, _HOTTEST = -80, 140
_DIGIT_STARTS = frozenset("-0123456789m")  # how a number in digits starts: "104", "-5", "minus 5"


def extract(document: newsfacts.Document, dates: Sequence[newsfacts.Fact] = ()) -> list[Quantity]:
    """Every number of ``document`` that is not part of a date fact in ``dates``, a name
    ("Boeing 737", "COVID-19", "Section 427"), a phone number or a web address."""
    text = document.text
    raws = _scanned(text, dates)
    conversions.units_of_conversions(text, raws)
    measures.rates_after_brackets(text, raws)
    linked = context.share_units(text, raws)
    context.share_compared_units(text, raws)
    context.share_whole_units(text, raws)
    levels.index_levels(text, raws)
    local.cents_in_currency(text, raws)
    exchange.exchange_rates(text, raws)
    local.shared_currencies(document, raws)
    measures.points_in_games(document, raws)
    letter_units.letter_units(document, raws)
    dollar = local.home_dollar(document) if "$" in text or "dollar" in text else None
    found: list[Quantity] = []
    counts: list[events.Counted] = []
    # Where the event words start, looked for when a count that may have an event first asks
    # (a text of amounts, percentages and goals never does): one scan of the text, a fixed
    # cost of each short article.
    numbers = len(raws)
    event_words = _once(lambda: events.event_starts(text, numbers))
    # the fates of the first words after counts, unless the decisions are traced
    first_fates: dict[tuple[str, bool], str] | None = None if tracing() else {}
    # Each number let go once its fact is built, from the front: a text of numbers holds
    # hundreds of thousands of either.
    raws.reverse()
    while raws:
        raw = raws.pop()
        if raw.kind == "count":  # "$1" is no age: decided without the call
            _age(text, raw)
        elif raw.unit == "year":
            _age_in_years(text, raw)
        if raw.kind == "count" and text[raw.start : raw.start + 1] in _DIGIT_STARTS:
            _temperature(text, raw)  # asked only of counts in digits: a text of numbers has many
            _life_expectancy(text, raw)
        if dollar is not None:
            local.localize(text, raw, dollar)
        phrase, event, phrase_end = None, None, raw.tail
        after = context.qualifier_after(text, raw)
        noun_before = afterthoughts.take_noun(text, raw)  # "another pick or two"
        # A count with a unit is a number of times, counting nothing and no victims: "shot
        # three times", "100 times more potent"
        if raw.kind in ("count", "ordinal", "fraction") and raw.unit is None:
            phrase, event, phrase_end = _counted(
                document, raw, raws, (after, noun_before), first_fates, event_words
            )
            if phrase is not None:
                own = event if raw.kind == "count" else None
                counts.append((len(found), raw.start, phrase_end, phrase, own))
        elif raw.kind == "measure":
            phrase = goods.measured(text, raw, first_fates)  # "1 million barrels of oil"
        found.append(
            # Built directly, as Quantity.at would: a text of numbers builds hundreds of
            # thousands, and the call through ``at`` packs and unpacks every attribute again.
            Quantity(
                text=text[raw.start : raw.end],
                start=raw.start,
                end=raw.end,
                value=values.tidy(raw.value),
                low=None if raw.low is None else values.tidy(raw.low),
                high=None if raw.high is None else values.tidy(raw.high),
                kind=raw.kind,
                unit=raw.unit,
                currency=raw.currency,
                qualifier=context.qualifier(text, raw, after),
                counted=None if phrase is None else glued_noun(text, raw, phrase),
                event=event if raw.kind == "count" else None,
            )
        )
    for index, donor in events.share_events(text, counts).items():
        found[index] = attrs.evolve(found[index], event=found[donor].event)
    for index, phrase in links.compared_counts(text, counts, found).items():
        found[index] = attrs.evolve(found[index], counted=phrase)
    for index in linked:  # from the last: "four-, five- and six-cylinder"
        first, second = found[index], found[index + 1]
        if first.kind == "count" and first.counted is None and second.kind == "count":
            found[index] = attrs.evolve(
                first, counted=second.counted, event=first.event or second.event
            )
    found = measures.scores_in_games(document, found)  # "the Bulls are 5-12": no range
    return measures.degrees_in_scale(text, found) + decades.decade_measures(text)


def _counted(
    document: newsfacts.Document,
    raw: Raw,
    raws: Sequence[Raw],
    after: tuple[regex.Match[str] | None, str | None],
    first_fates: dict[tuple[str, bool], str] | None,
    event_words: Callable[[], list[int] | None],
) -> tuple[str | None, str | None, int]:
    """What the count, ordinal or fraction ``raw`` counts, its event and where its phrase
    ends; ``raws``: the numbers after it, the next one last; ``after``: the qualifier after
    it and the noun before "or" it counts ("another pick or two")."""
    text = document.text
    qualifier_after, noun_before = after
    phrase, event, phrase_end = counted(text, raw, qualifier_after, first_fates)
    # "the number of deaths rose to 45": asked of a count that counts nothing after it only
    phrase = phrase or noun_before or afterthoughts.number_of(text, raw)
    if event is not None and events.released_before(text, raw.start, 0):
        event = None  # "saved 4,000 lives": the lives are not lost
    if phrase is None and raws and _measure_right_after(text, raw, raws[-1]):
        # "eight million 250ml bottles", "six 40-foot containers": the noun after the measure
        # is what is counted
        phrase, event, phrase_end = counted(text, raws[-1], None)
    # A bare count has none in a game's report (see events.event) or in a text without event
    # words: decided without the call (where they were looked for: not None), the report's
    # first (the words are looked for in the whole text).
    if (
        raw.kind == "count"
        and event is None
        and (phrase is not None or (not document.sports_report and event_words() != []))
    ):
        event = events.event(document, raw, phrase, phrase_end, event_words)
    if phrase is not None and raw.kind == "count":
        goods.rate_after(text, raw, phrase, phrase_end)  # "10,000 tests per day"
    return phrase, event, phrase_end


# What a measure or an amount of money that describes what a count counts stands after: one
# space ("six 40-foot containers", "two $5 bills"), or the "of" of a vague count ("hundreds
# of 20-litre jerrycans")
_DESCRIBED_GAPS = frozenset([" ", "\t"])
_VAGUE_DESCRIBED_GAPS = frozenset([" of ", "\tof "])


def _measure_right_after(text: str, raw: Raw, following: Raw) -> bool:
    """Whether ``following``, a measure or an amount right after the count ``raw``,
    describes what it counts: "one 80,000 barrel-a-day plant"."""
    if raw.kind != "count" or following.kind not in ("measure", "money"):
        return False
    if text[raw.start - 1 : raw.start] == "-" or text[following.tail : following.tail + 1] == "-":
        return False  # "a par-three 215-yard hole", "three 18-year-olds": no noun after
    gap = text[raw.tail : following.start]
    return gap in _DESCRIBED_GAPS or (raw.vague and gap.lower() in _VAGUE_DESCRIBED_GAPS)


_T = TypeVar("_T")


def _once(compute: Callable[[], _T]) -> Callable[[], _T]:
    """``compute``, called at most once: its result kept for the calls after. (Not
    functools.cache, whose wrapper takes a short article several µs to build.)"""
    kept: list[_T] = []

    def once() -> _T:
        if not kept:
            kept.append(compute())
        return kept[0]

    return once


def _scanned(text: str, dates: Sequence[newsfacts.Fact]) -> list[Raw]:
    """The numbers of ``text`` outside ``dates`` and names, ranges joined. (Apart from
    :func:`extract`: the hits and spans read here are let go before the facts are built.)"""
    runs = identifiers.digit_runs(text)
    hits = identifiers.digit_hits(text, runs)
    # A duration or a recurrence with a number ("20 minutes", "every 33 years") is a quantity
    # of time as well; a date or a clock time is not.
    points_in_time = [
        (d.start, d.end) for d in dates if getattr(d, "type", None) not in ("DURATION", "SET")
    ]
    days = range_days.closing_days(text, points_in_time)  # "from October 12 to 15"
    claimed = SpanSet.of_spans([*points_in_time, *days, *identifiers.names(text, hits, runs)])
    found = scan.scan(text, claimed, hits)
    folds = multiples.glued(text)  # "sixfold": no word the scan finds
    if folds:
        found = sorted([*found, *folds], key=operator.attrgetter("start"))
    return ranges.join_ranges(text, found)


def _person_noun_before(text: str, raw: Raw) -> bool:
    """ "The student, 20, was from", "the man (31)": a noun for one person before the age."""
    before = text[max(0, raw.start - 20) : raw.start - 2].split()
    noun = before[-1].lower() if before else ""
    return noun.isalpha() and (noun in lx.AGE_NOUNS or noun + "s" in lx.PEOPLE)


def _temperature(text: str, raw: Raw) -> None:
    """ "Highs could reach 104", "the temperature hit 97": a bare whole number after a word of
    temperature is in degrees."""
    if raw.kind != "count" or raw.unit or raw.multiplier != 1:
        return
    if not _COLDEST <= raw.value <= _HOTTEST:
        return
    if not text[raw.start : raw.end].removeprefix("minus ").lstrip("-").isdigit():
        return  # "a season-high five", "one of the highs"; "minus 20" is one
    if _TEMPERATURE_AFTER.match(text, raw.end, None, px.CONCURRENT) is None:
        return
    low = max(0, raw.start - _TEMPERATURE_REACH)
    if _TEMPERATURE_BEFORE.search(text, low, raw.start, px.CONCURRENT) is not None:
        raw.kind, raw.unit = "measure", "degree"


def _life_expectancy(text: str, raw: Raw) -> None:
    """ "a life expectancy of 84": a bare number after "life expectancy" is years of age."""
    if raw.kind != "count" or raw.unit or raw.multiplier != 1:
        return
    low = max(0, raw.start - 60)
    if "xpectancy" not in text[low : raw.start] or not 0 < raw.value <= _MAX_AGE:
        return  # the quick test first: a text of numbers has many
    if _LIFE_EXPECTANCY_AFTER.match(text, raw.end) is None:
        return
    if _LIFE_EXPECTANCY_BEFORE.search(text, low, raw.start) is not None:
        raw.kind, raw.unit = "measure", "year of age"


def _age_in_years(text: str, raw: Raw) -> None:
    """ "under the age of 5 years", "aged 16 years": years of age."""
    if px.AGED.search(text, max(0, raw.start - _AGE_REACH), raw.start) is not None:
        raw.unit = "year of age"


def _age_told(
    text: str, raw: Raw, ends: tuple[str, ...], before: regex.Pattern[str], reach: int
) -> bool:
    """Whether the verb of ``before`` (its last words ``ends``, the quick test before the
    pattern's, read back over ``reach`` characters) tells an age and a time or a clause's
    end follows the number: "She will be 41 by the end of the season", "He turned 58 in June"."""
    return (
        text.endswith(ends, 0, raw.start)
        and before.search(text, max(0, raw.start - reach), raw.start) is not None
        and _BIRTHDAY_AFTER.match(text, raw.end) is not None
    )


def _age(text: str, raw: Raw) -> None:
    """ "Smith, 58, said", "two men aged 19 and 23": an age, in years (NewsQuant counts ages
    as quantities)."""
    # The quick tests first: a bare count ("$1" is no age); then what the text holds around it
    # for one of the readings below (a mark after it, a verb or "age" before it); then a whole
    # value (decimals compare slower than the text is read); the patterns last.
    if raw.kind != "count" or raw.unit or raw.multiplier != 1:
        return
    if loose_age(text, raw) or age_group(text, raw) or age_pair(text, raw) or both_age(text, raw):
        # "Jane Roe, 55 of Dayton", "voters under 30", "The men, 19 and 24, told", "both 31,"
        raw.kind, raw.unit = "measure", "year of age"
        return
    low = max(0, raw.start - _AGE_REACH)
    before = text[low : raw.start]
    aged = "age" in before or "Age" in before
    marked = text[raw.end : raw.end + 1] in (",", ")", ".", ";")  # "Susan Doyle, 62."
    marked = marked or text[raw.end : raw.end + 2] in (" ,", " .")  # tokenized: "Wang , 45 ,"
    if not (aged or marked or text.endswith(_AGE_WORDS_BEFORE, 0, raw.start)):
        return
    if not 0 < raw.value <= _MAX_AGE or raw.value != int(raw.value):
        return
    apposed = marked and text[raw.start - 2 : raw.start] in _AGE_OPENINGS
    if text[raw.end : raw.end + 1] == "." and _SAID_AGED.search(
        text, max(0, raw.start - 9), raw.start
    ):
        raw.kind, raw.unit = "measure", "year of age"  # an obituary's "He was 95."
        return
    if _age_told(text, raw, _SAID_ENDS, _SAID_AGED_WHEN, 14):
        raw.kind, raw.unit = "measure", "year of age"  # "She will be 41 by the end of the season"
        return
    if text.endswith(_NOW_ENDS, 0, raw.start) and text[raw.end : raw.end + 1] in ",.)":
        raw.kind, raw.unit = "measure", "year of age"  # "the woman, now 41, was"
        return
    if _age_told(text, raw, _TURNED_ENDS, _TURNED, 9):
        raw.kind, raw.unit = "measure", "year of age"  # "He turned 26 in September."
        return
    if (
        text.endswith(_AT_ENDS, 0, raw.start)
        and _DIED_AT.search(text, max(0, raw.start - 60), raw.start)
        and _DIED_AT_AFTER.match(text, raw.end)
    ):
        raw.kind, raw.unit = "measure", "year of age"  # "died on Tuesday at 76,"
        return
    if not (apposed or aged):
        return
    if raw.low is not None:  # a range of ages only after "aged": "aged between 18 and 25"
        apposed = False
    if aged and px.AGED.search(text, low, raw.start) is not None:
        raw.kind, raw.unit = "measure", "year of age"
        return
    match = px.AGE.match(text, raw.start) if apposed else None
    if (match is not None and match.end() == raw.end) or (
        apposed and _person_noun_before(text, raw)
    ):
        raw.kind, raw.unit = "measure", "year of age"
