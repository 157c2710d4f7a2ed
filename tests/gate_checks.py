"""What the gate tests of the fields share: a subject decided by a whole table of checks and
by the table a :class:`~newsfacts.plugin.Screen` cut for it (see ``test_*_gates.py``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from newsfacts.plugin import Check, decide

Subject = TypeVar("Subject")


def both_ways(
    table: Sequence[Check[Subject]], cut: Sequence[Check[Subject]], subject: Subject
) -> tuple[str, str, list[str]]:
    """The outcome of the whole ``table`` and of the ``cut`` one for ``subject``, and the
    checks of the table that hold for it but are not in the cut table."""
    whole_outcome = decide(table, subject, default="accept", start=0, end=0)
    cut_outcome = decide(cut, subject, default="accept", start=0, end=0)
    held = [check.name for check in table if check.test(subject)]
    kept = {check.name for check in cut}
    return whole_outcome, cut_outcome, [name for name in held if name not in kept]


def assert_decided_alike(decided: Iterable[tuple[object, str, str, list[str]]]) -> None:
    """Each (key, whole outcome, cut outcome, checks missed): none missed, the same outcome."""
    for key, whole, cut, missed in decided:
        assert (key, missed) == (key, [])
        assert (key, cut) == (key, whole)
