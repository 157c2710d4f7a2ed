"""Turn the text of a number into its value."""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx

Number = int | float

_SPLIT = compiled(r"[\s\-‑]+")
_ORDINAL_SPLIT = compiled(r"[\s\-]+")


# A text of numbers repeats its values (equal decimals, "1.0" and "1", give one result).
@functools.lru_cache(maxsize=4096)
def tidy(value: Decimal) -> Number:
    """An int when the value is whole (so "1.2 million" is 1200000), else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# A text of numbers repeats its digit strings too (decimals are immutable).
@functools.lru_cache(maxsize=4096)
def digits(text: str) -> Decimal:
    """ "1,307,000" → 1307000, "4.2" → 4.2 (exact: no binary rounding before scaling)."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # the scan only hands over digit strings; defensive
        return Decimal(0)


# A text of numbers repeats its number words: each read once (values are immutable).
@functools.lru_cache(maxsize=4096)
def words(text: str) -> Decimal | None:
    """Spelled-out cardinals: "twenty-eight thousand six hundred forty-two" → 28642,
    "a dozen" → 12, "two and a half" → 2.5, a half of the scale before it: "a million and a
    half" → 1500000, "a dozen and a half" → 18, and a scale after it: "two and a half
    million" → 2500000. None when the words do not form one number ("five six")."""
    half = Decimal(0)
    lowered = " ".join(_SPLIT.split(text.lower()))  # "seven-and-a-half" reads as spaced
    lowered, halved, scale_after = lowered.partition("and a half")
    if halved:
        half = Decimal("0.5")
    value = _whole(lowered, half)
    if value is None or not scale_after.strip():
        return value
    return value * lx.NUMBER_WORDS[scale_after.strip()][0]


def _whole(lowered: str, half: Decimal) -> Decimal | None:
    """The number of the spelled words ``lowered`` and ``half`` of the scale they end with
    (of one when none: "two" and a half is 2.5, "a dozen" and a half 18)."""
    total = 0  # closed groups ("twenty-eight thousand")
    group = 0  # the group being built ("six hundred forty-two")
    last_role = ""
    for word in _SPLIT.split(lowered.strip()):
        if word in ("a", "an"):
            group = 1
            last_role = "digit"
            continue
        if word == "and" or not word:
            continue
        value, role = lx.NUMBER_WORDS[word]
        if role in ("digit", "teen"):
            if last_role in ("digit", "teen") or (last_role == "tens" and role == "teen"):
                return None
            group += value
        elif role == "tens":
            if last_role in ("digit", "teen", "tens"):
                return None
            group += value
        elif role in ("hundred", "dozen"):
            group = (group or 1) * value
        else:  # thousand, million: close the group
            total += (group or 1) * value
            group = 0
        last_role = role
    if last_role in ("hundred", "dozen", "scale"):
        half *= value  # "a million and a half": half a million
    return Decimal(total + group) + half


# A text of numbers repeats its ordinals too.
@functools.lru_cache(maxsize=4096)
def ordinal(lowered: str) -> Decimal:
    """Spelled-out ordinals, lower-cased: "twenty-first" → 21."""
    value = Decimal(0)
    for piece in _ORDINAL_SPLIT.split(lowered):
        value += lx.ORDINAL_WORDS.get(piece) or lx.NUMBER_WORDS.get(piece, (0, ""))[0]
    return value
