"""All cores of one machine: extract from a stream of articles in a pool of worker processes.

::

    import functools
    import newsfacts
    from newsfacts.parallel import extract_parallel

    make = functools.partial(newsfacts.Extractor, ["numbers", "dates"])
    for result in extract_parallel(make, articles, workers=4):
        ...

Each worker process calls ``make_extractor`` once, so the plugins load once per worker, then
extracts chunk after chunk of articles, each chunk field by field as one batch of
:meth:`Extractor.extract_many <newsfacts.Extractor.extract_many>` (the results are those of
:meth:`Extractor.extract <newsfacts.Extractor.extract>`). The parent reads the input lazily
and keeps only a bounded number of chunks in flight, so memory stays flat on a stream of
millions of articles.

A failing plugin gives the article's result its ``errors``, as in one process; in strict mode
the :class:`~newsfacts.PluginError` is raised here, after the results of the articles before
it. An article over ``time_limit`` gets a :class:`~newsfacts.TimeLimitError` in its result's
errors; a worker stuck past the limit (in C code that ignores the timer signal) is killed and
replaced, and the other articles of its chunk run again. A worker that dies (a crash in a C
extension, the kernel's out-of-memory killer) gives its article a
:class:`~newsfacts.WorkerError`. Ctrl-C, an error or leaving the loop early stops every
worker: no process outlives the iteration.

Start method: ``fork`` when the parent runs a single thread on Linux (workers start in a
fraction of a second and inherit plugins the parent has already loaded), otherwise
``forkserver`` where it exists (forking a process with several threads can deadlock the
child; Python 3.14 made it the default), otherwise ``spawn``. ``make_extractor`` must be
picklable in every case, for the same code to run everywhere.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import importlib
import multiprocessing
import multiprocessing.connection
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import metadata
from multiprocessing.context import BaseContext
from typing import Any, Protocol, TypeVar

from newsfacts.article import Article, ArticleInput, to_article
from newsfacts.batches import BATCH_CHARACTERS, BATCH_SIZE
from newsfacts.deadline import checked_seconds
from newsfacts.errors import TimeLimitError, WorkerError
from newsfacts.manager import ENTRY_POINT_GROUP
from newsfacts.result import Result
from newsfacts.workers import ArticleExtractor, Chunk, ResultShape, WorkerHandle, raised_remotely

#: Articles sent to a worker at a time, each chunk extracted as one batch, field by field
#: (:mod:`newsfacts.batches`); a chunk also closes at :data:`~newsfacts.batches.BATCH_CHARACTERS`.
DEFAULT_CHUNKSIZE = BATCH_SIZE
#: In input order, chunks of results that may wait per worker behind one slow article.
WINDOW_CHUNKS_PER_WORKER = 4
#: Times an article is run again after its worker died on another article of its chunk.
MAX_RERUNS = 2


def kill_grace(seconds: float) -> float:
    """How long past its time limit an article runs before its worker is killed."""
    return min(max(seconds, 0.5), 30.0)


def extract_parallel(
    make_extractor: Callable[[], ArticleExtractor],
    articles: Iterable[ArticleInput],
    *,
    workers: int,
    ordered: bool = True,
    chunksize: int | None = None,
    time_limit: float | None = None,
    start_method: str | None = None,
) -> Iterator[Result]:
    """Extract every article's facts in ``workers`` processes; yields one result per article.

    ``make_extractor`` is a picklable callable without arguments returning an
    :class:`~newsfacts.Extractor` (``functools.partial(newsfacts.Extractor, plugins)``); each
    worker calls it once. Articles are texts, JSON-like mappings or :class:`~newsfacts.Article`
    objects, read lazily. Results come in input order, or as they finish with
    ``ordered=False``. ``chunksize`` articles travel to a worker at a time (default
    :data:`DEFAULT_CHUNKSIZE`) and are extracted as one batch. ``time_limit`` caps each
    article's seconds where the extractor has no time limit of its own. ``start_method``
    overrides the multiprocessing start method (see the module documentation).

    Invalid input raises :class:`~newsfacts.InvalidArticleError` at its place in the stream,
    after the results of the articles before it. Workers start when iteration starts and are
    all gone when it ends, however it ends.
    """
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive integer, got {workers!r}")
    size = DEFAULT_CHUNKSIZE if chunksize is None else chunksize
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ValueError(f"chunksize must be a positive integer, got {chunksize!r}")
    seconds = None if time_limit is None else checked_seconds(time_limit)
    try:
        pickle.dumps(make_extractor)
    except Exception as error:
        raise TypeError(
            "make_extractor must be picklable to reach the worker processes (a module-level "
            f"function or a functools.partial of one): {error}"
        ) from None
    context = _context(start_method)
    run = _Run(context, make_extractor, workers=workers, ordered=ordered, seconds=seconds)
    return run.results(iter(articles), size)


class _Rebuildable(ArticleExtractor, Protocol):
    """An extractor that says what it was built from (a :class:`~newsfacts.Extractor`)."""

    @property
    def arguments(self) -> Mapping[str, Any]: ...


_Extractor = TypeVar("_Extractor", bound=_Rebuildable)


def extractor_factory(extractor: _Extractor) -> Callable[[], _Extractor]:
    """A picklable factory of extractors like ``extractor`` (of its class), for worker processes.

    It carries what the extractor was built from (:attr:`Extractor.arguments`: plugins,
    disable, config, strict, time limit), not ``extra_plugins`` objects (not installed, so
    another process cannot find them): for those, pass :func:`extract_parallel` a factory of
    your own that registers them again.
    """
    return functools.partial(type(extractor), **extractor.arguments)


def _context(start_method: str | None) -> BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if start_method is None:
        if "fork" in methods and sys.platform == "linux" and _single_threaded():
            start_method = "fork"
        else:
            start_method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(start_method)
    # Plugin modules imported before the workers start are imported once: forked workers
    # inherit them, and a fork server imports them once for all the workers it forks.
    plugins = [ep.module for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)]
    if start_method == "forkserver":
        context.set_forkserver_preload(["newsfacts", *plugins])
    elif start_method == "fork":
        for module in plugins:
            with contextlib.suppress(Exception):  # a broken plugin is reported by the Extractor
                importlib.import_module(module)
    return context


def _single_threaded() -> bool:
    """Whether this process has one OS thread (threads started by C libraries count too)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class _Run:
    """One iteration of :func:`extract_parallel`: the workers and the articles in flight."""

    def __init__(
        self,
        context: BaseContext,
        make_extractor: Callable[[], ArticleExtractor],
        *,
        workers: int,
        ordered: bool,
        seconds: float | None,
    ) -> None:
        self._context = context
        self._make_extractor = make_extractor
        self._size = workers
        self._ordered = ordered
        self._seconds = seconds
        self._workers: list[WorkerHandle] = []
        self._shape = ResultShape((), ())  # every worker's, once one is ready
        self._source: Iterator[ArticleInput] = iter(())
        self._read = 0  # articles read from the input so far: the next sequence number
        self._exhausted = False
        self._chunksize = self._window = 1  # set by results()
        # Articles to dispatch before reading more: the first one, and those to run again.
        self._queued: collections.deque[tuple[int, Article]] = collections.deque()
        self._attempts: collections.Counter[int] = collections.Counter()
        self._outstanding: set[int] = set()  # read, not yet resolved
        self._done: dict[int, Result] = {}
        self._next_out = 0
        self._stop: tuple[int, BaseException] | None = None

    def results(self, source: Iterator[ArticleInput], chunksize: int) -> Iterator[Result]:
        self._source = source
        self._chunksize = chunksize
        self._window = chunksize * self._size * WINDOW_CHUNKS_PER_WORKER
        first = self._next()
        if first is None:
            self._raise_if_stopped()
            return
        self._queued.append(first)
        try:
            for _ in range(self._size):
                self._workers.append(self._start())
            while True:
                yield from self._deliverable()
                # After delivering: results taken off the window make room for more chunks.
                for worker in self._workers:
                    if worker.ready and worker.chunk is None:
                        self._dispatch_to(worker)
                # Only now, after asking for more, may the run know its input has ended (or
                # holds an invalid article): with a full window, no worker asked before.
                self._raise_if_stopped()
                if self._exhausted and not self._outstanding:
                    return
                self._wait()
        finally:
            for worker in self._workers:
                worker.stop()
            for worker in self._workers:
                worker.close()

    def _start(self) -> WorkerHandle:
        return WorkerHandle(self._context, self._make_extractor, self._seconds)

    # -- reading and dispatching

    def _next(self) -> tuple[int, Article] | None:
        while self._queued:
            seq, article = self._queued.popleft()
            if self._stop is None or seq < self._stop[0]:
                return seq, article
            self._outstanding.discard(seq)
        if self._exhausted or (self._ordered and self._read - self._next_out >= self._window):
            return None
        seq = self._read
        try:
            article = to_article(next(self._source))
        except StopIteration:
            self._exhausted = True
            return None
        except Exception as error:  # bad input, or the input's reader failed: raised in turn
            self._exhausted = True
            self._stop_at(seq, error)
            return None
        self._read += 1
        self._outstanding.add(seq)
        return seq, article

    def _dispatch_to(self, worker: WorkerHandle) -> None:
        chunk: Chunk = []
        characters = 0
        while len(chunk) < self._chunksize and characters < BATCH_CHARACTERS:
            if (item := self._next()) is None:
                break
            chunk.append(item)
            characters += len(item[1].text)
        if chunk:
            worker.send(chunk)

    # -- results

    def _deliverable(self) -> Iterator[Result]:
        if not self._ordered:
            done, self._done = self._done, {}
            yield from done.values()
            return
        while self._next_out in self._done:
            result = self._done.pop(self._next_out)
            self._next_out += 1
            yield result

    def _resolve(self, seq: int, result: Result) -> None:
        self._outstanding.discard(seq)
        if self._stop is None or seq < self._stop[0]:
            self._done[seq] = result

    def _stop_at(self, seq: int, error: BaseException) -> None:
        if self._stop is None or seq < self._stop[0]:
            self._stop = (seq, error)
            self._exhausted = True
            self._done = {other: result for other, result in self._done.items() if other < seq}

    def _raise_if_stopped(self) -> None:
        """Raise the error that stops the run once every article before it has its result."""
        if self._stop is not None:
            seq, error = self._stop
            if all(other >= seq for other in self._outstanding) and not self._done:
                raise error

    # -- waiting for the workers

    def _wait(self) -> None:
        waited: dict[Any, int] = {}
        for index, worker in enumerate(self._workers):
            waited[worker.conn] = waited[worker.process.sentinel] = index
        ready = multiprocessing.connection.wait(list(waited), timeout=self._poll())
        for index in sorted({waited[handle] for handle in ready}):
            self._receive(index)
        self._watch()

    def _poll(self) -> float | None:
        """Seconds until the watchdog must look again (None: no time limit, no watchdog)."""
        if self._seconds is None:
            return None
        overdue = self._seconds + kill_grace(self._seconds)
        wait = 0.25  # a worker may start an article at any moment
        for worker in self._workers:
            running = worker.running()
            if running is not None:
                wait = min(wait, running[1] + overdue - time.monotonic())
        return max(wait, 0.0)

    def _receive(self, index: int) -> None:
        worker = self._workers[index]
        try:
            message = worker.conn.recv_bytes() if worker.conn.poll() else None
        except Exception:  # the worker died in the middle of a message
            message = None
        if message is None:
            self._replace(index, None, None)
            return
        answered, worker.chunk = worker.chunk, None
        if answered is not None:
            # The results of its chunk: the worker gets its next chunk before they are
            # unpickled here, so that it does not wait meanwhile.
            self._dispatch_to(worker)
        kind, payload = pickle.loads(message)
        if kind == "ready":
            worker.ready, self._shape = True, payload
        elif kind == "failed":
            raise raised_remotely(*payload)
        else:
            results, failure = payload
            for seq, result in results:
                self._resolve(seq, result)
            if failure is not None:
                seq, error, text = failure
                self._stop_at(seq, raised_remotely(error, text))

    def _watch(self) -> None:
        """Kill and replace the workers stuck past the time limit and its grace."""
        if self._seconds is None:
            return
        now = time.monotonic()
        for index, worker in enumerate(self._workers):
            running = worker.running()
            overdue = self._seconds + kill_grace(self._seconds)
            if worker.chunk is not None and running is not None and now - running[1] > overdue:
                worker.process.kill()
                self._replace(index, running[0], TimeLimitError(self._seconds))

    def _replace(self, index: int, culprit: int | None, error: BaseException | None) -> None:
        """Start a new worker in place of a dead one; its chunk's articles run again."""
        worker = self._workers[index]
        running = worker.running()
        chunk, was_ready = worker.chunk, worker.ready
        ended = worker.close()
        if not was_ready:
            raise WorkerError(f"a worker process stopped while starting ({ended})")
        self._workers[index] = self._start()
        if culprit is None and running is not None:
            culprit = running[0]
            error = WorkerError(f"the worker process stopped ({ended}) during this article")
        rerun = []
        for seq, article in chunk or ():
            self._attempts[seq] += 1
            if seq == culprit or self._attempts[seq] > MAX_RERUNS:
                lost = error or WorkerError(f"the worker process stopped ({ended})")
                self._resolve(seq, self._shape.stopped(article, lost))
            else:
                rerun.append((seq, article))
        self._queued.extendleft(reversed(rerun))
