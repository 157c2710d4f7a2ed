"""Multiples written as one word: "sixfold", "tenfold", "a hundredfold" (a number word glued
to "fold"). "Six-fold" and "10-fold" are a number and its unit (``data/units.tsv``)."""

from __future__ import annotations

from decimal import Decimal

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.raw import Raw

# A number word glued to "fold": "twofold", "twentyfold", "hundredfold" (not "manifold")
_GLUED = compiled(
    rf"(?i:\b(?P<word>{lx.alternation(w for w in lx.NUMBER_WORDS if w != 'dozen')})fold\b)"
)


def glued(text: str) -> list[Raw]:
    """The multiples of ``text`` written as one word, each a count in the unit "count", as a
    number of times is: "grew more than sixfold" is 6. (The text is searched only when it
    holds "fold": most do not.)"""
    if "fold" not in text and "FOLD" not in text:
        return []
    return [
        Raw(
            match.start(),
            match.end(),
            match.end(),
            Decimal(lx.NUMBER_WORDS[match["word"].lower()][0]),
            unit="count",
        )
        for match in _GLUED.finditer(text)
    ]
