"""Tables built from data files, kept on disk between processes, so that a new process starts fast.

A plugin builds much of what its rules read at import: name tables keyed by words, word sets,
dicts, the sources of long alternations of words. Built in Python from a few thousand rows
each, they were the larger part of a fresh process's cold start (the organizations plugin's
table of known names alone a tenth of it). Loaded with :mod:`marshal` (in C), the same plain
values cost a small part of that. So a builder decorated with :func:`built` runs once per
machine, not once per process: its result is kept in one file per package, the package's
*table file*, keyed on the builder's name and arguments, and later processes read it from
there.

A table file is written for one *fingerprint* of the code and data that build its tables: the
name, size and modification time of every file of the builder's package (its modules and its
``data/`` folder) and of the core's (``newsfacts``, whose functions builders call), and the
versions of Python and ``regex``. A changed data file or module, an upgrade, is a new
fingerprint: the file is started afresh, no entry of it is read. A result is kept only where
:mod:`marshal` writes it (str, int, float, bool, None, bytes and tuples, lists, dicts, sets and
frozensets of them): a builder returns plain containers, and its module makes its objects of
them (what a builder returns otherwise is returned, not kept).

Where: ``tables/`` in the directory of the pattern cache (:func:`newsfacts.patterncache.cache_base`:
``$NEWSFACTS_CACHE_DIR``...; an empty ``NEWSFACTS_CACHE_DIR`` turns it off). A file that cannot
be read, written or trusted (damaged, cut short, of another fingerprint) is passed over and the
tables built as without a cache: the cache only saves time, it never changes a result. The
directory is trusted as that of the pattern cache is (the file is read with :mod:`marshal`, as
bytecode is; nothing read is ever called).
"""

from __future__ import annotations

import functools
import marshal
import os
import sys
from collections.abc import Callable
from typing import Any, NamedTuple, ParamSpec, TypeVar

import regex

from newsfacts.patterncache import cache_base, variables, write_atomically

_P = ParamSpec("_P")
_T = TypeVar("_T")

#: The name of the folder of table files in the cache directory.
TABLES_FOLDER = "tables"
# What a table file starts with: a new layout of the file is a new tag.
_FORMAT = "newsfacts-tables-1"
# The folders of a package that hold no code nor data of its tables.
_SKIPPED = frozenset({"__pycache__"})


def built(builder: Callable[_P, _T]) -> Callable[_P, _T]:
    """``builder``, its results kept on disk (see the module): for a function of plain values
    (str, int, tuples, lists, dicts of them) that builds a table from its package's data files
    and returns plain containers.

    >>> @built
    ... def lower_words(words: tuple[str, ...]) -> frozenset[str]:
    ...     return frozenset(word.lower() for word in words)
    >>> sorted(lower_words(("Senate", "senate", "Court")))
    ['court', 'senate']

    A builder reads its package's data files (:func:`newsfacts.plugin.read_table`...) and calls
    the core and its own package, nothing else that may change: their files are the
    fingerprint its results are kept under. Arguments are keyed by their value: sets among
    them by their sorted members; a generator is not a key (pass a tuple).
    """
    name = f"{builder.__module__}.{builder.__qualname__}"
    package = builder.__module__.partition(".")[0]

    @functools.wraps(builder)
    def load_or_build(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        return kept(package, name, builder, *args, **kwargs)

    return load_or_build


def kept(
    package: str, name: str, builder: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs
) -> _T:
    """``builder(*args, **kwargs)``, kept in ``package``'s table file under ``name`` and the
    arguments (what :func:`built` does for a builder of ``package``; the core's data tables
    use it for the package whose data folder they read: newsfacts.tables.read_lines)."""
    path = _table_path(package)
    if path is None:
        return builder(*args, **kwargs)
    key = marshal.dumps((name, _keyed(args), _keyed(sorted(kwargs.items()))))
    tables = _tables(path, _fingerprint(package))
    entry = tables.entries.get(key)
    if entry is not None:
        try:
            return marshal.loads(entry)  # type: ignore[no-any-return]
        except Exception:  # a damaged entry (EOFError, ValueError, TypeError): build it
            pass
    value = builder(*args, **kwargs)
    _keep(path, tables, key, value)
    return value


# The values a key holds as they are (a bool is an int).
_PLAIN = frozenset({str, int, float, bool, bytes, type(None)})


def _keyed(value: Any) -> Any:
    """``value`` as a key: a set's members sorted (its order changes with the hash seed)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple or kind is list:
        # (Most keys are tuples of words: tested in C, not item by item.)
        return value if _PLAIN.issuperset(map(type, value)) else tuple(map(_keyed, value))
    if kind is dict:
        return ("dict", tuple(map(_keyed, value.items())))
    if kind is set or kind is frozenset:
        return ("set", tuple(sorted(map(_keyed, value))))
    raise TypeError(f"not a key of a built table: {value!r}")


def _table_path(package: str) -> str | None:
    return _path(package, *variables())


# Kept per package and value of the variables cache_base reads (the last three, only keys): a
# process reads a few hundred tables, and working the path out anew for each was a third of
# their loading.
@functools.lru_cache(maxsize=64)
def _path(
    package: str, configured: str | None, cache_home: str | None, home: str | None
) -> str | None:
    base = cache_base()
    if base is None:
        return None
    return os.path.join(base, TABLES_FOLDER, sys.implementation.cache_tag, f"{package}.marshal")


class _Tables(NamedTuple):
    """A table file as read: its fingerprint and (builder and arguments) -> marshal."""

    fingerprint: bytes
    entries: dict[bytes, bytes]


# Read once per process and table file; the entries this process builds are added to it.
@functools.lru_cache(maxsize=32)
def _tables(path: str, fingerprint: bytes) -> _Tables:
    try:
        with open(path, "rb", buffering=0) as file:  # read whole: no buffer needed
            record = marshal.loads(file.read())
        tag, kept_under, entries = record
    # A missing, damaged or foreign file may fail in many ways: each means "build anew".
    except Exception:
        return _Tables(fingerprint, {})
    if (
        tag != _FORMAT
        or kept_under != fingerprint
        or type(entries) is not dict
        or not all(type(k) is bytes and type(v) is bytes for k, v in entries.items())
    ):
        return _Tables(fingerprint, {})
    return _Tables(fingerprint, entries)


def _keep(path: str, tables: _Tables, key: bytes, value: Any) -> None:
    """Add ``value`` to the table file at ``path``, written afresh (one write, renamed)."""
    try:
        tables.entries[key] = marshal.dumps(value)
    except ValueError:  # not plain values: returned, not kept
        return
    write_atomically(path, marshal.dumps((_FORMAT, tables.fingerprint, tables.entries)))


@functools.cache
def _fingerprint(package: str) -> bytes:
    """The fingerprint of the tables of ``package`` (see the module), as bytes."""
    return marshal.dumps(
        (sys.version, regex.__version__, _files(__package__ or "newsfacts"), _files(package))
    )


@functools.cache
def _files(package: str) -> tuple[tuple[str, int, int], ...]:
    """(path, size, modification time) of each file of ``package``'s folder (a module of its
    own: its file), sorted; empty where the package is not files on disk (a zip...)."""
    module = sys.modules.get(package)
    location = getattr(module, "__file__", None)
    if location is None:
        return ()
    if os.path.basename(location) != "__init__.py":
        return _stamps([location])
    return _stamps(_walk(os.path.dirname(location)))


def _walk(folder: str) -> list[str]:
    paths = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name in _SKIPPED or entry.name.startswith("."):
                    continue
                if entry.is_dir():
                    paths += _walk(entry.path)
                else:
                    paths.append(entry.path)
    except OSError:  # an unreadable folder: its files are left out
        pass
    return paths


def _stamps(paths: list[str]) -> tuple[tuple[str, int, int], ...]:
    stamps = []
    for path in sorted(paths):
        try:
            status = os.stat(path)
        except OSError:
            continue
        stamps.append((path, status.st_size, status.st_mtime_ns))
    return tuple(stamps)
