"""Which of the candidates of one sentence are taken: strong rules first, then the longest, none
overlapping another (see :mod:`newsfacts_organizations.resolve`)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts_organizations import rules
from newsfacts_organizations.rules import Candidate
from newsfacts_organizations.runs import Sentence


class Taken:
    """The characters of one sentence that chosen candidates cover, one byte each: asking
    whether a candidate overlaps them is a ``find`` in C, not a loop over every chosen one
    (which is quadratic in a long sentence of names)."""

    def __init__(self, sentence: Sentence) -> None:
        starts, ends = sentence.starts, sentence.ends
        self._offset = starts[0] if starts else 0
        self._length = ends[-1] - self._offset if ends else 0
        # Made on the first candidate taken: most sentences of a long text take none, and a
        # byte per character of each would be a copy of the text's size.
        self._covered: bytearray | None = None

    def overlaps(self, start: int, end: int) -> bool:
        if self._covered is None:
            return False
        offset = self._offset
        return self._covered.find(1, start - offset, end - offset) >= 0

    def holds(self, position: int) -> bool:
        """Whether a candidate taken covers the character at ``position``."""
        return self._covered is not None and self._covered[position - self._offset] == 1

    def add(self, start: int, end: int) -> None:
        if self._covered is None:
            self._covered = bytearray(self._length)
        offset = self._offset
        self._covered[start - offset : end - offset] = b"\x01" * (end - start)


def select(
    candidates: list[Candidate],
    taken: Taken,
    kept: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """Non-overlapping candidates: strong rules first, then the longest; those ``kept`` keeps,
    when given, which is asked only of a candidate over none taken before it: one under a
    name taken is dropped whatever the checks say (a name two rules find, "Chelsea" as a
    listed club and as a team beside its score, was checked twice)."""
    if not candidates:
        return []  # most sentences: nothing to sort
    chosen: list[Candidate] = []
    ordered = sorted(
        candidates,
        key=lambda c: (c.rule < rules.HEAD_RULE, c.start - c.end, -c.rule, c.start),
    )
    for candidate in ordered:
        if taken.overlaps(candidate.start, candidate.end):
            continue
        if kept is not None and not kept(candidate):
            continue
        taken.add(candidate.start, candidate.end)
        chosen.append(candidate)
    return chosen
