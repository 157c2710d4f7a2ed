"""Days that name one event of one year: "the Sept. 11 attacks" are of 2001
(``data/named_days.tsv``)."""

from __future__ import annotations

import datetime as dt

from newsfacts.plugin import read_table
from newsfacts_dates.grammar import PACKAGE

# (month, day) -> (year, nouns of the event)
NAMED_DAYS: dict[tuple[int, int], tuple[int, frozenset[str]]] = {
    (int(day[:2]), int(day[3:])): (int(year), frozenset(nouns.split("|")))
    for day, year, nouns in read_table(PACKAGE, "named_days.tsv", columns=3)
}
# Words between the day and the event's noun: "the Sept. 11 terrorist attacks"
_BETWEEN = frozenset(["terrorist", "terror"])


def named_day_year(
    text: str, end: int, month: int, day: int, published: dt.date | None
) -> int | None:
    """The year of the event the day ending at ``end`` names by the noun after it, if any
    (none in a story told before that year)."""
    named = NAMED_DAYS.get((month, day))
    if named is None or (published is not None and published.year < named[0]):
        return None
    words = [word.strip(".,;:'’\"”)]") for word in text[end : end + 40].lower().split()[:2]]
    if words and words[0] in _BETWEEN:
        words = words[1:]
    return named[0] if words and words[0] in named[1] else None
