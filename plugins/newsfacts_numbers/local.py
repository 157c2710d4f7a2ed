"""Whose dollar a bare "$" is, and whose cents "cents" are.

A bare "$" is the dollar of the place the article's dateline names:
"SYDNEY — ... a $340,000 debt" is in Australian dollars, as local papers write them; an
article that writes its own dollar's symbol anywhere ("A$", "C$", "Canadian dollars") keeps
"$" for the US dollar, as wire services do. The dateline is the core's reading
(:func:`newsfacts.plugin.dateline`); the places are ``data/dollar_datelines.tsv``.
"Cents" are a US dollar's, but after an amount in a currency divided into cents in the
sentence, or in an article whose dollars are all another dollar, that currency's. A bare
currency word several countries use ("pesos", "rupees") is the currency of the one of them
its sentence, or else its article, names (``data/shared_currencies.tsv``).
"""

from __future__ import annotations

import functools

import regex

from newsfacts.plugin import Document, compiled, dateline, read_table
from newsfacts_numbers import exchange, links
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.raw import Raw

_PLACES: dict[str, str] = {
    place: code for place, code in read_table(lx.PACKAGE, "dollar_datelines.tsv", columns=2)
}


# Made when an article's dateline asks for it: the patterns of all currencies, made at import,
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


_UNIT_NAMES = {code: name for code, name, position in lx.CURRENCIES.values() if position == "code"}
# How many sentences may open the article before its dateline (a headline, a byline)
_OPENING_SENTENCES = 3
# What marks a dollar as the US dollar where it is written: "US$", "$US", "U.S. dollars"
_US_MARKS = ("US", "U.S.")
# Prices the world quotes in US dollars wherever written: "gold at $387 an ounce", and the
# markets named before an amount in its sentence ("Bitcoin rose above $123,000", "Brent crude
# settled at $68.30")
_WORLD_PRICES = (" per ounce", " per barrel")
_WORLD_MARKETS = compiled(r"\b(?i:bitcoin|ether\b|cryptocurrenc|brent\b|crude\b|nasdaq|s&p 500)")
_MARKET_REACH = 100


def local_dollar(document: Document) -> str | None:
    """The ISO code of the dollar a bare "$" is in ``document``, or None (the US dollar)."""
    for sentence in document.sentences[:_OPENING_SENTENCES]:
        tokens = document.tokens_between(sentence.start, sentence.end)
        words = [token.text for token in tokens[: dateline(tokens)]]
        if not words:
            continue
        if "," in words:  # "PERTH, Scotland": the qualifier decides
            words = words[words.index(",") + 1 :]
        code = _PLACES.get(" ".join(words).upper())
        text = document.text
        if code is None or _written(code).search(text) is not None:
            return None
        return code
    return None


def localize(text: str, raw: Raw, code: str) -> None:
    """Make a US dollar read from a bare "$" or "dollars" the local dollar ``code``, and
    "cents" its cents."""
    if raw.currency != "USD" or raw.unit is None or not raw.unit.startswith(("dollar", "cent")):
        return
    written = text[raw.start : raw.tail]
    if any(mark in written for mark in _US_MARKS) or raw.unit.endswith(_WORLD_PRICES):
        return
    if raw.unit.partition(" per ")[2] in exchange.UNITS:
        return  # "The Australian dollar rose to $0.66": the price of a currency, in US dollars
    if _WORLD_MARKETS.search(text, _sentence_start(text, raw.start), raw.start) is not None:
        return
    raw.currency = code
    if raw.unit.startswith("dollar"):
        raw.unit = _UNIT_NAMES[code] + raw.unit[len("dollar") :]  # "dollar per ton" too


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
