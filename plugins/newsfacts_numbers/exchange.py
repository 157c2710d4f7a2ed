"""Exchange rates: the price of one currency in another.

A number before "per dollar" or "to the dollar" is an amount of the currency its sentence
names as the market's subject: "The rupee weakened to 85.9 per dollar" is 85.9 indian rupee
per dollar, "150 yen to the dollar" japanese yen per dollar. An amount of one currency that
a currency named before it reaches, is at or buys is that currency's price: "the euro rose
to $1.1650" is 1.165 dollar per euro, "the Australian dollar bought US66.2 cents" 66.2 cent
per australian dollar. A bare number the currency reaches, against another, is a rate of
the two in the order the market quotes them (``data/quote_order.txt``): "the lira at 38
against the dollar" is 38 turkish lira per dollar, "the euro rose to 1.17 against the dollar"
1.17 dollar per euro. The names are ``data/currency_names.tsv``, after "the" ("the rand", not
"Rand") or a country's possessive ("Kenya's shilling"), or "sterling".
"""

from __future__ import annotations

from newsfacts.plugin import Patterns, compiled, read_lines, read_table
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.raw import Raw

#: Each currency's name (singular, as written) → (ISO code, canonical unit name)
NAMES: dict[str, tuple[str, str]] = {
    name: (code, unit)
    for name, code, unit in read_table(lx.PACKAGE, "currency_names.tsv", columns=3)
}
#: The canonical unit names of the currencies: a rate per one of them is an exchange rate
UNITS = frozenset(unit for _, unit in NAMES.values())

_NAME = lx.alternation(NAMES)
# Nouns a currency's name makes a compound with, no currency then: "the euro zone", "the
# dollar index", "the yen carry trade", "the dollar store"
_COMPOUNDS = (
    "zone|area|bloc|region|index|bonds?|bills?|notes?|debt|deposits?|coins?|stores?|shops?"
    "|carry|trade|sign|symbol|amount|value|figure"
)
# A currency named as a market's subject: after "the" (in its case: "the rand" is money,
# "the Rand Corporation" is not) or a country's possessive ("Kenya's shilling", "Turkey's
# lira"), or "sterling" alone
_SUBJECT = (
    rf"(?:(?<=\b(?:[Tt]he|\p{{Lu}}\p{{Ll}}++['’]s)[ \t])(?:{_NAME})|\b[Ss]terling)(?![\p{{L}}-])"
    rf"(?![ \t]++(?:{_COMPOUNDS})\b)"
)
# What an exchange rate is per, after its number: "85.9 per dollar", "150 yen to the dollar",
# "16,000 per US dollar" (not "against the dollar": "the dollar rose to 150 against the yen"
# is yen per dollar, "the euro rose to 1.17 against the dollar" dollar per euro)
_PER = rf"[ \t]++(?:per|to[ \t]++the)[ \t]++(?:one[ \t]++)?({_NAME})(?![\p{{L}}-])"
# What a rate between two currencies is said against, after its bare number: "the lira at
# 38 against the dollar", "the dollar rose to 150 against the yen", "against sterling"
_AGAINST = rf"[ \t]++against[ \t]++(?:the[ \t]++)?({_NAME})(?![\p{{L}}-])"
# The three, each compiled when first read: only a text with an amount before "per", "to
# the" or "against", or a currency's amount, reads one, and with their alternations of every
# currency's name they were the longest patterns the plugin loaded at start but its
# candidates' and units'.
_PATTERNS = Patterns({"subject": _SUBJECT, "per": _PER, "against": _AGAINST})
#: Each currency's place in the market's quoting order (``data/quote_order.txt``)
QUOTE_ORDER = {code: place for place, code in enumerate(read_lines(lx.PACKAGE, "quote_order.txt"))}
# How far before an amount its currency's subject may stand: "The Australian dollar was
# buying 66.2", "Sterling fell 0.5% to $1.26"
_SUBJECT_REACH = 60
# What ends the clause of a subject before the amount: a mark or a conjunction ("the pound
# fell, and shares rose to $15": the shares' price)
_CLAUSE_BREAK = compiled(r"[,;:()\[\]!?]|\.[\s\"”’)]|\b(?:and|but|while|whereas|after|when)\b")
# The word right before an amount that is a currency's level: "rose to $1.17", "was at",
# "bought US66.2 cents", "from $1.2690", "as high as $1.17"
_LEVEL_WORDS = frozenset(
    [
        *("to", "at", "from", "above", "below", "past", "near", "around", "between", "as"),
        *("toward", "towards", "was", "is", "were", "stood", "bought", "buying", "buys", "buy"),
        *("fetched", "fetching", "fetches", "fetch"),
    ]
)


def exchange_rates(text: str, raws: list[Raw]) -> None:
    """Read the exchange rates of ``raws`` (see the module's docstring)."""
    previous: Raw | None = None
    for raw in raws:
        before, previous = previous, raw
        if raw.kind not in ("count", "money") or raw.vague or raw.multiplier != 1:
            continue  # "$3 billion" is no currency's price
        if raw.unit is not None and " per " in raw.unit:
            continue  # "$58.24 per barrel"
        # the quick tests first, made here: a space and "per" or "to the" after the number, a
        # word and a space before it (a text of numbers holds hundreds of thousands)
        if text[raw.tail + 1 : raw.tail + 2] in _PER_FIRST and _per_currency(text, raw):
            continue
        if text[raw.tail + 1 : raw.tail + 2] == "a" and _against_currency(text, raw):
            continue
        if raw.kind != "money" or raw.currency is None or text[raw.start - 1 : raw.start] != " ":
            continue
        if not text[raw.start - 2 : raw.start - 1].isalpha():
            continue
        # "the yen is at 110 JPY to 1 USD": an amount of another currency between the
        # subject and this one is the price (this one is what it is per)
        other = before is not None and before.kind == "money" and before.currency != raw.currency
        _price_of_subject(text, raw, before.start if other and before else 0)


_PER_FIRST = frozenset("pt")  # how "per" and "to the" start, after a space


def _per_currency(text: str, raw: Raw) -> bool:
    """ "85.9 per dollar", "150 yen to the dollar": whether ``raw`` is such a rate (read)."""
    rate = _PATTERNS["per"].match(text, raw.tail, raw.tail + 40)
    if rate is None:
        return False
    base_code, base_unit = NAMES[rate.group(1)]
    if raw.kind == "count":  # "The rupee weakened to 85.9 per dollar": the subject's
        subject = _subject_before(text, raw.start)
        if subject is None or raw.unit is not None:
            return False
        raw.kind, (raw.currency, raw.unit) = "money", NAMES[subject]
    if raw.currency == base_code or raw.unit is None:
        return False  # "10 cents per dollar" is a share, no exchange rate
    raw.unit, raw.tail = f"{raw.unit} per {base_unit}", rate.end()
    return True


def _against_currency(text: str, raw: Raw) -> bool:
    """ "The lira was at 38 against the dollar": a bare number that the currency named before
    it reaches, is at or buys, against another, is a rate of the two in the market's order
    (lira per dollar; "the euro rose to 1.17 against the dollar" is dollars per euro)."""
    against = _PATTERNS["against"].match(text, raw.tail, raw.tail + 40)
    if against is None or raw.kind != "count" or raw.unit is not None:
        return False
    words = text[max(0, raw.start - 12) : raw.start].split()
    if not words or words[-1].lower() not in _AGAINST_LEVEL_WORDS:
        return False  # "fell 0.3 against the dollar": a change
    subject = _subject_before(text, raw.start)
    if subject is None:
        return False
    first, second = NAMES[subject], NAMES[against.group(1)]
    if first[0] == second[0]:
        return False
    # the one quoted first is what the rate is per; on a tie, the subject
    base, quoted = sorted((first, second), key=_quote_place)
    raw.kind, raw.currency, raw.unit = "money", quoted[0], f"{quoted[1]} per {base[1]}"
    raw.tail = against.end()
    return True


# The words before a rate against a currency: the levels' and "of" ("a record low of 38.2")
_AGAINST_LEVEL_WORDS = _LEVEL_WORDS | {"of"}


def _quote_place(currency: tuple[str, str]) -> int:
    return QUOTE_ORDER.get(currency[0], len(QUOTE_ORDER))


def _price_of_subject(text: str, raw: Raw, low: int) -> None:
    """ "the euro rose to $1.1650": dollar per euro, when the word before the amount says a
    level and the clause names another currency before it (after ``low``)."""
    words = text[max(0, raw.start - 12) : raw.start].split()
    if not words or words[-1].lower() not in _LEVEL_WORDS:
        return
    subject = _subject_before(text, raw.start, low)
    if subject is None or raw.unit is None:
        return
    code, unit = NAMES[subject]
    if code != raw.currency:
        raw.unit = f"{raw.unit} per {unit}"


def _subject_before(text: str, start: int, low: int = 0) -> str | None:
    """The currency named last before ``start`` in its clause (after ``low``), if any."""
    named = list(_PATTERNS["subject"].finditer(text, max(low, start - _SUBJECT_REACH), start))
    found = named[-1] if named else None
    if found is None or _CLAUSE_BREAK.search(text, found.end(), start) is not None:
        return None
    return found.group()
