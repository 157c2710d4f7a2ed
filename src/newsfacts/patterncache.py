"""Compiled regular expressions kept on disk between processes, so that a new process starts fast.

The ``regex`` module parses a pattern in Python: the few hundred patterns of the core and the
built-in plugins take about a fifth of a second to compile, most of what a fresh process spends
before its first result. A compiled pattern pickles to its compiled form (``regex`` registers
this with :mod:`copyreg`), and loading that skips the parsing, 30 to 50 times faster. So
:func:`newsfacts.plugin.compiled` keeps each pattern it compiles in a file of its own, named by a
hash of the pattern and its flags, in a directory named by the versions of ``regex`` and Python
(the compiled form is theirs: an upgrade of either starts a new directory), and later processes
load it from there.

Where: ``$NEWSFACTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsfacts``, else ``~/.cache/newsfacts``;
an empty ``NEWSFACTS_CACHE_DIR`` turns the cache off. A file that cannot be read, written or
trusted is passed over and the pattern compiled as without a cache: the cache only saves time,
it never changes a result. Files are unpickled into ``regex``'s own compile function and nothing
else (any other global is refused): a file there cannot call other code, and the directory is
trusted as the bytecode Python writes beside a package is (keep it writable by its user only,
as ``~/.cache`` is).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import regex

#: The environment variable naming the cache directory ("" turns the cache off).
CACHE_DIR_VARIABLE = "NEWSFACTS_CACHE_DIR"

# The one global a cached file may name: what ``regex`` pickles a compiled pattern to.
_COMPILE_FUNCTION = ("regex._regex", "compile")


def cache_directory() -> Path | None:
    """Where compiled patterns are kept for this ``regex`` and Python, or None when off."""
    environ = os.environ
    return _directory(
        environ.get(CACHE_DIR_VARIABLE), environ.get("XDG_CACHE_HOME"), environ.get("HOME")
    )


def cache_base() -> Path | None:
    """The directory newsfacts keeps its caches in (patterns, :mod:`newsfacts.entrypoints`),
    or None when the cache is off."""
    environ = os.environ
    return _base(
        environ.get(CACHE_DIR_VARIABLE), environ.get("XDG_CACHE_HOME"), environ.get("HOME")
    )


# Kept per value of the variables it reads (``home`` is only a key: ``Path.home()`` reads
# HOME): a process loads a few hundred patterns, and working the path out anew for each was a
# tenth of their loading.
@functools.lru_cache(maxsize=8)
def _base(configured: str | None, cache_home: str | None, home: str | None) -> Path | None:
    if configured is not None:
        return Path(configured) if configured else None
    try:
        return Path(cache_home or Path.home() / ".cache") / "newsfacts"
    except RuntimeError:  # no home directory to be found
        return None


@functools.lru_cache(maxsize=8)
def _directory(configured: str | None, cache_home: str | None, home: str | None) -> Path | None:
    base = _base(configured, cache_home, home)
    if base is None:
        return None
    return base / "patterns" / f"regex-{regex.__version__}-{sys.implementation.cache_tag}"


@functools.lru_cache(maxsize=8)
def _folder(configured: str | None, cache_home: str | None, home: str | None) -> str | None:
    directory = _directory(configured, cache_home, home)
    return None if directory is None else str(directory)


def load_or_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, loaded from the cache when it is there, and left
    there for the next process when it was not."""
    environ = os.environ
    directory = _folder(
        environ.get(CACHE_DIR_VARIABLE), environ.get("XDG_CACHE_HOME"), environ.get("HOME")
    )
    if directory is None:
        return regex.compile(pattern, flags)
    key = hashlib.sha256(f"{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass"))
    # A string, not a Path: a process loads some 400 patterns (56 M instructions in all), and
    # pathlib's joins and opens, with unpickling from the file, took 9 M of them more.
    path = os.path.join(directory, f"{key.hexdigest()[:32]}.pickle")
    cached = _read(path, pattern)
    if cached is not None:
        return cached
    built = regex.compile(pattern, flags)
    _write(path, built)
    return built


class _PatternUnpickler(pickle.Unpickler):
    """An unpickler that builds compiled patterns and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) != _COMPILE_FUNCTION:
            raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")
        return super().find_class(module, name)


def _read(path: str, pattern: str) -> regex.Pattern[str] | None:
    try:
        with open(path, "rb", buffering=0) as file:  # read whole: no buffer needed
            data = file.read()
        # From bytes in memory: unpickling from the file reads it in many small calls.
        loaded = _PatternUnpickler(io.BytesIO(data)).load()
    except FileNotFoundError:
        return None
    # A damaged or foreign file may fail in many ways (OSError, UnpicklingError, EOFError,
    # ValueError or TypeError from regex's compile function...): each means "compile it".
    except Exception:
        return None
    if isinstance(loaded, regex.Pattern) and loaded.pattern == pattern:
        return loaded
    return None


def _write(path: str, built: regex.Pattern[str]) -> None:
    """Keep ``built`` at ``path`` (see :func:`write_atomically`)."""
    try:
        data = pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL)
    except pickle.PicklingError:
        return
    write_atomically(path, data)


def write_atomically(path: str, data: bytes) -> None:
    """Keep ``data`` at ``path``: written aside, then renamed, so that a process reading the
    cache meanwhile sees the whole file or none. A cache that cannot be written is skipped."""
    import tempfile  # here: a process that finds its cache whole never writes to it

    try:
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
