"""Ranges of money whose currency is written before the first number and whose scale after
the second only: "$5-6 billion", "£3-4m", "Rs 5-6 crore", "€1.2-1.5 billion", as business
news writes them. The second number is read as money's ("4m" is millions there, not metres),
and the two are one range in the currency of the first and the scale of the second."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.raw import Raw

# A currency, a number and a dash right before a number: the "$5-" of "$5-6 billion", "£3–"
# of "£3–4m". Read backwards from the number (REVERSE, anchored there by \G).
_MONEY_BEFORE_DASH = compiled(
    rf"(?<!\p{{L}})(?:{lx.alternation(lx.CURRENCY_PREFIXES, reverse=True)})[ ]?"
    r"\d[\d,.]*[-–]\G",
    flags=regex.REVERSE,
)
_REACH = 24  # characters read back: a currency of a few letters, a number of up to a dozen
_DASHES = frozenset("-–")


def after_money_dash(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the second end of a range of money written with the
    first end's currency: "6" in "$5-6 billion", "4m" in "£3-4m"."""
    return (
        start > 0
        and text[start - 1] in _DASHES
        and _MONEY_BEFORE_DASH.search(text, max(0, start - _REACH), start) is not None
    )


def shares_scale(first: Raw, second: Raw, link: str) -> bool:
    """Whether ``first``, money without a scale, and ``second``, a count with one, are the two
    ends of one range of money: "$5-6 billion", "$5 to 6 billion" (5 to 6 billion dollars);
    not "$50 to 6" nor a second end with a unit or a currency of its own ("$5 to 6 billion
    yen" is read as two)."""
    return (
        (link in _DASHES or link == "to")
        and first.kind == "money"
        and first.multiplier == 1
        and second.kind == "count"
        and second.unit is None
        and second.currency is None
        and second.multiplier > 1
        and first.value * second.multiplier < second.value
    )
