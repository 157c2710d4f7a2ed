"""A time limit for one piece of work, such as extracting the facts of one article.

::

    with time_limit(2.0) as deadline:
        for step in steps:
            deadline.check()  # a checkpoint: raises TimeLimitError once the time is up
            step()

Two ways of stopping work that runs too long, chosen by :func:`time_limit` itself:

- **Interrupting** (``deadline.interrupts`` is True): on the main thread of a POSIX process, a
  ``SIGALRM`` timer raises :class:`~newsfacts.TimeLimitError` wherever the block is, even in
  the middle of a regular expression match (the ``regex`` module checks for signals while it
  backtracks) or a pure-Python loop. Code stuck in a C function that never returns to Python
  is not interrupted: the process pool of :mod:`newsfacts.parallel` kills such a worker.
- **Cooperative** (``deadline.interrupts`` is False): on other threads (a Dask worker's task
  threads, a web server's request threads) and on Windows, signals cannot be used; the block
  is stopped only at its calls of :meth:`Deadline.check`, typically between plugins.

Checkpoints are worth placing in both cases: code that catches every exception (a plugin with
``except Exception: pass`` around a slow call) swallows the interruption, and the next
checkpoint raises again.
"""

from __future__ import annotations

import contextlib
import math
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

import attrs

from newsfacts.errors import TimeLimitError

_clock = time.monotonic


@attrs.frozen
class Deadline:
    """The moment a time limit runs out, and how it is enforced.

    ``seconds`` is the limit (None: no limit), ``expires_at`` the :func:`time.monotonic` value
    at which it runs out, ``interrupts`` whether a timer signal interrupts the block.
    """

    seconds: float | None
    expires_at: float = math.inf
    interrupts: bool = False

    @classmethod
    def after(cls, seconds: float | None, *, interrupts: bool = False) -> Deadline:
        """A deadline ``seconds`` from now (never, for None)."""
        if seconds is None:
            return cls(None)
        return cls(checked_seconds(seconds), _clock() + seconds, interrupts)

    @property
    def remaining(self) -> float:
        """Seconds left before the limit (negative once exceeded, infinite without a limit)."""
        return self.expires_at - _clock()

    @property
    def expired(self) -> bool:
        """Whether the limit has been exceeded."""
        return self.remaining <= 0

    def check(self) -> None:
        """Raise :class:`~newsfacts.TimeLimitError` if the limit has been exceeded."""
        if self.seconds is not None and self.expired:
            raise TimeLimitError(self.seconds)


def checked_seconds(seconds: float) -> float:
    """``seconds`` as a float, or a clear error if it is no valid time limit."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise TypeError(f"a time limit is a number of seconds, not {type(seconds).__name__}")
    if not 0 < seconds < math.inf:
        raise ValueError(f"a time limit must be a positive, finite number of seconds: {seconds!r}")
    return float(seconds)


def signals_usable() -> bool:
    """Whether :func:`time_limit` can interrupt here (POSIX, main thread of the interpreter)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[Deadline]:
    """Stop the ``with`` block with :class:`~newsfacts.TimeLimitError` after ``seconds``.

    Yields the :class:`Deadline`, whose :meth:`~Deadline.check` the block may call at safe
    points. ``None`` sets no limit (the checks never raise), so callers need no second code
    path. Nesting works: an inner limit longer than the time an outer one has left is left to
    the outer one, and the outer timer is re-armed when the inner block ends. A block that
    finishes after its limit without being stopped (cooperative mode, no check reached) is
    not failed afterwards: its work is done.
    """
    if seconds is None or not signals_usable():
        yield Deadline.after(seconds)
        return
    limit = checked_seconds(seconds)
    outer_delay, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if 0 < outer_delay <= limit:
        # An outer timer fires first; its handler is left alone and this limit is cooperative.
        yield Deadline.after(limit)
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitError(limit)

    outer_handler = signal.signal(signal.SIGALRM, on_alarm)
    began = _clock()
    # The deadline is set before the timer is armed, so that the timer never fires before
    # the deadline has expired (a busy machine may pause the process between the two).
    deadline = Deadline.after(limit, interrupts=True)
    try:
        signal.setitimer(signal.ITIMER_REAL, limit)
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        # None: the outer handler was not set from Python; the default is the closest match.
        signal.signal(signal.SIGALRM, signal.SIG_DFL if outer_handler is None else outer_handler)
        if outer_delay > 0:
            # Re-arm the outer timer for what it has left; a zero delay would disarm it.
            left = max(outer_delay - (_clock() - began), 1e-6)
            signal.setitimer(signal.ITIMER_REAL, left, outer_interval)
