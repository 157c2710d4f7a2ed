"""The levels of indexes: the level a change in points or percent reaches, or an index's name
closes at, is in points ("The S&P 500 rose 38.52 points to 4,212.37")."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import links
from newsfacts_numbers.raw import Raw


def index_levels(text: str, raws: list[Raw]) -> None:
    """The level a change in points reaches is in points too: "The Nasdaq rose 48.21 points
    to 3,912.40" (an index level, as market reports write it), but a change in points to a
    percentage is in percentage points ("rose 0.3 point to 4.1 percent"); so is the level a
    change in percent reaches after an index's name: "the Nasdaq Composite added 0.98% to
    21,450.02", and the level an index's name closes at: "the FTSE 100 index closed at a
    record 8,871.31"."""
    named = _Named(text)
    for index, change in enumerate(raws):
        if change.kind == "count" and _closing_level(text, change, named):
            change.kind, change.unit = "measure", "point"
            continue
        if change.unit == "point" and index > 0 and _level_before(text, raws[index - 1], change):
            raws[index - 1].kind, raws[index - 1].unit = "measure", "point"
        if change.unit != "point" and not (
            change.unit == "percent" and named() and _index_before(text, change)
        ):
            continue
        for level in raws[index + 1 : index + 3]:  # past ", or 0.7 percent,"
            rate = change.unit == "point" and level.unit == "percent"
            if not rate and (level.kind != "count" or level.unit or level.currency or level.vague):
                continue
            if links.LEVEL_LINK.fullmatch(text, change.tail, level.start) is None:
                continue
            if rate:  # "the jobless rate rose 0.3 point to 4.1 percent": points of a rate
                change.kind, change.unit = "percent", "percentage point"
            else:
                level.kind, level.unit = "measure", "point"
            break


def _level_before(text: str, level: Raw, change: Raw) -> bool:
    """ "(16,369.03, up 58.06 points)": a bare number right before a change in points is the
    level it reached."""
    if level.kind != "count" or level.unit or level.currency or level.vague:
        return False
    return links.LEVEL_BEFORE_LINK.fullmatch(text, level.tail, change.start) is not None


# How far before a change in percent an index's name may stand: "the S&P 500 gained 0.4%"
_INDEX_REACH = 60
# A level an index closes at, right before the number: "closed at a record", "ended at"
_CLOSED_AT = compiled(
    r"""\b(?:closed|ended|finished|settled|opened|stood)\s+at
    (?:\s+a\s+(?:record|(?:new\s+|\d+-\w+\s+)?(?:high|low)\s+of))?\s+\Z""",
    regex.VERBOSE,
)


# How the text before a level that _CLOSED_AT finds ends, but for white space: "closed at",
# "closed at a record", "ended at a new high of"
_CLOSED_AT_ENDS = ("at", "record", "of")


class _Named:
    """Whether an index's name stands anywhere in a text (:func:`links.index_named`), looked
    for at the first ask: when a number may first be an index's level (a percentage, a count
    after "closed at"), which most news texts hold none of. The look-up, a str.find for
    each name, cost such a text some 150,000 instructions. Where no name stands, none stands
    before any number: a text of numbers is spared the search of :func:`_index_before` at
    each count and percentage."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._named: bool | None = None

    def __call__(self) -> bool:
        if self._named is None:
            self._named = links.index_named(self._text)
        return self._named


def _closing_level(text: str, raw: Raw, named: _Named) -> bool:
    """ "the FTSE 100 index closed at a record 8,871.31": a level, after an index's name
    (``named``: whether the text names one)."""
    if raw.unit or raw.currency or raw.vague:
        return False
    before = text[max(0, raw.start - 40) : raw.start]
    # How the text ends first, in C: the search costs some 2 µs, at every count of a text
    if not before.rstrip().endswith(_CLOSED_AT_ENDS):
        return False
    return _CLOSED_AT.search(before) is not None and named() and _index_before(text, raw)


def _index_before(text: str, change: Raw) -> bool:
    """An index's name before ``change`` in its sentence (links.INDEX_NAME)."""
    start = max(0, change.start - _INDEX_REACH)
    breaks = list(links.SENTENCE_BREAK.finditer(text, start, change.start))
    return (
        links.INDEX_NAME.search(text, breaks[-1].end() if breaks else start, change.start)
        is not None
    )
