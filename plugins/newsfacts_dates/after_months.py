"""The rules tried at a month's name that read a day or a year right after it: "May 24",
"Sept. 5-7", "March 2024", "July of last year". Where the characters after the name can go
on neither ("September heat", "June .", "July 's slight"), those rules are not tried there: a
failed try of their patterns, with their months, days and years, costs 8,000 to 17,000
instructions, and at the months of 100 CoNLL articles 361 of them failed so (4.9 M).

At a month's name these rules start with the month (no modifier nor weekday before it is one),
and the month they match is the whole word: the point, comma or space after it is no word
character (see :func:`newsfacts_dates.candidates.rules_at`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable


def _day_next(after: str) -> bool:
    """Whether a day may follow: a space, after a point or not, then a digit ("May 24",
    "Sept. 5"). Fewer characters known pass."""
    if after[:1] == ".":
        after = after[1:]
    return after[:1] == " " and (after[1:2] == "" or after[1:2].isdecimal())


# What a year after a month opens with: "of" ("July of 2024", "July of last year"), a year's
# digits ("March 2024": from 1600 to 2099), a year said ("nineteen ninety-four", "twenty
# twenty"), "last", "this", "next" (before "year"); in either case.
_YEAR_FIRST = frozenset(["", *"oO12nNtTlL"])


def _year_next(after: str) -> bool:
    """Whether a year may follow: a space, after a point or a comma or both, then what a year
    opens with ("March 2024", "Jan., 2024", "July of last year")."""
    if after[:1] == ".":
        after = after[1:]
    if after[:1] == ",":
        after = after[1:]
    return after[:1] == " " and after[1:2] in _YEAR_FIRST


#: The rules read only with a day or a year after the month: rule -> what must follow it.
AFTER_MONTH: dict[str, Callable[[str], bool]] = {
    "monthday": _day_next,  # "May 24", "Sept. 5, 2025"
    "dayrange": _day_next,  # "May 24-26", "Sept. 5 to 7"
    "monthyear": _year_next,  # "March 2024", "July of last year"
}


@functools.lru_cache(maxsize=4096)
def after_month(rules: tuple[str, ...], after: str) -> tuple[str, ...]:
    """``rules`` (tried at a month's name) but those that what ``after`` the name (its next
    four characters) cannot go on. (Few sets of rules and of characters after a month: one
    cached look-up for most months read.)"""
    return tuple(rule for rule in rules if rule not in AFTER_MONTH or AFTER_MONTH[rule](after))
