"""The compiled regular expressions, built once from the tables in ``data/``: at import, or
(``WORD_CANDIDATES``) when first used.

Every pattern is linear: alternations of literals, bounded repetitions, no nested
quantifiers over overlapping classes. The patterns the events check reads are in
:mod:`newsfacts_numbers.event_patterns`.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newsfacts.plugin import Patterns, compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.caseless import CaselessWords

# The ``concurrent`` argument of the regex module's match and search (their fourth, passed by
# position: by keyword the module parses the arguments anew, slower) for the patterns tried
# at every number and the checks around a number's reading (its scale, unit, rate, qualifier,
# what it counts): False keeps the GIL through a try, where the module would let go of it and
# take it back around each (some 1,100 instructions a call).
CONCURRENT = False


# Digits in groups of three ("1,307,000"); or as South Asian news groups them, three last and
# pairs before ("1,20,717" for 120717, "5,00,000" for five lakh, "1,25,00,000" for 1.25 crore):
# tried second, so a number in threes reads as before, and "1,20,717" is no longer read as 1
# (the lookbehind of the digits branch turned its other digits down)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?!,?\d)(?:\.\d+)?|\d+(?:\.\d+)?"
_CARDINALS = [w for w in lx.NUMBER_WORDS if w != "dozen"]
_WORD = lx.alternation([*_CARDINALS, "dozen"])
_TENS_WORDS = [w for w, (_, role) in lx.NUMBER_WORDS.items() if role == "tens"]
_TENS = lx.alternation(_TENS_WORDS)
_BIG = lx.alternation(w for w, (_, role) in lx.NUMBER_WORDS.items() if role in ("hundred", "scale"))
_FRACTION_COUNTS = [
    "a",
    "an",
    *(w for w, (v, r) in lx.NUMBER_WORDS.items() if r in ("digit", "teen") and v),
]
_FRACTION_COUNT = lx.alternation(_FRACTION_COUNTS)

# At most ten more words: a number is never longer, and a bound keeps "one one one ..."
# linear (each hit would otherwise match the whole run again).
_MORE_WORDS = 10


def _words_branch(more: int) -> str:
    """The branch of spelled-out cardinals, with at most ``more`` words after the first."""
    return (
        r"(?P<words>(?<!\w)(?i:"
        rf"(?:an?\s+(?=(?:{_BIG}|dozen)\b))?(?:{_WORD})"
        rf"(?:(?:(?<=(?:{_BIG}))\s+and\s+|[\s-]+)(?:{_WORD})){{0,{more}}}"
        rf"(?:[\s-]+and[\s-]+a[\s-]+half(?:\s+(?:{_BIG}))?)?)(?!\w))"
    )


# The first characters of the currency prefixes, for a lookahead before their alternation
_PREFIX_HEADS = "".join(sorted({regex.escape(prefix[0]) for prefix in lx.CURRENCY_PREFIXES}))
# One scan finds every candidate; the named group says which kind of expression it is.
#: The fractions Unicode writes in one character: (numerator, denominator).
VULGAR_FRACTIONS = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
    "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8),
    "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
}  # fmt: skip
_VULGAR = "".join(VULGAR_FRACTIONS)
#: What may follow a number within SLASH_REACH when it holds a fraction.
FRACTION_MARKS = frozenset("/⁄" + _VULGAR)
# An ordinal's suffix after a space, as a web page's superscript ("38<sup>th</sup>") reads once
# its tags are gone: "Suroor's 38 th win"; only the suffix the number's last digits take
# ("21 st", "22 nd", "13 th"), in lower case and before no letter ("42 St" is a street).
_SPACED_SUFFIX = (
    r"[ ](?=[nrst][dht](?!\w))"
    r"(?:(?<=(?<!1)1[ ])st|(?<=(?<!1)2[ ])nd|(?<=(?<!1)3[ ])rd|(?<=(?:1\d|[04-9])[ ])th)"
)
_BRANCHES = {
    # fractions written with a slash, after a whole number or not ("1/2 pound", "1/16 of a
    # pint", "9 1/4 cents"; joined by a hyphen as market prices write them: "up 3/4 at
    # 52-3/8", "3-1/2 percent"), or in one character after a whole number ("15½ games", "2 ½
    # inches")
    "slash": r"(?P<slash>(?<![\d/⁄.,])"
    r"(?:(?P<whole>\d{1,3})(?:[ \u00a0]|(?P<joined>-)))?"
    r"(?P<numerator>\d{1,2})[/⁄](?P<denominator>\d{1,3})"
    rf"|(?P<glued>\d{{1,3}})[ \u00a0]?(?P<glyph>[{_VULGAR}])"
    r")(?![\d/⁄])",
    # digits, with an optional sign and currency symbol or code ("-5", "$3", "US$ 5", "USD1");
    # each optional part behind a lookahead of the characters it may start with, which turns
    # it down at a digit several times faster than its alternation does
    "digits": r"(?P<digits>"
    r"(?:(?=[-−–mM])"
    r"(?P<sign>(?<![\w.,\-–−%])[-−–](?=[$£€¥]?\d)|(?i:(?<!\w)(?<!plus or )minus[\s\-]+)))?"
    rf"(?:(?=[{_PREFIX_HEADS}])(?<!\p{{L}})(?P<cur>{lx.alternation(lx.CURRENCY_PREFIXES)})"
    r"\s?(?P<cur_sign>[-−])?)?"
    rf"(?<![\d.,])(?P<num>{_DIGITS}|(?<![\w.,])\.\d+)(?P<ordsuf>st|nd|rd|th|{_SPACED_SUFFIX})?"
    r")",
    # vague counts ("hundreds of", "tens of thousands")
    "vague": rf"(?P<vague>(?<!\w)(?i:{lx.alternation(lx.VAGUE)})(?!\w))",
    # fractions ("a third", "two-thirds", "half")
    "fraction": rf"(?P<fraction>(?<!\w)(?i:(?:(?P<parts>{_FRACTION_COUNT})[\s-]+)?"
    rf"(?P<part>{lx.alternation(lx.FRACTIONS)}))(?!\w))",
    # spelled-out ordinals ("third", "twenty-first")
    "ordinal": rf"(?P<ordinal>(?<!\w)(?i:(?:(?:{_TENS})[\s-])?"
    rf"(?:{lx.alternation(lx.ORDINAL_WORDS)}))(?!\w))",
    # spelled-out cardinals ("a dozen", "twenty-eight thousand", "two and a half")
    "words": _words_branch(_MORE_WORDS),
}
CANDIDATE = compiled("|".join(_BRANCHES.values()))
#: CANDIDATE at a digit, a currency symbol or a sign: only the branches that hold digits (the
#: others read letters only, so cannot match there), the same match, tried faster.
DIGIT_CANDIDATE = compiled("|".join(_BRANCHES[name] for name in ("slash", "digits")))
#: DIGIT_CANDIDATE without its fractions written with a slash, the same match where no slash
#: follows within SLASH_REACH characters: the slash branch costs as much as the digits to
#: turn down at every number.
DIGITS_CANDIDATE = compiled(_BRANCHES["digits"])
#: How far after where it starts the slash of a fraction is at most: "100 15/16".
SLASH_REACH = 7


def _first_words(phrases: Iterable[str]) -> set[str]:
    """The first word of each phrase, lower-cased: "tens" of "tens of thousands"."""
    return {match.group().lower() for match in map(_RUN_OF_WORD.match, phrases) if match}


_RUN_OF_WORD = compiled(r"\w+")
# The words each branch of CANDIDATE may start with; "minus" and the currency codes may also
# start the digits branch ("minus 5", "USD 5").
_BRANCH_FIRST_WORDS = {
    "vague": _first_words(lx.VAGUE),
    "fraction": _first_words([*_FRACTION_COUNTS, *lx.FRACTIONS]),
    "ordinal": _first_words([*_TENS_WORDS, *lx.ORDINAL_WORDS]),
    "words": _first_words(["a", "an", *_CARDINALS, "dozen"]),
}
_DIGITS_OPENERS = _first_words(["minus", *(p for p in lx.CURRENCY_PREFIXES if p[:1].isalpha())])


def _word_candidates(branches: dict[str, str]) -> Patterns:
    branches_of = {
        word: tuple(name for name, words in _BRANCH_FIRST_WORDS.items() if word in words)
        for word in set().union(*_BRANCH_FIRST_WORDS.values()) - _DIGITS_OPENERS
    }
    # Words of the same branches share one pattern, compiled when one of them is first met.
    return Patterns(
        {w: "|".join(branches[name] for name in names) for w, names in branches_of.items()}
    )


#: CANDIDATE for a candidate that starts with a number word (the key, lower-cased): only the
#: branches that can start with that word, in CANDIDATE's order, so the same match; the other
#: branches' case-insensitive tries took most of the time of a text of number words.
WORD_CANDIDATES = _word_candidates(_BRANCHES)
#: WORD_CANDIDATES reading at most two words of spelled-out cardinals: enough to tell that
#: the first two do not form one number ("one two three ..."), which a text of number words
#: shows at nearly every word, where the whole run of words costs ten times more to match.
TWO_WORD_CANDIDATES = _word_candidates({**_BRANCHES, "words": _words_branch(1)})
RUN_OF_WORD = _RUN_OF_WORD

# Where a candidate may be: a digit, a currency symbol or a number word. Scanning the whole
# text with CANDIDATE is slow (every position tries every branch); this scan is fast, and
# CANDIDATE then runs anchored at each hit.
_HIT_WORDS = [
    *lx.NUMBER_WORDS,
    *lx.ORDINAL_WORDS,
    *lx.FRACTIONS,
    *(
        phrase.split()[0] if phrase.split()[0] not in ("a", "several") else phrase.split()[1]
        for phrase in lx.VAGUE
    ),
    "several",
]
# (A word boundary outside the case-insensitive group is checked much faster.)
# Two scans, merged: apart they are faster than one alternation of both (a digit run and a
# number word never overlap).
CURRENCY_SYMBOLS = "$£€¥₹₴₽₪₩₦₱₺"
# A run of digits: where a number may start, with the currency symbols (see
# identifiers.digit_hits).
DIGIT_RUN = compiled(r"\d+")
# The same in a text of ASCII alone, where "\d" matches these ten digits and no other: the
# scan tests each character against a range, not a Unicode property (half the cost of a
# text's scan, which reads every character).
ASCII_DIGIT_RUN = compiled(r"[0-9]+")
# What must follow a currency symbol for a candidate to hold it: the rest of a prefix ("$US"),
# a space, a sign, then the number. Checked before the candidate is tried at a symbol: a run
# of "$$$$" would otherwise cost several failed tries of the whole pattern per symbol.
_SYMBOL_TAILS = {
    prefix[index + 1 :]
    for prefix in lx.CURRENCY_PREFIXES
    for index, char in enumerate(prefix)
    if char in CURRENCY_SYMBOLS and prefix[index + 1 :]
}
NUMBER_AFTER_SYMBOL = compiled(rf"(?:{lx.alternation(_SYMBOL_TAILS)})?\s?[-−]?\.?\d")
# (Found in the lowered text, see caseless.)
HIT_WORDS = CaselessWords.of(_HIT_WORDS, after=r"\b")
# What a candidate may start with before its hit: "a" ("a dozen"), a sign, a currency prefix.
_SPACED_PREFIX_HEADS = [p.rsplit(" ", 1)[0] for p in lx.CURRENCY_PREFIXES if " " in p]
# Searched backwards from the hit (REVERSE, anchored there by \G): one attempt, not one per
# position of the window.
BACK = compiled(
    r"(?:(?i:(?<!\w)(?:an?|several)\s+|(?<!\w)minus[\s-]+)"
    rf"|(?<!\p{{L}})(?:{lx.alternation(lx.CURRENCY_PREFIXES, reverse=True)})\s?"
    rf"|(?<!\p{{L}})(?:{lx.alternation(_SPACED_PREFIX_HEADS, reverse=True)})\s+"
    r"|(?<![\w.,])[-−–]|(?<![\w.,])\.)\G",
    flags=regex.REVERSE,
)

BACK_WORD = compiled(r"(?i:(?<!\w)(?:an?|several)\s+)\G", flags=regex.REVERSE)

# A scale right after the number: spaced, attached or, spelled out, hyphenated ("1.2 million",
# "3bn", "€40m", "a 130-million-year-old fossil").
_SCALES_ANY = [s for s, (_, money_only) in lx.SCALES.items() if not money_only]
_SCALES_MONEY = [s for s, (_, money_only) in lx.SCALES.items() if money_only]
# A scale of money only after one space too ("£5 m", "5 m euros"): ``spaced`` tells it.
SCALE = compiled(
    rf"(?:(?:\s|[-‑](?=\p{{L}}{{4}}))?(?P<scale>{lx.case_aware_alternation(_SCALES_ANY)})"
    rf"|(?P<spaced>[ ])?(?P<money_scale>{lx.alternation(_SCALES_MONEY)}))(?![\p{{L}}\d])"
)
#: What a scale starts with, in any case: a quick test where SCALE may start (see
#: ``scan._scale_next``), which turns down "5 per cent" and "5 years" before a try.
SCALE_FIRST = lx.folded_chars(scale[0] for scale in lx.SCALES)

# A unit right after the number and its scale: attached ("5km"), hyphenated ("1,000-kilometre")
# or spaced ("5 km"), the ``gap`` telling which; attached first (lazy gap: "10-point" is the
# unit "-point"). One-letter units only attached ("5 m" is too often something else): the
# scanner turns them down after a gap (see ``units.unit_at``). The ``system`` of a measure
# may stand in a spaced gap ("1.5 US gallons", "2 U.S. tons"), tried after a plain gap ("300
# US dollars" is the currency "US dollars"). One alternation of the units for all: compiling
# it is a tenth of the plugin's start-up.
_UNIT_NAME = rf"(?P<unit>{lx.case_aware_alternation(lx.UNITS)})(?![\p{{L}}\d])"
_BLANK_GAPS = r"[ \t]+|[ \t]+(?P<system>US|U\.S\.)[ \t]+"  # "5 km", "1.5 US gallons"
UNIT = compiled(rf"(?P<gap>\s?[-‑]\s?|{_BLANK_GAPS})??{_UNIT_NAME}")
#: UNIT at blanks before no hyphen ("5 km", not "5 -km"), where only a gap of blanks may
#: hold (no unit starts with white space, a hyphen's gap needs one): same groups and match
#: at half of UNIT's cost, which first reads the unit and the hyphen's gap there.
UNIT_AFTER_BLANKS = compiled(rf"(?P<gap>{_BLANK_GAPS}){_UNIT_NAME}")
#: The indexes of UNIT's groups. A group read by name costs some four times one read by index
#: (the regex module first tries the name as a number, and builds the error it then drops),
#: and a unit after a number is read several times: "5 km", "20%", "$3 a gallon".
UNIT_GAP, UNIT_SYSTEM, UNIT_NAME = (UNIT.groupindex[name] for name in ("gap", "system", "unit"))
#: What a unit's system is written as after a number and one space ("1.5 US gallons")
UNIT_SYSTEMS = ("US ", "U.S. ")
#: The one-letter units, after a gap only one space and before what ends a measure (see
#: ``units.unit_at``): the degrees' letters ("23.6 C", "38 C in Paris", AP's style), the others
#: before a word in lower case or a mark too ("5 m high", "20 g of sugar", "a 5 W charger").
ATTACHED_ONLY = frozenset(u for u in lx.UNITS if len(u) == 1 and u.isalpha())
SPACED_DEGREES = frozenset({"C", "F"})

# "per barrel", "a month", "an ounce" after an amount or a measure; hyphenated in a modifier
# ("an 80,000 barrel-a-day plant").
# Not before a word that makes it a time ("$3.6bn a year ago", "$4m a year earlier"), nor a
# possessive ("$500 a week's wages": the wages of a week).
RATE = compiled(
    rf"(?:[ \t]+|-)(?i:per|an?)(?:[ \t]+|-)(?P<per>{lx.case_aware_alternation(lx.RATES)})"
    r"(?![\p{L}\d'’])(?![ \t]++(?i:ago|earlier|before|later|after|prior|back)\b)"
)
# The same after a slash glued to the unit: "$3.50/gallon", "5mg/kg", "50 mm/hr", "300 µg/m3",
# or any noun in lower case, "$12/ticket" (``per`` in ``noun``); a slash after it, "mg/kg/day",
# is the next rate's.
SLASH_RATE = compiled(
    rf"""/(?:(?P<per>{lx.case_aware_alternation({**lx.RATES, **lx.SLASH_RATES})})
    |(?P<noun>\p{{Ll}}{{3,}}+))
    (?![\p{{L}}\d'’-])""",
    regex.VERBOSE,
)

# Range connectors between two numbers ("5-10", "5 to 10", "between 5 and 10", glued before
# a unit "a 5-to-10-year sentence", and before a unit of time "three or four years").
RANGE_LINK = compiled(r"\s*(?:[-–—‑]|to|and)\s*|\s+or\s+|[-–—‑]to[-–—‑]")
RANGE_HYPHEN = compiled(r"[-–—‑]")
# After "from" and the first end, a few words before "to" or "up to": the first end's unit,
# time or place ("from 18 miles per gallon in 2011 to 31", "from $82 U.S. per tonne to
# $57.10", "from 450 sq ft up to 900"). No mark of a clause nor a word ending a sentence
# between them (initials may: "U.S."); the words read at most four, so linear.
FROM_BEFORE = compiled(r"(?i:(?<!\w)from\s+)$")
FROM_TO_GAP = compiled(
    r"""[ \t]+(?:
        (?:(?:\p{L}\.){2,}+  # initials: "U.S."
        |[^\s,;:!?()\[\]"“”.]++(?:\.[^\s,;:!?()\[\]"“”.]++)*+)  # a word, "10.45pm"
    [ \t]+){0,4}
    (?:up[ \t]+)?to[ \t]+""",
    flags=regex.VERBOSE,
)
BETWEEN = compiled(r"(?i:(?<!\w)(?:between|from)\s+)$")
# "fell by $12.4 billion to $306.8 billion", "XYZ climbed 3 3/8 to 87 1/8": a change, then
# a level
CHANGE_BY = compiled(
    r"""(?i:(?<!\w)(?:by|rose|fell|gained|lost|added|dropped|climbed|jumped|surged|soared
    |slipped|slid|eased|declined|advanced|tumbled|plunged|rocketed|sank|rallied|dipped|up|down)
    \s+)$""",
    regex.VERBOSE,
)

# Read backwards from the number (REVERSE, anchored there by \G): one attempt, not a search
# from every position of the window.
# Not a golf score's "under" or "over" after its number: "a 3-under 68" is no "under 68", nor
# "a seven-under 64", "a one-over 73"
QUALIFIER_BEFORE = compiled(
    r"(?i:(?<![\p{L}]|[\p{L}\d]-)"
    rf"(?P<q>{lx.alternation(lx.QUALIFIERS_BEFORE, reverse=True)}))\s*\G",
    flags=regex.REVERSE,
)
QUALIFIER_AFTER = compiled(rf"(?i:\s*(?P<q>{lx.alternation(lx.QUALIFIERS_AFTER)}))(?!\w)")

# Words after a number, for the noun phrase it counts.
NEXT_WORD = compiled(r"\s+(?P<w>\p{L}+)")
# The first word may be glued by a hyphen: "a four-cylinder engine" counts cylinders.
# A word of a counted phrase: "workers", "ex-rebels", "Britain's", initials ("U.S." of "2,000
# U.S. troops", not "U"), or a kind named by a number ("3-pointers" of "seven 3-pointers",
# ``data/numbered_kinds.txt``).
_PHRASE_WORD = (
    r"(?P<w>(?:(?:\p{Lu}\.){2,}+(?!\p{L})"
    rf"|\d{{1,2}}(?=-(?i:{lx.alternation(lx.NUMBERED_KINDS)})s?\b)"
    r"|\p{L}[\p{L}\p{M}\d'’]*)(?:-[\p{L}\p{M}\d]+)*)"
)
FIRST_WORD = compiled(rf"(?:[ \t]+|-){_PHRASE_WORD}")
WORD = compiled(rf"[ \t]+{_PHRASE_WORD}")
#: The index of the group "w" in NEXT_WORD, FIRST_WORD and WORD (their only group): a group
#: read by index costs a quarter of one read by name, and a text of numbers reads millions.
W = 1
OF = compiled(r"(?i:\s+of)(?!\w)")
#: How far a pattern anchored right after a number reads, passed as its end position. The
#: regex module first looks for a pattern's literal words ("of", "per", "by") between the
#: start and the end position: with no end position a match at each number reads the rest of
#: the text wherever the word is missing, and a text of numbers takes quadratic time.
AFTER_REACH = 64
# What stands before "over" when it means "during", not "more than": an amount ("$45 billion
# over 10 years", "5% over two years"), its scale glued to it too ("£2bn over five years",
# "€40m over three years", "$50k over two years"), maybe in brackets ("AU$20 billion ($13
# billion) over five years"). Read backwards from "over" (REVERSE, anchored by \G).
_AMOUNT_END = (
    r"(?:[\d%]|\d(?i:bn|mn|m|b|k|tn|trn)|\b(?i:million|billion|trillion|bn|percent|cent|half))\)?"
)
AMOUNT_BEFORE = compiled(rf"{_AMOUNT_END}[ \t]++\G", flags=regex.REVERSE)
# The same with the amount's noun between, up to four words: "a 25% raise over four years",
# "lost 15% of their body weight over 72 weeks".
AMOUNT_NOUN_BEFORE = compiled(
    rf"{_AMOUNT_END}(?:[ \t]++\p{{Ll}}++){{1,4}}[ \t]++\G", flags=regex.REVERSE
)

# A passive verb, or "spread", "phased in" or "take place", or a verb of change before
# "over" and an amount of time: what is done is spread over it ("will be paid out over five
# years", "spread over 10 years", "talks were held over two days", "the festival takes place
# over three days", "Cases fell over 12 months", "has doubled over five years"; not "lost
# over 10 years", a verb with its object).
SPREAD_BEFORE = compiled(
    r"""(?:\b(?i:be|been|being|is|are|was|were)[ \t]++(?:\p{Ll}++(?:ed|en|t|id)|held)
          (?:[ \t]++(?:out|in|back|off|down|up))?
       | \b(?i:spread|spreading|spreads|phased[ \t]++in)
       | \b(?i:take|takes|took|taking|taken)[ \t]++place
       | \b(?i:rose|risen|fell|fallen|grew|grown|declined|dropped|increased|decreased|climbed
          |shrank|doubled|tripled|halved|surged|soared|plunged|jumped|slumped)
    )[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)

# An age after a name: "Smith, 58, said", "Smith (58)"; not a date ("Sept, 26, 2014"). Its
# closing comma or stop may be written apart, as tokenized text writes it ("Wang , 45 , a
# dissident"); not a parenthesis: "( Joe Bloggs , 75 )" is a replacement's minute. A semicolon
# closes it in a list whose items hold commas ("Jane Roe, 34; John Doe, 31; and Ann Lee, 9").
AGE = compiled(
    r"(?<=\p{Lu}[\p{L}'’.\-]*[ \t]?,[ \t]|\p{Lu}[\p{L}'’.\-]*[ \t]\()\d{1,3}"
    r"(?=[ \t]?[,;]|\)|[ \t]?\.(?:\s|$))(?![ \t]?[,;)][ \t]*\d)"
)
# "aged 19", "ages 19 and 23", "aged between 18 and 25", "the age of 70": read backwards.
AGED = compiled(
    r"(?i:\b(?:aged|ages?)[ \t]++(?:between[ \t]++|from[ \t]++|of[ \t]++|to[ \t]++)?"
    r"(?:\d{1,3}[ \t]*+(?:,|and|to|or|-|–)[ \t]*+){0,3})\G",
    flags=regex.REVERSE,
)

# Quick tests before a pattern is tried at a position (each a superset of what the pattern
# needs there, case variants included): the characters that may end what BACK reads
# backwards, and those that may start a unit.
BACK_LAST = lx.folded_chars(
    [
        *"anls-−–.",  # "a", "an", "several", "minus", signs, ".5"
        *(prefix[-1] for prefix in lx.CURRENCY_PREFIXES),
        *(head[-1] for head in _SPACED_PREFIX_HEADS),
    ]
)
#: The same for BACK_WORD: "a", "an", "several" (before a number word: "a dozen").
BACK_WORD_LAST = lx.folded_chars("anl")
# What BACK and BACK_WORD read, white space and hyphens after it aside (see candidates).
_BACK_PHRASES = ["a", "an", "several", "minus", *"-−–.", *lx.CURRENCY_PREFIXES]
_BACK_PHRASES += _SPACED_PREFIX_HEADS
#: The last two characters of a phrase BACK reads, case variants included, and its phrases
#: of one character: a quick test before the search, which finds nothing nine times in ten
#: ("of 5", "in 5": the last character alone, "f" or "n", is too common a test).
BACK_ENDS = lx.folded_heads(_BACK_PHRASES, end=True)
BACK_SINGLES = lx.folded_chars(phrase for phrase in _BACK_PHRASES if len(phrase) == 1)
#: The same for BACK_WORD.
BACK_WORD_ENDS = lx.folded_heads(["an", "several"], end=True)
BACK_WORD_SINGLES = lx.folded_chars("a")
UNIT_FIRST = lx.folded_chars(unit[0] for unit in lx.UNITS)
# More characters where one tells too little (a text of number words passes most one-character
# tests): the two before the white space before a number that may end a qualifier ("nearly
# 5"; not "ne" of "one two"); after white space, the three that may start a longer unit ("5
# kilometres"; not "fou" of "one two three four"), or a unit of two characters or of one
# (a one-letter unit after a gap only as ``units.unit_at`` takes it: see ATTACHED_ONLY).
QUALIFIER_ENDS = lx.folded_heads(lx.QUALIFIERS_BEFORE, end=True)
QUALIFIER_LASTS = frozenset(end[-1] for end in QUALIFIER_ENDS)  # a letter or "." ("c.")
UNIT_HEADS = lx.folded_heads(lx.UNITS, 3, case_aware=True)
UNIT_SHORT = lx.folded_heads([unit for unit in lx.UNITS if len(unit) == 2], case_aware=True)
# (A unit of one character is matched in its case: "C", not "c" of "cars".)
UNIT_SPACED_ONE = frozenset(u for u in lx.UNITS if len(u) == 1)
