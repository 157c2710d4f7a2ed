"""Find the numbers of a text: one regex scan, then the scale, percent sign and unit around
each candidate. The result is a list of :class:`Raw` numbers, not yet ranges or facts."""

from __future__ import annotations

import functools
from decimal import Decimal

import regex

from newsfacts.plugin import SpanSet, compiled
from newsfacts_numbers import identifiers, sports, values
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers.candidates import candidate_at, cut_off, number_after_symbol, reading
from newsfacts_numbers.measures import code_of, glued_after, per, spaced, unit_of, with_unit
from newsfacts_numbers.raw import Raw
from newsfacts_numbers.units import bare_after, unit_at
from newsfacts_numbers.words_before import name_word_before

# The largest denominator of a mixed number read without a unit after it ("4 2/3 innings")
_MIXED_DENOMINATOR = 16
_HALF_OF = compiled(
    r"(?i:\s+(?:of|the|a|an|its|their|his|her|our|my|your|this|that|these|those|all)\b)"
)
_PERIOD_BEFORE = compiled(r"(?i:\b(?:first|second|1st|2nd|latter)[ \t-]++)\Z")  # "second half"
_HALF_A_SCALE = compiled(r"(?i:\s+an?\s+(?P<scale>hundred|thousand|million|billion|dozen))\b")
_FRACTION_END = compiled(r"(?i:\s+of\b|\s*[.,;:!?)\]]|\s*$)")
_AND_BEFORE = compiled(r"(?i:(?<!\w)and\s+)$")
_DETERMINER_BEFORE = compiled(
    r"(?i:(?<!\w)(?:the|a|its|his|her|their|our|my|your|this|every|each|for)\s+|[’']s\s+)$"
)


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
    # The marks of addresses found once, where there are numbers to test
    marks = identifiers.address_marks(text)
    return [raw for raw in found if not identifiers.in_address(text, raw.start, raw.end, marks)]


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


def _letter_next(text: str, end: int) -> bool:
    """A letter at ``end``, or after one white space or hyphen there: where a scale word may
    start ("5 million", "5m", "a 5-million-year-old fossil")."""
    head = text[end : end + 2]
    return head[:1].isalpha() or ((head[:1].isspace() or head[:1] in "-‑") and head[1:].isalpha())


def _read(text: str, match: regex.Match[str]) -> Raw | None:
    # The group of a branch closes after those inside it: the last one names the branch.
    branch = match.lastgroup
    if branch == "slash":
        return _slash(text, match)
    if branch == "digits":
        return _digits(text, match)
    if branch == "vague":
        if _counted_by_number(text, match) or _another_word(text, match):
            return None
        return _vague(text, match)
    if branch == "fraction":
        return _fraction(text, match)
    if branch == "words":
        return _words(text, match)
    return _ordinal(text, match.start(), match.end())


def _digits(text: str, match: regex.Match[str]) -> Raw | None:
    start, end = match.span()
    cur, sign, cur_sign, num, ordsuf = match.group(*_digit_groups(match.re))
    word = ""
    if cur is None and sign is None:
        before = text[start - 1] if start > 0 else ""
        if before == "S" and _transliterated_pound(text, start, end, num):
            cur, start = "£", start - 2  # "PS8.1bn": the pound's sign, in the span
        elif before.isalpha() or before == "_":
            # "MH17", "A4", "Q3": a code, not a quantity; but "US66.2 cents"
            return _us_cents(text, start, end, values.digits(num))
        else:
            word = _name_word_before(text, start, before)
            if word in lx.NUMBERED_NAMES or word == "#":
                return None  # "Section 427", "Route 66", "#2" (a comment sign in the word list)
    bare = not word and bare_after(text, end)
    value = values.digits(num)
    if ordsuf:
        if not bare and glued_after(text, end):
            return None
        return Raw(start, end, end, value, kind="ordinal")
    if sign or cur_sign:  # "-5", "minus 5", "$-50.8bn"
        value = -value
    raw = Raw(start, end, end, value)
    if cur:
        # A prefix as written is nearly always a key; only a spaced one ("US  $") is respaced.
        code, name, _ = lx.CURRENCY_LOOKUP.get(cur) or lx.CURRENCY_LOOKUP[" ".join(cur.split())]
        raw.kind, raw.currency, raw.unit = "money", code, name
    if bare:
        return raw  # no scale, unit, rate nor letter after it, nor a unit before it
    # "4 hundred million": scales multiply, up to two of them.
    for _ in range(2):
        if not _letter_next(text, raw.end):
            break
        scale = px.SCALE.match(text, raw.end)
        if scale is None or not _is_scale(text, scale, raw.currency is not None):
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


def _name_word_before(text: str, start: int, before: str) -> str:
    """The word before the number at ``start``, ``before`` the character there (see
    :func:`name_word_before`), with its quick test made first: after a mark, or one space after
    a digit or mark ("12 345"), no word stands before the number."""
    near = text[start - 2] if start >= 2 and before.isspace() else before
    may_word = near.isspace() or near.isalpha() or near in "#&."
    return name_word_before(text, start) if may_word else ""


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
    if after is not None:
        return unit_of(after)[1] in ("money", "measure")
    if scale.group("spaced"):
        return False
    word = px.NEXT_WORD.match(text, scale.end())
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
    denominator = int(match.group("denominator"))
    whole = match.group("whole")
    if denominator == 0 or not (_HALF_OF.match(text, end) or unit_at(text, end)):
        if whole is None:
            return None
        numerator = int(match.group("numerator"))
        if 0 < numerator < denominator <= _MIXED_DENOMINATOR:  # "4 2/3 innings", "1 1/2 games"
            value = Decimal(int(whole)) + Decimal(numerator) / Decimal(denominator)
            return with_unit(text, Raw(start, end, end, value))
        # "won 3 1/2" with no unit: the whole number alone, the fraction read next
        whole_end = start + len(whole)
        return with_unit(text, Raw(start, whole_end, whole_end, values.digits(whole)))
    value = Decimal(int(match.group("numerator"))) / Decimal(denominator)
    if whole is None:
        return with_unit(text, Raw(start, end, end, value, kind="fraction"))
    return with_unit(text, Raw(start, end, end, Decimal(int(whole)) + value))


def _words(text: str, match: regex.Match[str]) -> Raw | None:
    # "five six": the first word alone, the scan resumes after it
    read = reading(match.group())  # the group "words" spans the match
    if read is None or (read.alone and read.scale > 1):
        return None  # "R2.3 billion": a scale alone is the unread amount's, no number
    if name_word_before(text, match.start()) in lx.RANK_WORDS:
        return None  # "the world number one", "the number two seed": a rank
    if match.group().lower() == "hundred" and sports.century(text, match.start(), match.end()):
        return None  # "Babar reached his hundred off 98 balls": a batsman's century
    end = match.start() + read.length
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
    ``data/vague_needs_after.tsv`` ("close of play scores", "Doncic scores 41")."""
    needs = lx.VAGUE_NEEDS_AFTER.get(match.group("vague").lower())
    if needs is None:
        return False
    after = px.NEXT_WORD.match(text, match.end(), match.end() + px.AFTER_REACH)
    return after is None or after.group(px.W).lower() not in needs


def _vague(text: str, match: regex.Match[str]) -> Raw:
    """ "hundreds of drones"; "tens of thousands of dollars" is money, "hundreds of miles" a
    measure, and so are "several thousand dollars", "a few hundred miles"."""
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


def _fraction(text: str, match: regex.Match[str]) -> Raw | None:
    part = match.group("part").lower()
    parts_word = (match.group("parts") or "").lower()
    count = Decimal(1) if parts_word in ("", "a", "an") else values.words(parts_word) or Decimal(1)
    value = count * Decimal(lx.FRACTIONS[part])
    start, end = match.start(), match.end()
    if parts_word in ("a", "an") and _AND_BEFORE.search(text, max(0, start - 5), start):
        return None  # "a year and a half": part of a duration
    of_unit = _part_of_unit(text, end, part, parts_word)
    if of_unit is not None:  # "a quarter point", "a half-mile", "half an hour"
        raw = with_unit(text, Raw(start, of_unit, of_unit, value, kind="fraction"))
        if raw is not None and raw.end == of_unit:
            raw.end = end  # the span of "half an hour" is "half"
        return raw
    if part in ("half", "halves"):
        scaled = _HALF_A_SCALE.match(text, end, end + px.AFTER_REACH)
        if scaled is not None and not parts_word:  # "half a million" is a count
            multiplier = lx.NUMBER_WORDS[scaled.group("scale").lower()][0]
            return with_unit(text, Raw(start, scaled.end(), scaled.end(), value * multiplier))
        if not parts_word and not _HALF_OF.match(text, end):
            return None  # "second half", "half-staff"
        if not parts_word and _PERIOD_BEFORE.search(text, max(0, start - 8), start):
            return None  # "the second half of the game", "the first half of the year": periods
        return Raw(start, end, end, value, kind="fraction")
    plural = part.endswith("s")
    if plural and value >= 1:
        return None  # "in five quarters": periods of a year or game (dates reads them)
    # several of a singular part only hyphenated: "three-quarter of a length", not "the par-three
    # third"
    one_part = count == 1 or text.startswith(("-", "‑"), match.end("parts"))
    if (plural and count > 1) or (parts_word and one_part and _fraction_ends(text, start, end)):
        return Raw(start, end, end, value, kind="fraction")
    if part not in lx.ORDINAL_WORDS:
        return None
    if parts_word in ("", "a", "an"):
        return _ordinal(text, match.start("part"), end)  # "a third round", "the third time"
    if count == 1 and not text.startswith(("-", "‑"), end):
        return Raw(start, end, end, value, kind="fraction")  # "one fifth opposed it"
    # "the par-five fourth hole", "one third-party candidate": a count, the rank read next
    parts_end = match.end("parts")
    return Raw(start, parts_end, parts_end, count)


def _fraction_ends(text: str, start: int, end: int) -> bool:
    """Whether "a third" (at ``start``..``end``) is a part, no rank: before "of" or a mark,
    or after "by" before a word of time or place ("fell by a third last year", "rose by a
    third in May"; a rank has its noun after it: "won by a third-round knockout")."""
    if _FRACTION_END.match(text, end):
        return True
    return text.endswith("by ", max(0, start - 3), start) and bool(
        _BY_FRACTION_END.match(text, end)
    )


# Words after "by a third" that are no noun it ranks: "fell by a third last year"
_BY_FRACTION_END = compiled(
    r"(?i:\s+(?:in|on|at|since|from|to|over|last|this|next|compared|after|before|between"
    r"|during|than|year|against|while|as|and|but)\b)"
)


# "half a" or "half an" before a unit: "half a percentage point", "half an hour"
_A_BEFORE_UNIT = compiled(r"[ \u00a0]++an?(?=[ \u00a0])")
# "of a" before a unit: "a quarter of a percentage point", "two-thirds of a mile"
_OF_A_BEFORE_UNIT = compiled(r"[ \u00a0]++of[ \u00a0]++an?(?=[ \u00a0])")


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


def _ordinal(text: str, start: int, end: int) -> Raw | None:
    word = text[start:end].lower()
    if word == "second" and not _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return None  # "a second" of time, "second" the verb
    return Raw(start, end, end, values.ordinal(word), kind="ordinal")
