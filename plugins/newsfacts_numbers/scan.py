"""Find the numbers of a text: one regex scan, then the scale, percent sign and unit around
each candidate. The result is a list of :class:`Raw` numbers, not yet ranges or facts."""

from __future__ import annotations

import functools
from decimal import Decimal

import regex

from newsfacts.plugin import SpanSet, compiled
from newsfacts_numbers import identifiers, letter_signs, sections, spelled, sports, values
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers.candidates import candidate_at, cut_off, number_after_symbol
from newsfacts_numbers.measures import glued_after, per, unit_of, with_unit
from newsfacts_numbers.money_ranges import after_money_dash
from newsfacts_numbers.raw import Raw
from newsfacts_numbers.units import bare_after, unit_at
from newsfacts_numbers.words_before import name_word_before, whole_word_before

# The largest denominator of a mixed number read without a unit after it ("4 2/3 innings")
_MIXED_DENOMINATOR = 16
# The largest denominator of a mixed number joined by a hyphen: a price of bonds is written
# in 32nds and 64ths of a point ("98-14/32"), the hyphen telling the whole and its part apart
_JOINED_DENOMINATOR = 64
# The parts of a point a price moves by, as market reports write them: halves to 64ths
_POINT_PARTS = frozenset({2, 4, 8, 16, 32, 64})
# A count of times after a word that numbers a name: "swam the English Channel 43 times" is
# a count, as "Channel 4" is not
_TIMES_AFTER = compiled(r"[ \t]++times\b")
# A prefix of time glued before a fraction with a slash, which makes it a day: "post-9/11"
_DAY_PREFIX = compiled(r"(?i:\b(?:post|pre)-)\Z")


def scan(text: str, skip: SpanSet, hits: list[int] | None = None) -> list[Raw]:
    """The numbers of ``text`` outside the stretches ``skip`` covers and outside web and
    e-mail addresses, in text order. ``hits``: :func:`digit_hits` of ``text``."""
    found: list[Raw] = []
    consumed = 0
    # The hits are listed first, in C, before the Python-level work per hit.
    hits = identifiers.digit_hits(text) if hits is None else list(hits)
    # No timeout: a trie of literal words between word boundaries cannot backtrack.
    hits += px.HIT_WORDS.starts(text)
    hits.sort()
    skipping = len(skip) > 0
    for index, at in enumerate(hits):
        if at < consumed or (text[at - 1] in ".," and text[at].isdecimal() and cut_off(text, at)):
            continue
        if skipping and index + 1 < len(hits) and skip.contains(at, hits[index + 1] + 1):
            # This hit and the next are inside one date or name: a number read here would be
            # dropped. The last hit inside is read, for where the scan resumes after it.
            continue
        if (
            text[at] in px.CURRENCY_SYMBOLS
            and not text[at + 1 : at + 2].isdecimal()  # "$5", decided without the call
            and not number_after_symbol(text, at)
        ):
            continue  # no number after the symbol: no candidate holds it
        match = candidate_at(text, at)
        if match is None:
            continue
        if skipping and _read_for_nothing(
            text, skip, match, hits[index + 1] if index + 1 < len(hits) else None
        ):
            continue
        # digits, the common branch, read without the dispatch of _read
        raw = _digits(text, match) if match.lastgroup == "digits" else _read(text, match)
        if raw is None:
            consumed = match.end()
            continue
        consumed = raw.tail
        if skipping and skip.overlaps(raw.start, raw.end):
            continue
        found.append(raw)
    if not found or not ("://" in text or "www." in text or "@" in text):
        return found
    return _outside_addresses(text, found)


def _outside_addresses(text: str, found: list[Raw]) -> list[Raw]:
    """The numbers of ``found`` (in text order) outside web and e-mail addresses: only those
    with a mark of one within reach are read by :func:`identifiers.in_address`. The marks,
    found once, are walked along with the numbers: a long text cites an address or two, and
    a call for each of its hundreds of numbers to tell none is near cost more than the rest
    of this test."""
    marks = identifiers.address_marks(text)
    reach = identifiers.URL_REACH
    kept: list[Raw] = []
    index = 0  # the first mark that is not out of reach before the number
    for raw in found:
        while index < len(marks) and marks[index] < raw.start - reach:
            index += 1
        near = index < len(marks) and marks[index] < raw.end + reach
        if not (near and identifiers.in_address(text, raw.start, raw.end)):
            kept.append(raw)
    return kept


def _read_for_nothing(text: str, skip: SpanSet, match: regex.Match[str], after: int | None) -> bool:
    """Whether reading the candidate ``match`` gives nothing: its number (which starts within
    it) lies in a stretch ``skip`` covers, so is dropped, and what its reading consumes
    cannot reach the next hit, at ``after``: a run of digits past the candidate, none of
    which a scale, unit or rate read after a number holds but after a letter ("km2"). The
    last number of a date or a clock time, where the scan resumes after it."""
    if not skip.contains(match.start(), match.end()):
        return False
    if after is None:
        return True
    return match.end() <= after and text[after].isdecimal() and not text[after - 1].isalpha()


def _scale_next(text: str, end: int) -> bool:
    """A scale's first letter at ``end``, or after one white space or hyphen there: where a
    scale word may start ("5 million", "5m", "a 5-million-year-old fossil"; not "5 per
    cent", where a try of SCALE costs some 7,000 instructions to fail)."""
    head = text[end : end + 2]
    first, second = head[:1], head[1:]
    return first in px.SCALE_FIRST or (
        (first.isspace() or first in "-‑") and second in px.SCALE_FIRST
    )


def _read(text: str, match: regex.Match[str]) -> Raw | None:
    # The group of a branch closes after those inside it: the last one names the branch.
    branch = match.lastgroup
    if branch == "slash":
        return _slash(text, match)
    if branch == "digits":
        return _digits(text, match)
    if branch == "vague":
        return spelled.vague(text, match)
    if branch == "fraction":
        return spelled.fraction(text, match)
    if branch == "words":
        return spelled.cardinals(text, match)
    return spelled.ordinal(text, match.start(), match.end())


def _digits(text: str, match: regex.Match[str]) -> Raw | None:
    start, end = match.span()
    cur, sign, cur_sign, num, ordsuf = match.group(*_digit_groups(match.re))
    word = ""
    money = _prefix_money(cur)
    if cur is None and sign is None:
        before = text[start - 1] if start > 0 else ""
        glued = _glued_sign(text, start, end, num) if before.isupper() else None
        if glued is not None:
            money, start = glued[0], start - glued[1]  # "PS8.1bn", "R75 billion": in the span
        elif before.isalpha() or before == "_":
            # "MH17", "A4", "Q3": a code, not a quantity; but "US66.2 cents"
            return _us_cents(text, start, end, values.digits(num))
        else:
            word = _name_word_before(text, start, before)
            if word and _named(text, word, end, num):
                return None
    bare = not word and bare_after(text, end)
    value = values.digits(num)
    if ordsuf:
        if not bare and glued_after(text, end):
            return None
        return Raw(start, end, end, value, kind="ordinal")
    if sign or cur_sign:  # "-5", "minus 5", "$-50.8bn"
        value = -value
    raw = Raw(start, end, end, value)
    if money is not None:
        raw.kind, (raw.currency, raw.unit) = "money", money
    if bare:
        return raw  # no scale, unit, rate nor letter after it, nor a unit before it
    # "4 hundred million": scales multiply, up to two of them.
    for _ in range(2):
        if not _scale_next(text, raw.end):
            break
        scale = px.SCALE.match(text, raw.end, None, px.CONCURRENT)
        if scale is None or not _is_scale(
            text, scale, raw.currency is not None or after_money_dash(text, start)
        ):
            break
        if (
            raw.currency is None
            and scale.group() == "m"
            and sports.race(text, start, num, scale.end())
        ):
            break  # "won the 1500m": metres
        word = scale.group("scale") or scale.group("money_scale")
        multiplier = (lx.SCALES.get(word) or lx.SCALES[word.lower()])[0]
        raw.multiplier *= multiplier
        raw.value *= multiplier
        raw.end = raw.tail = scale.end()
    if word and word.lower() in lx.UNITS_BEFORE and not ordsuf:
        raw.kind, raw.unit = "measure", lx.UNIT_LOOKUP[word.lower()][0]
        return per(text, raw)  # "magnitude 6.2": the unit is written before
    return with_unit(text, raw)


_DIGIT_GROUPS = ("cur", "sign", "cur_sign", "num", "ordsuf")


# One entry per candidate pattern (CANDIDATE, DIGIT_CANDIDATE, DIGITS_CANDIDATE and the word
# patterns).
@functools.cache
def _digit_groups(pattern: regex.Pattern[str]) -> tuple[int, ...]:
    """The indexes in ``pattern`` of the groups of the digits branch: groups read by index,
    not by name, cost a sixth (a text of numbers reads them for every number)."""
    return tuple(pattern.groupindex[name] for name in _DIGIT_GROUPS)


# Cents after "US" glued to their number: "the Australian dollar bought US66.2 cents",
# "US58.3c", as papers outside the US write the US dollar's cents
_US_BEFORE = compiled(r"(?<![\p{L}\d_])US\Z")
_CENTS_AFTER = compiled(r"[ \t]?(?:cents?\b|c(?![\p{L}\d]))")


def _us_cents(text: str, start: int, end: int, value: Decimal) -> Raw | None:
    """ "US66.2 cents": an amount of US cents, the "US" in its span; else None (a code)."""
    cents = _CENTS_AFTER.match(text, end)
    if cents is None or _US_BEFORE.search(text, max(0, start - 3), start) is None:
        return None
    raw = Raw(start - 2, end, cents.end(), value, kind="money", unit="cent", currency="USD")
    return per(text, raw)


def _named(text: str, word: str, end: int, num: str) -> bool:
    """Whether the digits ``num``, which end at ``end`` after ``word``, are part of a name."""
    if (word in lx.NUMBERED_NAMES or word == "#") and not _TIMES_AFTER.match(text, end, end + 12):
        return True  # "Section 427", "Route 66", "#2" (a comment sign in the word list)
    # "a World Cup group 8 qualifier", "a Group 1 race"
    return word in lx.SECTION_WORDS and sections.names_section(text, word, end, values.digits(num))


def _name_word_before(text: str, start: int, before: str) -> str:
    """The word before the number at ``start``, ``before`` the character there (see
    :func:`name_word_before`), with its quick test made first: after a mark, or one space after
    a digit or mark ("12 345"), no word stands before the number. A unit written before the
    number is that word also when a hyphen or "of" joins them ("a magnitude-7.7 earthquake",
    "a preliminary magnitude of 7.1")."""
    if before == "-":
        joined = name_word_before(text, start - 1)
        return joined if joined.lower() in lx.UNITS_BEFORE else ""
    near = text[start - 2] if start >= 2 and before.isspace() else before
    may_word = near.isspace() or near.isalpha() or near in "#&."
    word = name_word_before(text, start) if may_word else ""
    if word == "of":
        joined = name_word_before(text, start - len(" of "))
        return joined if joined.lower() in lx.UNITS_BEFORE else word
    return word


def _prefix_money(cur: str | None) -> tuple[str, str] | None:
    """The (code, unit) of the currency prefix ``cur`` a candidate holds ("$", "US$ "), or
    None."""
    if not cur:
        return None
    # A prefix as written is nearly always a key; only a spaced one ("US  $") is respaced.
    code, name, _ = lx.CURRENCY_LOOKUP.get(cur) or lx.CURRENCY_LOOKUP[" ".join(cur.split())]
    return code, name


def _glued_sign(text: str, start: int, end: int, num: str) -> tuple[tuple[str, str], int] | None:
    """The currency of a sign glued before the number at ``start``, which no candidate holds,
    as (code, unit), and its width: the pound's as ASCII transliteration writes it ("PS8.1bn")
    and the letters of :mod:`letter_signs` ("R75 billion", "N1.2trn"); else None."""
    if text[start - 1] == "S" and _transliterated_pound(text, start, end, num):
        code, name, _ = lx.CURRENCY_LOOKUP["£"]
        return (code, name), 2
    letter = letter_signs.currency_before(text, start, end, num)
    return None if letter is None else (letter, 1)


def _transliterated_pound(text: str, start: int, end: int, num: str) -> bool:
    """ "PS8.1bn", "PS21,700": the pound sign as ASCII transliteration writes it ("£" becomes
    "PS"), read only before decimals, thousands or a scale: "PS5" is a games console."""
    if not text.endswith("PS", 0, start) or (start > 2 and text[start - 3].isalnum()):
        return False
    return "," in num or "." in num or px.SCALE.match(text, end) is not None


def _is_scale(text: str, scale: regex.Match[str], money: bool) -> bool:
    """ "€40m", "40m euros", "35m of its devices" are millions; "100m sprint", "a 5m wall"
    and a bare "40m" are metres. Spaced, a millions only of money: "£5 m", "5 m euros", but
    "a 5 m wall", "5 m of cable" are metres."""
    if scale.group("scale") or money:
        return True
    after = unit_at(text, scale.end())
    if after is not None:  # "40m euros", "12m times"; "the 100m sprint" has none
        return unit_of(after)[1] in ("money", "measure", "count")
    if scale.group("spaced"):
        return False
    word = px.NEXT_WORD.match(text, scale.end(), None, px.CONCURRENT)
    return word is not None and word.group(px.W).lower() not in lx.METRE_CONTEXT


def _slash(text: str, match: regex.Match[str]) -> Raw | None:
    """ "1/2 pound", "1/16 of a pint": a fraction only before a unit or "of"; "9/11" is not.
    After a whole number, one number: "9 1/4 cents" is 9.25 cents, "15½ games" 15.5 games."""
    start, end = match.span()
    glyph = match.group("glyph")
    if glyph is not None:
        numerator, denominator = px.VULGAR_FRACTIONS[glyph]
        value = Decimal(int(match.group("glued"))) + Decimal(numerator) / Decimal(denominator)
        return with_unit(text, Raw(start, end, end, value))
    if match.group("joined"):
        return _joined(text, match)
    denominator = int(match.group("denominator"))
    whole = match.group("whole")
    if denominator == 0 or not (spelled.HALF_OF.match(text, end) or unit_at(text, end)):
        numerator = int(match.group("numerator"))
        if whole is None:
            return _price_move(text, match, numerator, denominator)
        if 0 < numerator < denominator <= _MIXED_DENOMINATOR:  # "4 2/3 innings", "1 1/2 games"
            value = Decimal(int(whole)) + Decimal(numerator) / Decimal(denominator)
            return with_unit(text, Raw(start, end, end, value))
        # "won 3 1/2" with no unit: the whole number alone, the fraction read next
        whole_end = start + len(whole)
        return with_unit(text, Raw(start, whole_end, whole_end, values.digits(whole)))
    if whole is None and _names_a_day(text, start, end):
        return None  # "flew on 9/11 the whole day": a day's name before a determiner, no part
    value = Decimal(int(match.group("numerator"))) / Decimal(denominator)
    if whole is None:
        return with_unit(text, Raw(start, end, end, value, kind="fraction"))
    return with_unit(text, Raw(start, end, end, Decimal(int(whole)) + value))


def _names_a_day(text: str, start: int, end: int) -> bool:
    """A bare fraction from ``start`` to ``end`` after a word of ``data/day_name_words.txt``
    ("on", "since", "after") or glued to "post-" or "pre-", before no unit nor "of", is a
    month and a day, as "9/11" and "1/6" name events: "flags flew on 9/11 the whole day",
    "post-9/11 those rules"; "1/2 the price", "on 1/2 acre", "on 1/3 of the land" stay parts."""
    word = whole_word_before(text, start).lower()
    if word not in lx.DAY_NAME_WORDS and not _DAY_PREFIX.search(text, max(0, start - 5), start):
        return False
    return px.OF.match(text, end, end + px.AFTER_REACH) is None and unit_at(text, end) is None


def _joined(text: str, match: regex.Match[str]) -> Raw | None:
    """ "52-3/8", "98-14/32", "3-1/2 percent": a whole number and a fraction of one joined by a
    hyphen, as market reports write prices and rates, is one number (52.375), unit or not.
    "10-15/20" is none: its first number, read as the digits branch reads it."""
    start, end = match.span()
    numerator, denominator = int(match.group("numerator")), int(match.group("denominator"))
    if not 0 < numerator < denominator <= _JOINED_DENOMINATOR:
        digits = px.DIGITS_CANDIDATE.match(text, start, None, px.CONCURRENT)
        return None if digits is None else _digits(text, digits)
    value = Decimal(int(match.group("whole"))) + Decimal(numerator) / Decimal(denominator)
    return with_unit(text, Raw(start, end, end, value))


def _price_move(text: str, match: regex.Match[str], numerator: int, denominator: int) -> Raw | None:
    """ "Acme eased 1/8", "bonds were off 12/32": a bare fraction before no unit, in halves
    to 64ths, right after a word of a price's move (``data/move_words.txt``), is the move, in
    points (0.125); elsewhere such a fraction is no number ("9/11", "the 1/2 price")."""
    if denominator not in _POINT_PARTS or not 0 < numerator < denominator:
        return None
    start, end = match.span()
    if whole_word_before(text, start).lower() not in lx.MOVE_WORDS:
        return None
    return with_unit(text, Raw(start, end, end, Decimal(numerator) / Decimal(denominator)))
