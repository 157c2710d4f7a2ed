"""Currencies written with one capital letter glued to the amount, as a country's own papers
write the rand, the naira and the peso ("R75 billion", "N1.2 trillion", "P20,000";
``data/letter_currencies.tsv``). A letter and digits are more often a code ("R445", "N95",
"P45", "A4"), so the letter is a currency only before an amount that reads as money: with
thousands, two decimals or a scale."""

from __future__ import annotations

from newsfacts.plugin import read_table
from newsfacts_numbers import patterns as px

#: letter -> (ISO 4217 code, unit name)
LETTER_CURRENCIES: dict[str, tuple[str, str]] = {
    letter: (code, name)
    for letter, code, name in read_table("newsfacts_numbers", "letter_currencies.tsv", columns=3)
}


def currency_before(text: str, start: int, end: int, num: str) -> tuple[str, str] | None:
    """The (code, unit) of the currency letter glued before the number ``num`` at
    ``start``-``end`` of ``text``, or None: "R18.45" and "R1.2bn" are rand, "R445" and
    "XR18.45" are not (the letter opens a word)."""
    if start < 1 or (start > 1 and (text[start - 2].isalnum() or text[start - 2] == "_")):
        return None
    currency = LETTER_CURRENCIES.get(text[start - 1])
    if currency is None:
        return None
    if "," in num or _cents(num) or px.SCALE.match(text, end) is not None:
        return currency
    return None


def _cents(num: str) -> bool:
    """Two decimals, as a price writes them: "18.45", "3.50" (not a version: "2.5")."""
    _, dot, decimals = num.partition(".")
    return bool(dot) and len(decimals) == 2
