"""Whose dollar a bare "$" is: the dollar of the place the article's dateline names.

"SYDNEY — ... a $340,000 debt" is in Australian dollars, as local papers write them; an
article that writes its own dollar's symbol anywhere ("A$", "C$", "Canadian dollars") keeps
"$" for the US dollar, as wire services do. The dateline is the core's reading
(:func:`newsfacts.plugin.dateline`); the places are ``data/dollar_datelines.tsv``.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import Document, compiled, dateline, read_table
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.scan import Raw

_PLACES: dict[str, str] = {
    place: code for place, code in read_table(lx.PACKAGE, "dollar_datelines.tsv", columns=2)
}
# The written forms of each currency ("A$", "AUD", "Australian dollars"), not inside a
# longer word or symbol: "S$" is no part of "US$"
_FORMS: dict[str, list[str]] = {}
for _surface, (_code, _name, _position) in lx.CURRENCIES.items():
    _FORMS.setdefault(_code, []).append(regex.escape(" ".join(_surface.split())))
_WRITTEN = {
    code: compiled(rf"(?<![\p{{L}}$])(?:{'|'.join(forms)})(?!\p{{L}})")
    for code, forms in _FORMS.items()
}
_UNIT_NAMES = {code: name for code, name, position in lx.CURRENCIES.values() if position == "code"}
# How many sentences may open the article before its dateline (a headline, a byline)
_OPENING_SENTENCES = 3
# What marks a dollar as the US dollar where it is written: "US$", "$US", "U.S. dollars"
_US_MARKS = ("US", "U.S.")
# Prices the world quotes in US dollars wherever written: "gold at $387 an ounce"
_WORLD_PRICES = (" per ounce", " per barrel")


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
        if code is None or _WRITTEN[code].search(text) is not None:
            return None
        return code
    return None


def localize(text: str, raw: Raw, code: str) -> None:
    """Make a US dollar read from a bare "$" or "dollars" the local dollar ``code``."""
    if raw.currency != "USD" or raw.unit is None or not raw.unit.startswith("dollar"):
        return
    written = text[raw.start : raw.tail]
    if any(mark in written for mark in _US_MARKS) or raw.unit.endswith(_WORLD_PRICES):
        return
    raw.currency = code
    raw.unit = _UNIT_NAMES[code] + raw.unit[len("dollar") :]  # "dollar per ton" too
