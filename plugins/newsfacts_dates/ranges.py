"""Ranges: "between Wednesday and Thursday", "from 2007 to 2010" read as one fact."""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.reading import Found, Reading

_OPENER = compiled(r"(?:between|from)\s+$", regex.IGNORECASE)
_JOINERS = frozenset(["and", "to", "until", "till", "through", "-", "–"])


class Span(NamedTuple):
    """A found expression; ``range`` holds both ends' values of a joined range."""

    start: int
    end: int
    reading: Reading
    range: tuple[str, str] | None = None


def join_ranges(text: str, found: list[Found]) -> list[Span]:
    """ "between Wednesday and Thursday": one fact with a range instead of two."""
    spans: list[Span] = []
    index = 0
    while index < len(found):
        start, end, reading = found[index]
        if index + 1 < len(found):
            next_start, next_end, next_reading = found[index + 1]
            if (
                next_start - end <= 9  # first: no slice of the gap between distant expressions
                and text[end:next_start].strip().lower() in _JOINERS
                and reading.type == next_reading.type
                and not reading.value.endswith("_REF")
                and not next_reading.value.endswith("_REF")
                and _OPENER.search(text, max(0, start - 12), start)
            ):
                # The range stands for its first end (its value is the start's); the last
                # end is also a fact of its own, as TimeML marks each end of a range.
                reading = _in_year_of_end(text[start:end], reading, next_reading)
                spans.append(Span(start, next_end, reading, (reading.value, next_reading.value)))
                spans.append(Span(next_start, next_end, next_reading, next_reading.range))
                index += 2
                continue
        spans.append(Span(start, end, reading, reading.range))
        index += 1
    return spans


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
