"""Ranges: "between Wednesday and Thursday", "from 2007 to 2010" read as one fact."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.reading import Found, Reading

_OPENER = compiled(r"(?:between|from)\s+$", regex.IGNORECASE)
_JOINERS = frozenset(["and", "to", "until", "till", "through", "-", "–"])


def join_ranges(text: str, found: list[Found]) -> list[Found]:
    """ "between Wednesday and Thursday": one fact with a range instead of two.

    The range stands for its first end, read up to the last end, its reading's ``range``
    holding both ends' values (its value is the start's); the last end is also a fact of its
    own, as TimeML marks each end of a range. Every other expression is left as it was found
    (the list copied at once, not remade one expression at a time).
    """
    joined = list(found)
    last_end = -1  # the index of the last end of the range joined last
    for index, (start, end, reading) in enumerate(found[:-1]):
        next_start, next_end, next_reading = found[index + 1]
        if (
            next_start - end <= 9  # first: no slice of the gap between distant expressions
            and index != last_end
            and text[end:next_start].strip().lower() in _JOINERS
            and reading.type == next_reading.type
            and not reading.value.endswith("_REF")
            and not next_reading.value.endswith("_REF")
            and _OPENER.search(text, max(0, start - 12), start)
        ):
            reading = _in_year_of_end(text[start:end], reading, next_reading)
            joined[index] = (
                start,
                next_end,
                reading._replace(range=(reading.value, next_reading.value)),
            )
            last_end = index + 1
    return joined


# A month and a day ("2024-08-05"), and a year written in an expression's text
_MONTH_DAY = compiled(r"(\d{4})(-\d\d-\d\d)")
_WRITTEN_YEAR = compiled(r"\b(?:1[6-9]|20)\d\d\b")


def _in_year_of_end(written: str, start: Reading, end: Reading) -> Reading:
    """ "between July 15 and Aug. 5, 2024": a start without a year of its own is in its
    end's year (the year before when it falls after the end in the calendar)."""
    first, last = _MONTH_DAY.fullmatch(start.value), _MONTH_DAY.fullmatch(end.value)
    if first is None or last is None or _WRITTEN_YEAR.search(written):
        return start
    year = int(last.group(1)) - (first.group(2) > last.group(2))
    return start._replace(value=f"{year:04d}{first.group(2)}")
