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
collected between articles as usual, and memory stays bounded over a corpus. It pauses it as
well while it loads the plugins, which import their modules and build their tables, kept for
the life of the process.

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
