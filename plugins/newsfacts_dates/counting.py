"""What an amount of time counts: the number its words write ("two", "twenty-four", "14",
"2 1/2", "two hundred and fifty") and the TIMEX3 duration of so many units ("P2W",
"PT10H", "P2Y6M"), which the readers of amounts, fractions, distances and spelled years
share."""

from __future__ import annotations

from newsfacts.plugin import NUMBER_WORDS, compiled
from newsfacts_dates.grammar import KEEP_GIL, NUMBERS, UNITS

# The core's words of the digits and of the tens, which join in "twenty-four"
_SMALL = {word: number.value for word, number in NUMBER_WORDS.items() if number.role == "digit"}
_TENS = {word: number.value for word, number in NUMBER_WORDS.items() if number.role == "tens"}
_FRACTION = compiled(r"^(\d+)(?:\.(\d+))?(?: 1/2|½)?$")
_HYPHEN_OR_SPACE = compiled(r"[- ]")  # "twenty-four", "twenty four"


def count(words: str) -> float | None:
    """The number in ``words`` ("two", "twenty-four", "14", "2 1/2"); None for "several"."""
    words = words.lower().strip().replace(",", "")
    if words in NUMBERS:
        value = NUMBERS[words]
        return None if value == "X" else float(value)
    match = _FRACTION.match(words, 0, None, KEEP_GIL)
    if match:
        number = float(match.group(1) + ("." + match.group(2) if match.group(2) else ""))
        return number + (0.5 if words.endswith(("1/2", "½")) else 0.0)
    parts = _HYPHEN_OR_SPACE.split(words)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _SMALL:
        return float(_TENS[parts[0]] + _SMALL[parts[1]])
    if "hundred" in parts or "thousand" in parts:
        return _spelled_hundreds(parts)
    return None


_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def _spelled_hundreds(parts: list[str]) -> float | None:
    """ "two hundred and fifty" (its words) as 250, "a thousand" as 1000; None for words
    that are no such number."""
    total = current = 0
    for part in parts:
        if part in _MULTIPLIERS:
            current = (current or 1) * _MULTIPLIERS[part]
            if part == "thousand":
                total, current = total + current, 0
        elif part != "and":
            value = 1 if part == "a" else _SMALL.get(part, _TENS.get(part))
            if value is None:
                value = int(NUMBERS[part]) if NUMBERS.get(part, "X").isdigit() else None
            if value is None:
                return None
            current += value
    return float(total + current)


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
