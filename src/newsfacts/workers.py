"""The worker processes of :mod:`newsfacts.parallel`: what runs in each, and the parent's handle.

A worker builds its extractor once, says it is ready (with its field names), then extracts
chunk after chunk of articles sent through its pipe, answering each with the chunk's results.
While it works, a small shared array tells the parent which article runs and since when, so
that the parent can kill a worker stuck on one article and know which article it was.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.connection
import pickle
import signal
import time
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.context import BaseContext
from typing import Any, Protocol

import attrs

from newsfacts import collector
from newsfacts.article import Article
from newsfacts.errors import WorkerError
from newsfacts.facts import Field
from newsfacts.manager import PluginFailure
from newsfacts.result import Result

#: The plugin name of failures that belong to no plugin (time limit, worker crash).
CORE = "newsfacts"

Chunk = list[tuple[int, Article]]
# A worker's progress, in shared memory: the article in progress and its monotonic start time.
_SEQ, _STARTED = 0, 1


class ArticleExtractor(Protocol):
    """What a worker needs of its extractor: a :class:`~newsfacts.Extractor` has it.

    Named here rather than imported: the extractor starts the workers
    (:meth:`~newsfacts.Extractor.extract_many`), not the other way round.
    """

    @property
    def fields(self) -> tuple[Field[Any], ...]: ...

    @property
    def failures(self) -> tuple[PluginFailure, ...]: ...

    # Private to newsfacts (an Extractor has it): a chunk runs as one batch.
    def _extract_batch(
        self,
        articles: Sequence[Article],
        time_limit: float | None,
        started: Callable[[int], object],
    ) -> tuple[list[Result], Exception | None]: ...


@attrs.frozen
class ResultShape:
    """What every result of a worker's extractor has: its fields, its load failures."""

    fields: tuple[str, ...]
    failures: tuple[PluginFailure, ...]

    @classmethod
    def of(cls, extractor: ArticleExtractor) -> ResultShape:
        return cls(tuple(field.name for field in extractor.fields), extractor.failures)

    def stopped(self, article: Article, error: BaseException) -> Result:
        """The result of an article whose extraction was stopped: no facts, the error."""
        failure = PluginFailure.from_exception(CORE, error)
        return Result(article, dict.fromkeys(self.fields, ()), (*self.failures, failure))


def _portable(error: BaseException) -> tuple[BaseException, str]:
    """The error, or a stand-in if it cannot be pickled, and its traceback as text."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        error = WorkerError(f"{type(error).__name__}: {error}")
    return error, text


def worker_main(
    make_extractor: Callable[[], ArticleExtractor],
    seconds: float | None,
    conn: multiprocessing.connection.Connection,
    progress: ctypes.Array[ctypes.c_double],
) -> None:
    # Ctrl-C reaches the whole process group: the parent handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        # The worker is newsfacts' own process: its plugins' tables are frozen out of the
        # collector's reach (see newsfacts.collector).
        with collector.loading():
            extractor = make_extractor()
        shape = ResultShape.of(extractor)
    except Exception as error:
        conn.send(("failed", _portable(error)))
        return
    conn.send(("ready", shape))
    parent = multiprocessing.parent_process()
    watched: list[Any] = [conn] if parent is None else [conn, parent.sentinel]
    while conn in multiprocessing.connection.wait(watched):  # else the parent is gone
        try:
            chunk: Chunk | None = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        conn.send(("done", _run_chunk(extractor, seconds, chunk, progress)))


def _run_chunk(
    extractor: ArticleExtractor,
    seconds: float | None,
    chunk: Chunk,
    progress: ctypes.Array[ctypes.c_double],
) -> tuple[list[tuple[int, Result]], tuple[int, BaseException, str] | None]:
    """Results of the chunk's articles, up to the first error raised (strict mode).

    The chunk runs as one batch, field by field (:mod:`newsfacts.batches`); as each piece of
    an article's work starts, the shared array says which article and since when, for the
    parent's watchdog."""
    numbers = [seq for seq, _ in chunk]

    def started(index: int) -> None:
        progress[_SEQ] = numbers[index]
        progress[_STARTED] = time.monotonic()

    try:
        results, raised = extractor._extract_batch(
            [article for _, article in chunk], seconds, started
        )
    except Exception as error:  # outside any article's work: the chunk's first one reports it
        return [], (numbers[0], *_portable(error))
    finally:
        progress[_STARTED] = 0.0
    done = list(zip(numbers, results, strict=False))
    if raised is None:
        return done, None
    return done, (numbers[len(results)], *_portable(raised))


class _RemoteTraceback(Exception):
    """Where an error was raised in a worker process (set as the error's ``__cause__``)."""

    def __str__(self) -> str:
        return f'\n"""\n{self.args[0]}"""'


def raised_remotely(error: BaseException, text: str) -> BaseException:
    error.__cause__ = _RemoteTraceback(text)
    return error


class WorkerHandle:
    """The parent's handle on one worker process: its pipe and the chunk it is working on."""

    def __init__(
        self,
        context: BaseContext,
        make_extractor: Callable[[], ArticleExtractor],
        seconds: float | None,
    ) -> None:
        self.conn, child = context.Pipe()
        self.progress = context.RawArray(ctypes.c_double, 2)
        self.process = context.Process(  # type: ignore[attr-defined]
            target=worker_main,
            args=(make_extractor, seconds, child, self.progress),
            name="newsfacts-worker",
            daemon=True,
        )
        self.process.start()
        child.close()
        self.ready = False
        self.chunk: Chunk | None = None

    def send(self, chunk: Chunk) -> None:
        self.chunk = chunk
        # A worker that died while idle fails the send; its sentinel tells, the chunk runs again.
        with contextlib.suppress(OSError):
            self.conn.send(chunk)

    def running(self) -> tuple[int, float] | None:
        """The article in progress and when it started, or None between articles."""
        started = self.progress[_STARTED]
        return (int(self.progress[_SEQ]), started) if started else None

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()

    def close(self) -> str:
        """Wait for the process to end (killing it if need be); says how it ended."""
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
        return f"exit code {self.process.exitcode}"
