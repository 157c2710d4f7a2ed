"""The cyclic garbage collector, paused while one article is extracted.

Extracting an article makes hundreds of thousands of short-lived objects (tokens, candidate
names, facts) and next to no reference cycles: reference counting frees nearly all of them.
Python's cyclic collector does not know that. It runs every 700 new objects and, as objects
survive, walks the older generations again and again: measured on this project's machine, 3
to 9% of the time of ordinary news, and a third of the time of a six-megabyte text (32.7 CPU s
with the collector paused against 43.2 with it running). The :class:`~newsfacts.Extractor`
therefore pauses it around each article::

    with paused():
        extract(article)

and resumes it afterwards, so that whatever cycles an article left (a plugin's, say) are
collected between articles as usual, and memory stays bounded over a corpus.

Loading the plugins is paused as well: they import their modules and build their tables (the
gazetteer's places, word lists, compiled patterns), tens of thousands of objects kept for the
life of the process. Merely paused, the collector walks them all when it resumes, again each
time they age into an older generation, at every full collection of a long run and once more
at the process's exit: 7 % of a cold start's instructions. A process that newsfacts runs from
start to end (the command line, the parallel runner's workers) therefore loads them inside
:class:`loading`, which freezes them (:func:`gc.freeze`): moved where the collector no longer
looks. That freezes whatever else the process holds at that moment, garbage cycles included,
never freed then: harmless in a process of newsfacts' own, not done to a program that imports
the library (:class:`~newsfacts.Extractor` only pauses), whose objects are its own business.
A program that wants the same can do it itself::

    with newsfacts.collector.loading():
        extractor = newsfacts.Extractor()

The collector's switch is one per process. The pause leaves it as it found it: a program
that disabled it keeps it disabled, and of two threads extracting at once, the one that
paused it resumes it (the other then runs with the collector on, as it would have anyway).
"""

from __future__ import annotations

import gc


class paused:  # (named as the function it replaced: "with paused():")
    """Pause the cyclic garbage collector for the block, if it runs; resume it after.

    A class, not a generator made a context manager: entered for every article, whose
    generator, wrapper and frames cost a short article more than the pause itself."""

    __slots__ = ("_running",)

    def __enter__(self) -> None:
        self._running = gc.isenabled()
        if self._running:
            gc.disable()

    def __exit__(self, *exception: object) -> None:
        if self._running:
            gc.enable()


#: New objects a load must leave, at least, to be frozen: a first import of the plugins makes
#: some 40,000; another extractor of the same process, a few hundred.
FROZEN_FROM = 10_000


class loading(paused):
    """Pause the collector for the block, as :class:`paused`; then, if the block made more
    than :data:`FROZEN_FROM` objects the collector tracks (the plugins' first import, their
    tables), freeze every object of the process (:func:`gc.freeze`). For processes newsfacts
    runs itself: the command line and the parallel runner's workers."""

    __slots__ = ("_count",)

    def __enter__(self) -> None:
        self._count = gc.get_count()[0]
        super().__enter__()

    def __exit__(self, *exception: object) -> None:
        # The youngest generation's count, with the collector paused, grows by each tracked
        # object made and not yet freed.
        if gc.get_count()[0] - self._count > FROZEN_FROM:
            gc.freeze()
        super().__exit__(*exception)
