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

Work done in pieces, interleaved with other work of its kind (the articles of a batch, each
extracted field by field: :mod:`newsfacts.batches`), has one limit for all its pieces:
:func:`pieces`.
"""

from __future__ import annotations

import contextlib
import functools
import math
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType
from typing import TYPE_CHECKING, Any

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
    def after(
        cls, seconds: float | None, *, interrupts: bool = False, spent: float = 0.0
    ) -> Deadline:
        """A deadline ``seconds`` from now (never, for None), less the ``spent`` seconds of
        the limit already used."""
        if seconds is None:
            return cls(None)
        return cls(checked_seconds(seconds), _clock() + seconds - spent, interrupts)

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
    import signal  # here: an extraction without a time limit never needs it (see limit)

    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None, *, spent: float = 0.0) -> Iterator[Deadline]:
    """Stop the ``with`` block with :class:`~newsfacts.TimeLimitError` after ``seconds``.

    Yields the :class:`Deadline`, whose :meth:`~Deadline.check` the block may call at safe
    points. ``None`` sets no limit (the checks never raise), so callers need no second code
    path. Nesting works: an inner limit longer than the time an outer one has left is left to
    the outer one, and the outer timer is re-armed when the inner block ends. A block that
    finishes after its limit without being stopped (cooperative mode, no check reached) is
    not failed afterwards: its work is done.

    ``spent`` is the seconds of the limit that earlier blocks of the same work already used
    (work done in pieces: see :func:`pieces`). A block that starts with nothing left is not
    interrupted: its deadline has expired, and its first :meth:`~Deadline.check` raises.
    """
    if seconds is None or not signals_usable():
        yield Deadline.after(seconds, spent=spent)
        return
    # Imported here, as the timer is: every process loads this module, few set a limit (the
    # import was 0.3 % of a cold start).
    import signal

    limit = checked_seconds(seconds)
    left = limit - spent
    outer_delay, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if left <= 0 or 0 < outer_delay <= left:
        # Nothing left: the block checks its deadline. Or an outer timer fires first: its
        # handler is left alone and this limit is cooperative.
        yield Deadline.after(limit, spent=spent)
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitError(limit)

    outer_handler = signal.signal(signal.SIGALRM, on_alarm)
    began = _clock()
    # The deadline is set before the timer is armed, so that the timer never fires before
    # the deadline has expired (a busy machine may pause the process between the two).
    deadline = Deadline.after(limit, interrupts=True, spent=spent)
    try:
        signal.setitimer(signal.ITIMER_REAL, left)
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _restore(outer_handler)
        if outer_delay > 0:
            # Re-arm the outer timer for what it has left; a zero delay would disarm it.
            outer_left = max(outer_delay - (_clock() - began), 1e-6)
            signal.setitimer(signal.ITIMER_REAL, outer_left, outer_interval)


#: A piece of work under what is left of its time limit: ``piece(spent)`` is a context
#: manager yielding the :class:`Deadline` of the piece, as :func:`time_limit` does.
Piece = Callable[[float], contextlib.AbstractContextManager[Deadline]]


@contextlib.contextmanager
def pieces(seconds: float | None) -> Iterator[Piece]:
    """A time limit for work done in pieces: many pieces of work, each stopped once it and
    the earlier pieces of the same work reach ``seconds`` (the articles of a batch, extracted
    field by field: :mod:`newsfacts.batches`)::

        with pieces(2.0) as piece:
            for step in steps:
                for work in works:
                    with piece(work.spent) as deadline:
                        deadline.check()
                        ...  # work.spent += the seconds the piece took

    ``with piece(spent)`` is ``with time_limit(seconds, spent=spent)``, but for the timer: one
    for all the pieces, set once (an article's field, some hundreds of microseconds on a
    short article, would otherwise pay the tens that setting a signal handler and a timer
    take). It fires no later than the deadline of the piece running: a piece whose deadline
    comes sooner than the timer's moves it, and a timer that fires before the running piece's
    deadline is set again for it. Where signals cannot be used, or while another timer runs,
    each piece is a :func:`time_limit`.
    """
    if seconds is None:
        yield _no_limit
        return
    import signal  # here: work without a time limit never needs it (see signals_usable)

    if not signals_usable() or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield functools.partial(_limited, seconds)
    else:
        timer = _Timer(checked_seconds(seconds))
        outer_handler = signal.signal(signal.SIGALRM, timer.on_alarm)
        try:
            yield timer.piece
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _restore(outer_handler)


class _Timer:
    """The timer of :func:`pieces`: when the running piece's time is up (``expires_at``, the
    :func:`time.monotonic` value; infinite between pieces) and when the timer fires.

    ``with timer.piece(spent) as deadline:`` runs a piece: the timer is its own context
    manager (a class, not a generator made one: entered for every field of every article),
    for one piece at a time."""

    __slots__ = ("expires_at", "fires_at", "limit", "spent")

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.spent = 0.0
        self.expires_at = self.fires_at = math.inf

    def on_alarm(self, signum: int, frame: FrameType | None) -> None:
        self.fires_at = math.inf
        left = self.expires_at - _clock()
        if left <= 0:
            raise TimeLimitError(self.limit)
        if left < math.inf:  # fired for an earlier piece: set again for this one
            self._arm(left)

    def piece(self, spent: float) -> _Timer:
        self.spent = spent
        return self

    def __enter__(self) -> Deadline:
        left = self.limit - self.spent
        if left <= 0:  # nothing left: not interrupted, the deadline expired
            return Deadline(self.limit, _clock() + left)
        # The deadline is set before the timer is armed, as in time_limit.
        deadline = Deadline(self.limit, _clock() + left, interrupts=True)
        self.expires_at = deadline.expires_at
        if self.fires_at > self.expires_at:
            self._arm(left)
        return deadline

    def __exit__(self, *exception: object) -> None:
        self.expires_at = math.inf  # between pieces, the timer stops nothing

    def _arm(self, seconds: float) -> None:
        import signal  # (imported by pieces already: a look-up in sys.modules)

        self.fires_at = _clock() + seconds
        signal.setitimer(signal.ITIMER_REAL, seconds)


def _limited(seconds: float, spent: float) -> contextlib.AbstractContextManager[Deadline]:
    return time_limit(seconds, spent=spent)


def _no_limit(spent: float) -> contextlib.AbstractContextManager[Deadline]:
    """A piece of work without a time limit: no timer, no deadline made per piece."""
    return _UNLIMITED


#: The deadline of work without a time limit, and a context manager yielding it (reusable:
#: it holds nothing else).
_UNLIMITED = contextlib.nullcontext(Deadline(None))

if TYPE_CHECKING:
    import signal

    _Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


def _restore(handler: _Handler) -> None:
    import signal  # (imported where the handler was set)

    # None: the handler was not set from Python; the default is the closest match.
    signal.signal(signal.SIGALRM, signal.SIG_DFL if handler is None else handler)
