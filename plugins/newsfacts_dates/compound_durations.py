"""Amounts of time written in two or three parts, read as one: "two hours and 14 minutes"
is ``PT2H14M``, "an hour and 48 minutes" ``PT1H48M``, "three hours, 12 minutes and 5
seconds" ``PT3H12M5S``, "two years and three months" ``P2Y3M``, as TimeML marks one amount
(and as "a minute and a half" is already ``PT1M30S``). Each part is found alone by the
scan; here the parts that follow one another, each in a smaller unit than the one before and
joined by "and" or a comma, become one fact spanning them all."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import KEEP_GIL
from newsfacts_dates.reading import Found, Reading

# One amount in one unit, as the duration rules write it: "P2Y", "PT14M", "PT0.5S".
_PART = compiled(r"P(?P<time>T?)(?P<number>\d+(?:\.\d+)?)(?P<unit>[YMDHS])")
# Its time mark and unit by number, in one call: the regex module reads a group by name four
# times slower, and every amount of time is ranked.
_TIME_AND_UNIT = (_PART.groupindex["time"], _PART.groupindex["unit"])
# The units from the largest down, dates' and times' apart ("M" is a month before the "T",
# a minute after it); weeks are left out, as ISO 8601 writes them alone.
_ORDER = {("", "Y"): 0, ("", "M"): 1, ("", "D"): 2, ("T", "H"): 3, ("T", "M"): 4, ("T", "S"): 5}
# What joins two parts: "and", a comma, or both after a list's comma ("three hours, 12
# minutes, and 5 seconds"; not "lasted 10 days, and 20 hours later", a clause of its own).
_JOINER = compiled(r"(?:,[ \t]*+(?P<and>and[ \t]++)?|[ \t]++and[ \t]++)")
_GAP = 7  # the longest joiner: ", and " with a space to spare
# After an amount, a word that makes it a distance from a time, no part of an amount: "20
# hours later", "two days ago" ("41 seconds after a photo finish" still ends an amount).
_DISTANCE_AFTER = compiled(r"[ \t]++(?:later|earlier|ago|from[ \t]++now)\b")


def join_durations(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each run of amounts of time in descending units joined into one fact:
    the run's span, the first part's mod ("about two hours and 14 minutes" is ``APPROX``),
    the parts' values summed in one value. A run of one part is left as it was."""
    joined: list[Found] = []
    index = 0
    while index < len(found):
        last = _run_end(text, found, index)
        if last == index:
            joined.append(found[index])
        else:
            start, _, reading = found[index]
            value = _joined_value([found[k][2].value for k in range(index, last + 1)])
            joined.append((start, found[last][1], reading._replace(value=value)))
        index = last + 1
    return joined


def _run_end(text: str, found: list[Found], index: int) -> int:
    """The index of the last part of the run of amounts of time starting at ``index``."""
    last = index
    rank = _rank(found[index][2])
    while rank is not None and last + 1 < len(found):
        _, end, _ = found[last]
        next_start, next_end, next_reading = found[last + 1]
        next_rank = _rank(next_reading)
        if (
            next_rank is None
            or next_rank <= rank
            or next_reading.mod is not None
            or next_start - end > _GAP
        ):
            break
        joiner = _JOINER.fullmatch(text, end, next_start)
        if joiner is None or (joiner.group("and") and last == index):
            break
        if _DISTANCE_AFTER.match(text, next_end, next_end + 12):
            break
        last, rank = last + 1, next_rank
    return last


def _rank(reading: Reading) -> int | None:
    """The place of a one-part amount of time's unit among ``_ORDER``, None for any other
    reading."""
    if reading.type != "DURATION" or reading.range is not None:
        return None
    part = _PART.fullmatch(reading.value, 0, None, KEEP_GIL)
    if part is None:
        return None
    time, unit = part.group(*_TIME_AND_UNIT)
    return _ORDER.get((time, unit))


def _joined_value(values: list[str]) -> str:
    """ "PT2H" and "PT14M" are "PT2H14M"; "P1D" and "PT3H" are "P1DT3H"."""
    dates: list[str] = []
    times: list[str] = []
    for value in values:
        part = _PART.fullmatch(value, 0, None, KEEP_GIL)
        assert part is not None  # (each was ranked)
        (times if part.group("time") else dates).append(part.group("number") + part.group("unit"))
    return "P" + "".join(dates) + ("T" + "".join(times) if times else "")
