"""The closing day of a range of days whose first date the dates field found: "from
October 12 to 15", "between June 4 and 7", "polled Jan. 9 to 13 on landlines". The dates
field reads the first date alone; the day after it is no count of anything."""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts.plugin import compiled

# Where a date ends with its day: "October 12", "Jan. 9" (not "2016", not "12th")
_DAY_END = compiled(r"(?<![\d,])\d{1,2}\Z")
# After that day, the link of a range and the closing day, then what ends the range: a mark,
# the end of the text, or a word that starts no noun the day could count ("to 15, the
# ministry said", "and 7.", "to 13 on landlines"; not "and 6 people were hurt")
_CLOSING_DAY = compiled(
    r"[ \t]*+(?:to|and|through|thru|until|till|[-–])[ \t]*+(?P<day>\d{1,2})(?!\d)"
    r"(?=[ \t]*+(?:[,.;:)\n]|\Z|(?:on|in|at|for|by|from|with|when|while|the|a|an|and|or"
    r"|this|last|next|among|between|during|via|using|before|after)\b))"
)
_LAST_DAY = 31
# The first characters of the links of _CLOSING_DAY ("to", "and", "through", "thru", "until",
# "till", a dash)
_LINK_FIRSTS = frozenset("atu-–")


def _may_link(text: str, end: int) -> bool:
    """Whether a date that ends at ``end`` ends with a digit and a link of a range may follow
    it: a dash, or a blank and the first letter of "to", "and" ... (decided without the
    patterns)."""
    after = text[end : end + 2]
    if not text[end - 1 : end].isdigit():
        return False
    return after[:1] in _LINK_FIRSTS or (after[:1] in (" ", "\t") and after[1:] in _LINK_FIRSTS)


def closing_days(text: str, dates: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the closing days after the ``dates`` (spans of dates, not durations)
    that end with a day: a day after the first, at most the 31st, linked by "to", "and",
    "through" or a dash, before no noun."""
    days = []
    for start, end in dates:
        if not _may_link(text, end):
            continue  # the quick test: most dates ("Friday", "2016") stand before no range
        first = _DAY_END.search(text, max(start, end - 2), end)
        if first is None:
            continue
        closing = _CLOSING_DAY.match(text, end)
        if closing is not None and int(first.group()) < int(closing["day"]) <= _LAST_DAY:
            days.append(closing.span("day"))
    return days
