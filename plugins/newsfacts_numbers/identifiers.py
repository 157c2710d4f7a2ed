"""Where the numbers of a text start, and the names with numbers in them that are no
quantities (``data/identifiers.tsv``), web and e-mail addresses among them."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsfacts.plugin import compiled
from newsfacts_numbers import patterns as px

Span = tuple[int, int]


def digit_hits(text: str) -> list[int]:
    """Where the runs of digits and the currency symbols of ``text`` start."""
    # No timeout: a run of digits or one symbol cannot backtrack.
    return [hit.start() for hit in px.HIT_DIGITS.finditer(text)]


def names(text: str, hits: list[int] | None = None) -> list[Span]:
    """The names with numbers in them ("Boeing 737", "Section 427"), phone numbers and clock
    times of ``data/identifiers.tsv``: stretches where no number is a quantity, as (start,
    end) pairs (no facts: a page of clock times has hundreds of thousands). ``hits``:
    :func:`digit_hits` of ``text``."""
    found = [
        match.span()
        for source, needs in px.IDENTIFIERS
        if _may_hold(text, needs)
        for match in compiled(source).finditer(text, timeout=px.budget(text))
    ]
    patterns = [compiled(source) for source, needs in px.DIGIT_LED if _may_hold(text, needs)]
    if not patterns:
        return found
    hits = digit_hits(text) if hits is None else hits
    if len(hits) * _DENSE > len(text):
        # Numbers everywhere (a table, a page of figures): one scan of the text per pattern
        # costs less than trying the patterns at every number, and finds the same matches
        # (they can only start where a run of digits does).
        found += [
            match.span()
            for pattern in patterns
            for match in pattern.finditer(text, timeout=px.budget(text))
        ]
        return found
    # Elsewhere they are tried at each run of digits where one of them may match, as finditer
    # would: a match resumes the search of its pattern at its end. The quick test reads a
    # bounded window: the alternation of all the patterns would match a whole run of set
    # scores ("3-6 6-3 7-5 ...") again at every number of it.
    reach = px.IDENTIFIER_REACH
    resume = [0] * len(patterns)
    any_of_them = compiled(px.DIGIT_LED_ANY)
    for at in hits:
        if any_of_them.match(text, at, at + reach) is None:
            continue
        for index, pattern in enumerate(patterns):
            if at < resume[index]:
                continue
            match = pattern.match(text, at, timeout=px.TIMEOUT)
            if match is not None:
                found.append((at, match.end()))
                resume[index] = match.end()
    return found


# Above one run of digits every this many characters, a text is dense.
_DENSE = 100


def _may_hold(text: str, needs: tuple[str, ...]) -> bool:
    return not needs or any(map(text.__contains__, needs))


_URL_REACH = 300  # characters back to the start of a web address
_ADDRESS_MARKS = ("://", "www.", "@")  # what marks a web or e-mail address


def address_marks(text: str) -> list[int]:
    """Where the marks of a web or e-mail address ("://", "www.", "@") start in ``text``, in
    order: for :func:`in_address`."""
    # Found by str.find, in C: a text cites a few addresses, and a regex scan for the marks
    # stops at every "w".
    marks = []
    for mark in _ADDRESS_MARKS:
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    return sorted(marks)


def in_address(text: str, start: int, end: int, marks: Sequence[int] | None = None) -> bool:
    """Inside a web or e-mail address: the run of non-space characters around the number
    holds "://", "www." or "@". ``marks``: :func:`address_marks` of ``text``, when known."""
    # Bounded both ways: an unbounded find per number would be quadratic on hostile text.
    reach_start, reach_end = max(0, start - _URL_REACH), min(len(text), end + _URL_REACH)
    if marks is not None:
        # No mark starts within reach: no word there holds one, decided without reading it
        # (a news text cites an address or two, and each of its numbers was read so).
        index = bisect.bisect_left(marks, reach_start)
        if index == len(marks) or marks[index] >= reach_end:
            return False
    # No blank within reach: the word is read from the reach, not from the start of the text.
    left = max(
        text.rfind(" ", reach_start, start), text.rfind("\n", reach_start, start), reach_start - 1
    )
    right = min(
        (i for i in (text.find(" ", end, reach_end), text.find("\n", end, reach_end)) if i >= 0),
        default=reach_end,
    )
    word = text[left + 1 : right]
    return "://" in word or "www." in word or "@" in word
