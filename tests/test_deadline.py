"""The per-article time limit: interrupting on the main thread, cooperative elsewhere."""

from __future__ import annotations

import contextlib
import math
import signal
import sys
import threading
import time

import pytest
import regex

from newsfacts import TimeLimitError
from newsfacts.deadline import Deadline, pieces, signals_usable, time_limit

posix_only = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no SIGALRM timers")

# Catastrophic backtracking: the regex module tries every way of splitting a run of "a"s into
# "a"s and "aa"s before failing on the final "b", a number of ways that grows like Fibonacci.
BACKTRACKING = regex.compile(r"(?:a|aa)+$")


def busy_loop(deadline: Deadline | None = None) -> None:
    while True:
        if deadline is not None:
            deadline.check()


@posix_only
def test_a_runaway_regex_is_interrupted_and_a_small_one_is_not() -> None:
    with time_limit(0.2):
        assert BACKTRACKING.search("a" * 12 + "b") is None  # 233 ways: done in microseconds
    with pytest.raises(TimeLimitError) as stopped, time_limit(0.2):
        BACKTRACKING.search("a" * 80 + "b")  # 3.7e16 ways: would run for years
    assert stopped.value.seconds == 0.2
    assert str(stopped.value) == "article exceeded the time limit of 0.2 s"


@posix_only
def test_a_busy_python_loop_is_interrupted_without_any_checkpoint() -> None:
    with pytest.raises(TimeLimitError), time_limit(0.05) as deadline:
        assert deadline.interrupts
        busy_loop()


@posix_only
def test_the_timer_and_the_handler_are_restored_afterwards() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with time_limit(5):
        pass
    with pytest.raises(TimeLimitError), time_limit(0.05):
        busy_loop()
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@posix_only
def test_an_inner_limit_stops_the_inner_block_and_the_outer_timer_goes_on() -> None:
    with time_limit(30) as outer:
        with pytest.raises(TimeLimitError) as stopped, time_limit(0.05):
            busy_loop()
        assert stopped.value.seconds == 0.05
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < left <= 30
        assert not outer.expired
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@posix_only
def test_a_longer_inner_limit_leaves_the_work_to_the_outer_one() -> None:
    with pytest.raises(TimeLimitError) as stopped, time_limit(0.05), time_limit(60) as inner:
        assert not inner.interrupts
        busy_loop()
    assert stopped.value.seconds == 0.05


@posix_only
def test_a_swallowed_interruption_is_raised_again_at_the_next_checkpoint() -> None:
    with pytest.raises(TimeLimitError), time_limit(0.05) as deadline:
        with contextlib.suppress(Exception):  # a plugin that catches everything
            busy_loop()
        assert deadline.expired
        deadline.check()


def busy_wait(seconds: float) -> None:
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        pass


@posix_only
def test_pieces_of_work_are_stopped_when_together_they_reach_the_limit() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with pieces(0.2) as piece:
        with piece(0.0) as deadline:  # a first piece: all of the limit left
            assert deadline.interrupts and 0.19 < deadline.remaining <= 0.2
        busy_wait(0.25)  # between pieces the timer fires, and stops nothing
        with pytest.raises(TimeLimitError) as stopped, piece(0.15):  # 0.05 s left
            busy_loop()
        assert stopped.value.seconds == 0.2  # the limit, not what was left of it
        with piece(0.25) as deadline:  # nothing left: not interrupted, but expired
            assert not deadline.interrupts
            with pytest.raises(TimeLimitError):
                deadline.check()
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@posix_only
def test_a_piece_is_not_stopped_by_the_timer_of_an_earlier_one() -> None:
    with pieces(0.2) as piece:
        with piece(0.0):  # the timer set for 0.2 s from now
            pass
        busy_wait(0.1)
        began = time.monotonic()
        with pytest.raises(TimeLimitError), piece(0.0):  # 0.2 s from now: 0.1 s past the timer
            busy_loop()
        assert time.monotonic() - began >= 0.2


@posix_only
def test_pieces_under_an_outer_timer_are_each_a_time_limit() -> None:
    with time_limit(30), pieces(0.05) as piece:
        with pytest.raises(TimeLimitError) as stopped, piece(0.0):
            busy_loop()
        assert stopped.value.seconds == 0.05
        with time_limit(0.2, spent=0.1) as deadline:  # as a piece is: 0.1 s left of 0.2
            assert 0.09 < deadline.remaining <= 0.1
        assert 29 < signal.getitimer(signal.ITIMER_REAL)[0] <= 30  # the outer timer goes on


def test_pieces_without_a_limit_are_never_stopped() -> None:
    with pieces(None) as piece, piece(1e9) as deadline:
        deadline.check()
        assert deadline.seconds is None


def test_off_the_main_thread_the_limit_is_cooperative() -> None:
    outcome: dict[str, object] = {}

    def work() -> None:
        outcome["signals"] = signals_usable()
        try:
            with time_limit(0.05) as deadline:
                outcome["interrupts"] = deadline.interrupts
                busy_loop(deadline)
        except TimeLimitError as error:
            outcome["stopped after"] = error.seconds

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == {"signals": False, "interrupts": False, "stopped after": 0.05}


def test_a_cooperative_block_that_finishes_late_is_not_failed_afterwards() -> None:
    finished = threading.Event()

    def work() -> None:
        with time_limit(0.01) as deadline:
            while not deadline.expired:
                pass
        finished.set()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert finished.is_set()


def test_no_limit_never_stops_the_block() -> None:
    with time_limit(None) as deadline:
        deadline.check()
    assert deadline.seconds is None
    assert deadline.remaining == math.inf
    assert not deadline.expired


@pytest.mark.parametrize("seconds", [0, -1, math.inf, math.nan])
def test_a_limit_must_be_a_positive_finite_number(seconds: float) -> None:
    with pytest.raises(ValueError, match="positive, finite"), time_limit(seconds):
        pass


def test_a_limit_is_a_number_of_seconds() -> None:
    with pytest.raises(TypeError, match="not str"), time_limit("2"):  # type: ignore[arg-type]
        pass


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_signals_are_usable_on_the_main_thread() -> None:
    assert signals_usable()
