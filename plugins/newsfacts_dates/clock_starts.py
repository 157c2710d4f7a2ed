"""The bare first end of a range of clock times: "from 6 to 10 p.m.", "between 7:15 and 7:30
a.m.", "6:30-11:30 p.m.". The first end writes no "a.m." or "p.m." and shares the last
end's; it is a time of its own, as TimeML marks each end of a range with a TIMEX3 (and
``ranges.join_ranges`` then joins the two when "from" or "between" opens them)."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import KEEP_GIL
from newsfacts_dates.reading import Found, Reading

# The bare first end right before the last: after "from" or "between" and before "to",
# "and", "until", "till" or "through" ("from 6 to ", "between 7:15 and "), or before a
# hyphen or a dash ("6:30-", "1 – "), not the last of a longer run of digits ("2-1-3 p.m.",
# "10.5-11 p.m.").
_LEAD = compiled(
    r"""
    (?: \b (?:from|between) [ \t]++ (?P<hour>\d{1,2}) (?: : (?P<minute>[0-5]\d) )?
        [ \t]++ (?:to|and|until|till|through) [ \t]++
      | (?<! [\d:.,/–-] ) \b (?P<hour>\d{1,2}) (?: : (?P<minute>[0-5]\d) )? [ \t]*+ [-–] [ \t]*+
    ) \Z""",
    flags=regex.IGNORECASE | regex.VERBOSE,
)
# The longest lead read back from the last end: "between 11:30 and " and spaces to spare
_LEAD_REACH = 24
# A last end that opens with a clock time and its "a.m." or "p.m.": "10 p.m.", "7:30am"
_LAST = compiled(r"\d{1,2}(?::\d\d)?[ \t]*+(?P<meridiem>[ap])\.?m\b", regex.IGNORECASE)
# A time of a day: "2025-07-10T22:00", "XXXX-XX-XXT07:30", "XXXX-WXX-5T17:00"
_DAY_TIME = compiled(
    r"(?P<day>[\dX]{4}-(?:[\dX]{2}-[\dX]{2}|WXX-[1-7]))T(?P<hour>\d\d):(?P<minute>\d\d)"
)


def clock_starts(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the bare first end of each range of clock times read before its last
    end: "from 6 to 10 p.m." gives "6" (18:00) before "10 p.m." (22:00)."""
    read: list[Found] = []
    for start, end, reading in found:
        last = _LAST.match(text, start, end, KEEP_GIL) if reading.type == "TIME" else None
        if last is not None:
            low = max(0, start - _LEAD_REACH, read[-1][1] if read else 0)
            lead = _LEAD.search(text, low, start, KEEP_GIL)
            afternoon = last.group("meridiem").lower() == "p"
            first = _first_end(reading, lead, afternoon) if lead else None
            if first is not None:
                read.append(first)
        read.append((start, end, reading))
    return read


def _first_end(last: Reading, lead: regex.Match[str], afternoon: bool) -> Found | None:
    """The bare first end of ``lead`` on the last end's day, with its "a.m." or "p.m.", or
    the one before when that would put it after the last end ("from 11 to 1 p.m." starts
    at 11 a.m.); None past midnight ("from 10 to 2 a.m.") or for no hour of a clock."""
    when = _DAY_TIME.fullmatch(last.value)
    hour = int(lead.group("hour"))
    if when is None or not 1 <= hour <= 12:
        return None
    minute = int(lead.group("minute") or 0)
    last_minutes = int(when.group("hour")) * 60 + int(when.group("minute"))
    minutes = (hour % 12 + 12 * afternoon) * 60 + minute
    if minutes > last_minutes and afternoon:
        minutes -= 12 * 60  # "from 11 to 1 p.m.": the morning's 11
    if minutes > last_minutes:
        return None
    value = f"{when.group('day')}T{minutes // 60:02d}:{minutes % 60:02d}"
    digits_end = lead.end("minute") if lead.group("minute") else lead.end("hour")
    return (lead.start("hour"), digits_end, Reading("TIME", value, resolved=last.resolved))
