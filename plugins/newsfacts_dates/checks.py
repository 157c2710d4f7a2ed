"""Decisions as ordered tables of named checks.

A decision ("is this number a year or an amount?", "which year does this month and day
fall in?") is a tuple of small named functions tried in order: each looks at the subject
and either gives a verdict or passes (returns None) to the next; the default holds when
every check passes. One function per check keeps each rule readable on its own, lets a
trace name the check that decided, and keeps every function short. (When the core offers
its own table of checks with an explain trace, these tables move onto it unchanged.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

Subject = TypeVar("Subject")
Verdict = TypeVar("Verdict")


def decide(
    checks: Sequence[Callable[[Subject], Verdict | None]], subject: Subject, default: Verdict
) -> Verdict:
    """The verdict of the first check in ``checks`` that gives one, else ``default``."""
    return trace(checks, subject, default)[0]


def trace(
    checks: Sequence[Callable[[Subject], Verdict | None]], subject: Subject, default: Verdict
) -> tuple[Verdict, str]:
    """The verdict and the name of the check that gave it ("default" when none did)."""
    for check in checks:
        verdict = check(subject)
        if verdict is not None:
            return verdict, check.__name__.lstrip("_")
    return default, "default"
