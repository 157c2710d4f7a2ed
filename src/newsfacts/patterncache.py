"""Compiled regular expressions kept on disk between processes, so that a new process starts fast.

The ``regex`` module parses a pattern in Python: the few hundred patterns of the core and the
built-in plugins take about a fifth of a second to compile, most of what a fresh process spends
before its first result. A compiled pattern pickles to its compiled form (``regex`` registers
this with :mod:`copyreg`), and loading that skips the parsing, 30 to 50 times faster. So
:func:`newsfacts.plugin.compiled` keeps each pattern it compiles in one file, the patterns'
log, in a directory named by the versions of ``regex`` and Python (the compiled form is
theirs: an upgrade of either starts a new directory), and later processes load it from there.

The log is one file, not a file per pattern: a process reads it whole, once, and unpickles
each pattern when asked for it (opening, reading and naming a file for each of some 460
patterns was most of their loading). Each record is a :mod:`marshal` tuple of the pattern's
flags, its source and its pickle, keyed on the flags and the source: a changed pattern is a
new key, never an old entry. A pattern compiled anew is appended as one record in one write,
so that a process reading the log meanwhile sees it whole or not at all; reading stops at the
first record that is not whole and sound (a write cut short, a damaged file), and the next
process to compile a pattern writes the log afresh from what was read. A log grown past
:data:`LOG_LIMIT` records (patterns of older code pile up in a development checkout) is
started afresh too.

Where: ``$NEWSFACTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsfacts``, else ``~/.cache/newsfacts``;
an empty ``NEWSFACTS_CACHE_DIR`` turns the cache off. A log that cannot be read, written or
trusted is passed over and the pattern compiled as without a cache: the cache only saves time,
it never changes a result. Pickles are loaded into ``regex``'s own compile function and nothing
else (any other global is refused): a record there cannot call other code, and the directory is
trusted as the bytecode Python writes beside a package is (keep it writable by its user only,
as ``~/.cache`` is; the log is read with :mod:`marshal`, as bytecode is).
"""

from __future__ import annotations

import contextlib
import functools
import io
import marshal
import os
import pickle
import struct
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import regex

#: The environment variable naming the cache directory ("" turns the cache off).
CACHE_DIR_VARIABLE = "NEWSFACTS_CACHE_DIR"

#: The name of the patterns' log in the cache directory.
LOG_NAME = "patterns.log"
#: The most records a log holds before it is started afresh.
LOG_LIMIT = 4096

# The one global a cached file may name: what ``regex`` pickles a compiled pattern to.
_COMPILE_FUNCTION = ("regex._regex", "compile")


#: The variables the cache directory is found by: its own, XDG_CACHE_HOME and HOME.
Variables = tuple[str | None, str | None, str | None]

# The variables as read when the plugins began to load (see settled), else None.
_settled: Variables | None = None


def variables() -> Variables:
    """The values of the variables the cache directory is found by (None: unset)."""
    if _settled is not None:
        return _settled
    environ = os.environ
    return environ.get(CACHE_DIR_VARIABLE), environ.get("XDG_CACHE_HOME"), environ.get("HOME")


@contextlib.contextmanager
def settled() -> Iterator[None]:
    """Read the variables once for the block, not at each pattern and table: the plugins'
    import, which loads some 700 of them. (Three variables cost 20,000 instructions to read,
    an unset one raising and catching two exceptions in :data:`os.environ`: 15 M of a cold
    start.) A change of the variables within the block is not seen."""
    global _settled
    outer = _settled
    _settled = variables()
    try:
        yield
    finally:
        _settled = outer


def cache_directory() -> Path | None:
    """Where compiled patterns are kept for this ``regex`` and Python, or None when off."""
    return _directory(*variables())


def cache_base() -> Path | None:
    """The directory newsfacts keeps its caches in (patterns, :mod:`newsfacts.entrypoints`),
    or None when the cache is off."""
    return _base(*variables())


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
def _log_path(configured: str | None, cache_home: str | None, home: str | None) -> str | None:
    directory = _directory(configured, cache_home, home)
    return None if directory is None else os.path.join(directory, LOG_NAME)


def load_or_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, loaded from the cache when it is there, and left
    there for the next process when it was not."""
    path = _log_path(*variables())
    if path is None:
        return regex.compile(pattern, flags)
    log = _log(path)
    cached = _unpickled(log.entries.get((int(flags), pattern)), pattern)
    if cached is not None:
        return cached
    built = regex.compile(pattern, flags)
    _keep(path, log, int(flags), built)
    return built


class _Log(NamedTuple):
    """The records of a log as read: (flags, source) -> pickle, and whether the file was
    whole and sound (else the next pattern kept writes it afresh)."""

    entries: dict[tuple[int, str], bytes]
    sound: bool


# Read once per process (and per cache directory): the patterns a process compiles are kept
# for its life by newsfacts.tables, and a pattern this process appends is not read back.
@functools.lru_cache(maxsize=8)
def _log(path: str) -> _Log:
    try:
        with open(path, "rb", buffering=0) as file:  # read whole: no buffer needed
            data = file.read()
    except OSError:  # missing (nothing kept yet) or unreadable: compile
        return _Log({}, sound=True)
    entries: dict[tuple[int, str], bytes] = {}
    position = 0
    while position < len(data):
        record, position = _record(data, position)
        if record is None:
            return _Log(entries, sound=False)
        flags, source, pickled = record
        entries[flags, source] = pickled
    return _Log(entries, sound=True)


# A record: its length (4 bytes, little-endian), then the marshal of (flags, source, pickle).
_LENGTH = struct.Struct("<I")


def _record(data: bytes, position: int) -> tuple[tuple[int, str, bytes] | None, int]:
    """The record at ``position`` of a log and the position after it; None (and
    ``position``) where no whole and sound record starts."""
    start = position + _LENGTH.size
    if start > len(data):
        return None, position
    (length,) = _LENGTH.unpack_from(data, position)
    end = start + length
    if end > len(data):
        return None, position
    try:
        record = marshal.loads(data[start:end])
    # A damaged record may fail in several ways (EOFError, ValueError, TypeError): each
    # means "read no further".
    except Exception:
        return None, position
    if (
        type(record) is tuple
        and len(record) == 3
        and type(record[0]) is int
        and type(record[1]) is str
        and type(record[2]) is bytes
    ):
        return record, end
    return None, position


class _PatternUnpickler(pickle.Unpickler):
    """An unpickler that builds compiled patterns and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) != _COMPILE_FUNCTION:
            raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")
        return super().find_class(module, name)


def _unpickled(pickled: bytes | None, pattern: str) -> regex.Pattern[str] | None:
    if pickled is None:
        return None
    try:
        loaded = _PatternUnpickler(io.BytesIO(pickled)).load()
    # A damaged or foreign record may fail in many ways (UnpicklingError, EOFError,
    # ValueError or TypeError from regex's compile function...): each means "compile it".
    except Exception:
        return None
    if isinstance(loaded, regex.Pattern) and loaded.pattern == pattern:
        return loaded
    return None


def _keep(path: str, log: _Log, flags: int, built: regex.Pattern[str]) -> None:
    """Append ``built`` to the log at ``path`` in one write; or, where the log read was not
    sound or is full, write it afresh: the sound records read (none if full), then ``built``."""
    try:
        pickled = pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL)
    except pickle.PicklingError:
        return
    record = _framed(flags, built.pattern, pickled)
    if log.sound and len(log.entries) < LOG_LIMIT:
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            # O_APPEND: each write lands whole at the end, whatever other processes write.
            descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                written = os.write(descriptor, record)
            finally:
                os.close(descriptor)
        except OSError:
            return
        if written == len(record):
            return
    entries = log.entries if len(log.entries) < LOG_LIMIT else {}
    older = b"".join(_framed(*key, kept) for key, kept in entries.items())
    write_atomically(path, older + record)
    _log.cache_clear()  # the next pattern kept appends to the log written


def _framed(flags: int, source: str, pickled: bytes) -> bytes:
    """A record of the log (see _record)."""
    body = marshal.dumps((flags, source, pickled))
    return _LENGTH.pack(len(body)) + body


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
