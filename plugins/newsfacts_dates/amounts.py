"""Amounts of time: durations ("two weeks", "10-hour"), sets ("every night") and counts."""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsfacts_dates.grammar import MODIFIERS, NUMBERS, UNITS, unit_of


class Reading(NamedTuple):
    """What a matched expression means: its TIMEX3 type, value and mod."""

    type: str
    value: str
    mod: str | None = None
    resolved: bool = True


_SMALL = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate(
        ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
    if w != "_"
}
_FRACTION = regex.compile(r"^(\d+)(?:\.(\d+))?(?: 1/2|½)?$")


def count(words: str) -> float | None:
    """The number in ``words`` ("two", "twenty-four", "14", "2 1/2"); None for "several"."""
    words = words.lower().strip()
    if words in NUMBERS:
        value = NUMBERS[words]
        return None if value == "X" else float(value)
    match = _FRACTION.match(words)
    if match:
        number = float(match.group(1) + ("." + match.group(2) if match.group(2) else ""))
        return number + (0.5 if words.endswith(("1/2", "½")) else 0.0)
    parts = regex.split(r"[- ]", words)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _SMALL:
        return float(_TENS[parts[0]] + _SMALL[parts[1]])
    return None


# A half of a unit written in the next smaller unit: "2 1/2 years" is P2Y6M.
_HALVES = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration for ``amount`` ``unit``s: "P2W", "PT10H", "PXY" for an unknown amount."""
    letter, multiplier, granularity = UNITS[unit]
    time = "T" if granularity in ("hour", "minute", "second") else ""
    if amount is None:
        return f"P{time}X{letter}"
    amount *= multiplier
    whole = int(amount)
    if amount == whole:
        return f"P{time}{whole}{letter}"
    if amount - whole == 0.5 and granularity in _HALVES:
        head = f"{whole}{letter}" if whole else ""
        return f"P{time}{head}{_HALVES[granularity]}"
    return f"P{time}{amount:g}{letter}"


def duration_mod(words: str | None) -> str | None:
    if not words:
        return None
    return MODIFIERS.get(words.lower(), (None, ""))[0]


_FREQUENCY_BEFORE = regex.compile(r"(?:once|twice|thrice|times|\d|[$£€]\S*)\s+$", regex.IGNORECASE)


def is_frequency(text: str, start: int) -> bool:
    """Whether "a year" at ``start`` reads as a rate ("twice a year", "$5 a day")."""
    return _FREQUENCY_BEFORE.search(text, max(0, start - 20), start) is not None


def set_value(unit: str) -> str:
    """TIMEX3 value of "every <unit>": the period "P1D", "P1W" (a night counts as a day)."""
    return duration_value(1.0, unit)


def plural_unit(word: str) -> str | None:
    return unit_of(word)
