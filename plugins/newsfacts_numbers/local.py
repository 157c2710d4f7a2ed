"""Whose dollar a bare "$" is, and whose cents "cents" are.

A bare "$" is the dollar of the country the article is written in or about, as the core
reads it (:attr:`newsfacts.plugin.Document.home`: the dateline's, or else the country its
text names most), if that country writes "$" for a dollar of its own
(``data/home_dollars.tsv``): "SYDNEY — ... a $340,000 debt" is in Australian dollars, as
local papers write them; an article that writes its own dollar's symbol anywhere ("A$",
"C$", "Canadian dollars") keeps "$" for the US dollar, as wire services do, and so does one
under the dateline of a world agency ("SYDNEY (Reuters) -"; ``data/world_wires.txt``). The
decision is the table :data:`DOLLAR_CHECKS`, which ``newsfacts explain`` shows for each
amount.
"Cents" are a US dollar's, but after an amount in a currency divided into cents in the
sentence, or in an article whose dollars are all another dollar, that currency's. A bare
currency word several countries use ("pesos", "rupees") is the currency of the one of them
its sentence, or else its article, names (``data/shared_currencies.tsv``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal

import attrs
import regex

from newsfacts.plugin import Check, Document, Home, compiled, decide, read_table, read_words
from newsfacts_numbers import exchange, links
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.raw import Raw

#: The countries whose "$" is a dollar of their own: ISO country code -> ISO currency code.
HOME_DOLLARS: dict[str, str] = {
    country: code for country, code in read_table(lx.PACKAGE, "home_dollars.tsv", columns=2)
}


# Made when an article's home asks for it: the patterns of all currencies, made at import,
# were a hundredth of a cold start.
@functools.cache
def _written(code: str) -> regex.Pattern[str]:
    """The written forms of the currency ``code`` ("A$", "AUD", "Australian dollars"), not
    inside a longer word or symbol: "S$" is no part of "US$"."""
    forms = [
        regex.escape(" ".join(surface.split()))
        for surface, (currency, _, _) in lx.CURRENCIES.items()
        if currency == code
    ]
    if not forms:
        raise KeyError(code)
    return compiled(rf"(?<![\p{{L}}$])(?:{'|'.join(forms)})(?!\p{{L}})")


#: The agencies whose "$" is the US dollar wherever they file from (``data/world_wires.txt``).
WORLD_WIRES = read_words(lx.PACKAGE, "world_wires.txt")

_UNIT_NAMES = {code: name for code, name, position in lx.CURRENCIES.values() if position == "code"}
# What marks a dollar as the US dollar where it is written: "US$", "$US", "U.S. dollars"
_US_MARKS = ("US", "U.S.")
# ... and after the amount, as Canadian papers write it: "$75 U.S.", "$1.2 million US" (not
# "U.S.-based")
_US_AFTER = compiled(r"[ \t]++(?:U\.S\.|US)(?![\p{L}\d-])")
# How far after an amount its "U.S." is looked for: a few spaces and the mark, and the letter
# after it (the pattern's literal words would otherwise be looked for to the text's end).
_US_REACH = 12
# Prices the world quotes in US dollars wherever written: "gold at $387 an ounce", and the
# markets named before an amount in its sentence ("Bitcoin rose above $123,000", "Brent crude
# settled at $68.30", "see gold at $395 by October"; not "the Gold Coast council spent $5
# million")
_WORLD_PRICES = (" per ounce", " per barrel")
_WORLD_MARKETS = compiled(
    r"""\b(?i:
        bitcoin | ether\b | cryptocurrenc | brent\b | crude\b | nasdaq | s&p\ 500
        | gold\b(?!\ coast) | silver\b | platinum | palladium | comex
    )""",
    regex.VERBOSE,
)
_MARKET_REACH = 100
_DIGIT = compiled(r"\d")
# How much more or less than a world price an amount after it may be and be its price again
_SAME_PRICE = 2


@attrs.define
class HomeDollar:
    """The dollar of the country an article is written in or about."""

    #: Its ISO code: "AUD".
    code: str
    #: The core's reading of the article's country, and what says so.
    home: Home
    #: Whether the article writes this dollar's own symbol or name anywhere ("A$").
    written: bool
    #: Where the last amount read as a world price ends (-1 before the first), and its
    #: value: an amount after it in its sentence of about its value is one too ("$387.00 an
    #: ounce, versus New York's $388"; not "lifting the miner's shares to $25.10").
    world_end: int = -1
    world_value: Decimal = Decimal(0)


def home_dollar(document: Document) -> HomeDollar | None:
    """The dollar a bare "$" may be in ``document``, or None (the US dollar)."""
    home = document.home
    if home is None or home.country is None or home.country.code not in HOME_DOLLARS:
        return None
    code = HOME_DOLLARS[home.country.code]
    return HomeDollar(code, home, _written(code).search(document.text) is not None)


@attrs.frozen
class _Amount:
    """An amount in bare dollars or cents, in an article with a home dollar."""

    text: str
    raw: Raw
    dollar: HomeDollar


def _us_written(amount: _Amount) -> bool:
    text, raw = amount.text, amount.raw
    if any(mark in text[raw.start : raw.tail] for mark in _US_MARKS):
        return True
    return _US_AFTER.match(text, raw.tail, raw.tail + _US_REACH) is not None


def _world_price(amount: _Amount) -> bool:
    return amount.raw.unit is not None and amount.raw.unit.endswith(_WORLD_PRICES)


def _price_of_a_currency(amount: _Amount) -> bool:
    return amount.raw.unit is not None and amount.raw.unit.partition(" per ")[2] in exchange.UNITS


def _after_a_world_price(amount: _Amount) -> bool:
    dollar, raw = amount.dollar, amount.raw
    if dollar.world_end < 0 or not 0 < raw.value / dollar.world_value <= _SAME_PRICE:
        return False
    return raw.value * _SAME_PRICE >= dollar.world_value and (
        links.SENTENCE_BREAK.search(amount.text, dollar.world_end, raw.start) is None
    )


def _world_market(amount: _Amount) -> str | bool:
    """The world market named before the amount in its clause, with no number between: "gold
    rose to $2,300" (not the next amount: "lifting the miner's shares 3% to $25.10")."""
    text, start = amount.text, amount.raw.start
    named = list(_WORLD_MARKETS.finditer(text, _sentence_start(text, start), start))
    if not named or _DIGIT.search(text, named[-1].end(), start) is not None:
        return False
    return named[-1].group()


def _from_home(evidence: str) -> Callable[[_Amount], str | bool]:
    """A test that the article's home was read from ``evidence``; its evidence, the dateline
    or the country's count of names: "SYDNEY", "Canada: 8 names, 3 of other countries"."""

    def test(amount: _Amount) -> str | bool:
        home = amount.dollar.home
        if home.evidence != evidence or home.country is None:
            return False
        if evidence == "dateline":
            return home.text
        return f"{home.country.name}: {home.mentions} names, {home.others} of other countries"

    return test


#: Whether a bare "$" (or "dollars", "cents") is the home dollar ("local"), the US dollar
#: ("usd") or a world price in US dollars ("world"); the first check that holds decides.
DOLLAR_CHECKS: tuple[Check[_Amount], ...] = (
    Check(
        "us-dollar-written",
        _us_written,
        "usd",
        'the US dollar written: "US$5", "U.S. cents", "$75 U.S."',
    ),
    Check("world-price", _world_price, "world", 'gold and oil: "$2,300 an ounce", "a barrel"'),
    Check(
        "price-of-a-currency",
        _price_of_a_currency,
        "usd",
        'a currency\'s price: "the Australian dollar rose to $0.66"',
    ),
    Check(
        "world-market",
        _world_market,
        "world",
        'a world market before it in its clause, no number between: "Bitcoin rose to $123,000"',
    ),
    Check(
        "after-a-world-price",
        _after_a_world_price,
        "world",
        'a world price before it in its sentence: "$387 an ounce, versus $388 in New York"',
    ),
    Check(
        "own-dollar-written",
        lambda amount: amount.dollar.written,
        "usd",
        'the article writes its home dollar\'s own symbol: "C$150 ... $70"',
    ),
    Check(
        "world-wire",
        lambda amount: amount.dollar.home.agency in WORLD_WIRES and amount.dollar.home.agency,
        "usd",
        'a world agency\'s dateline: "SYDNEY (Reuters) -" (data/world_wires.txt)',
    ),
    Check("dateline-dollar", _from_home("dateline"), "local", 'a dateline\'s: "SYDNEY —"'),
    Check(
        "named-dollar",
        _from_home("named"),
        "local",
        "the country the text names most: three times at least, and twice the others",
    ),
)


def localize(text: str, raw: Raw, dollar: HomeDollar) -> None:
    """Make a US dollar read from a bare "$" or "dollars" the home dollar, and "cents" its
    cents, as :data:`DOLLAR_CHECKS` decide."""
    if raw.currency != "USD" or raw.unit is None or not raw.unit.startswith(("dollar", "cent")):
        return
    outcome = decide(
        DOLLAR_CHECKS, _Amount(text, raw, dollar), default="usd", start=raw.start, end=raw.end
    )
    if outcome == "world" and raw.value > 0:
        dollar.world_end, dollar.world_value = raw.tail, raw.value
    if outcome != "local":
        return
    raw.currency = dollar.code
    if raw.unit.startswith("dollar"):
        raw.unit = _UNIT_NAMES[dollar.code] + raw.unit[len("dollar") :]  # "dollar per ton" too


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence or clause of ``start`` starts (after a full stop, a semicolon or
    a line break), within :data:`_MARKET_REACH` characters."""
    low = max(0, start - _MARKET_REACH)
    return max(low, *(text.rfind(mark, low, start) + 1 for mark in (". ", "; ", "\n")))


# Currencies divided into cents other than the dollar "cents" is read as by default
_CENT_CURRENCIES = frozenset(["EUR", "CAD", "AUD", "NZD", "HKD", "SGD"])
_CENT_REACH = 160  # characters from an amount to the cents in its currency


def cents_in_currency(text: str, raws: list[Raw]) -> None:
    """Cents after an amount in another currency divided into cents are its cents, in the
    sentence: "697 million euros, or 79 cents a share" (euro cents); in an article whose
    dollars are all one other dollar ("C$612 million", "C$189.50"), its cents are that
    dollar's anywhere."""
    currency, end = None, -1
    # each unit and currency tested once: a text of money has few, in thousands of amounts
    money = {(raw.unit, raw.currency) for raw in raws if raw.kind == "money"}
    if not any(unit is not None and _cent_unit(unit) for unit, _ in money):
        return  # no cents to read (a text of money may list a thousand amounts and none)
    dollars = {code for unit, code in money if unit is not None and _dollar_unit(unit)}
    article = dollars.pop() if len(dollars) == 1 else None
    for raw in raws:
        if raw.kind != "money":
            continue
        if raw.unit is None or raw.unit.partition(" per ")[0] != "cent":
            currency, end = raw.currency, raw.tail
        elif any(mark in text[raw.start : raw.tail] for mark in _US_MARKS):
            continue  # "73.05 U.S. cents"
        elif (
            raw.currency == "USD"
            and currency in _CENT_CURRENCIES
            and raw.start - end <= _CENT_REACH
            and links.SENTENCE_BREAK.search(text, end, raw.start) is None
        ):
            raw.currency = currency
        elif raw.currency == "USD" and article in _CENT_CURRENCIES:
            raw.currency = article


# Per unit a bare currency word reads as: the pattern of the names of the countries that use
# the word, and the code and unit of each
def _shared() -> dict[str, dict[str, tuple[str, str]]]:
    shared: dict[str, dict[str, tuple[str, str]]] = {}
    for bare, country, code, unit in read_table(lx.PACKAGE, "shared_currencies.tsv", columns=4):
        shared.setdefault(bare, {})[country] = (code, unit)
    return shared


_SHARED = _shared()


@functools.cache  # made when an article holds the word (see _written)
def _countries(bare: str) -> regex.Pattern[str]:
    """The names of the countries that use the currency word ``bare``."""
    return compiled(rf"\b(?:{'|'.join(map(regex.escape, _SHARED[bare]))})\b")


def shared_currencies(document: Document, raws: list[Raw]) -> None:
    """An amount in a bare currency word several countries use is in the currency of the one
    country of them its sentence names, or else its article: "Argentina's peso fell to 1,020
    per dollar" (Argentine pesos), "Petrol costs 272 rupees a litre in Pakistan". A written
    adjective or symbol ("Mexican pesos", "MX$") decides alone."""
    text = document.text
    # each sentence and the article read once per currency word: a text of amounts has
    # thousands in one sentence
    named: dict[tuple[str, int, int], tuple[str, str] | None] = {}
    for raw in raws:
        if raw.kind != "money" or raw.unit is None:
            continue
        bare, per, rest = raw.unit.partition(" per ")
        if bare not in _SHARED or not text[raw.start : raw.tail].islower():
            continue
        sentence = document.sentence_at(raw.start)
        own = None
        if sentence is not None:
            own = _country_named(text, bare, sentence.start, sentence.end, named)
        own = own or _country_named(text, bare, 0, len(text), named)
        if own is not None:
            raw.currency, unit = own
            raw.unit = unit + per + rest


def _country_named(
    text: str,
    bare: str,
    start: int,
    end: int,
    named: dict[tuple[str, int, int], tuple[str, str] | None],
) -> tuple[str, str] | None:
    """The code and unit of the one currency of the countries using ``bare`` that
    ``text[start:end]`` names, None for none or several (kept in ``named``)."""
    key = (bare, start, end)
    if key not in named:
        found = {_SHARED[bare][m.group()] for m in _countries(bare).finditer(text, start, end)}
        named[key] = found.pop() if len(found) == 1 else None
    return named[key]


def _dollar_unit(unit: str) -> bool:
    return "dollar" in unit.partition(" per ")[0]


def _cent_unit(unit: str) -> bool:
    return unit.partition(" per ")[0] == "cent"
