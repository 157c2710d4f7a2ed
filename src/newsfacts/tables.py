"""Read the rule tables (word lists, TSV tables) that the core and plugins ship as data.

Rules are data: a plugin keeps its word lists and patterns in ``data/`` inside its package and
reads them with these helpers, so that they stay readable and reviewable apart from the code.
Lines starting with ``#`` and blank lines are skipped; cells are tab-separated. Patterns built
from them are compiled when first used (:class:`Patterns`, :func:`compiled`), not at import.
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import attrs
import regex

from newsfacts.errors import NewsfactsError
from newsfacts.patterncache import load_or_compile
from newsfacts.tablecache import kept

if TYPE_CHECKING:
    from importlib.abc import Traversable  # importlib.resources.abc from Python 3.11 on

_P = ParamSpec("_P")
_T = TypeVar("_T")


@functools.cache
def read_lines(package: str, filename: str) -> tuple[str, ...]:
    """The meaningful lines of ``data/<filename>`` in ``package``, stripped."""
    return _kept(package, _lines, package, filename)


def _kept(package: str, reader: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """What ``reader`` reads of ``package``'s data folder, kept in the package's table file
    (:mod:`newsfacts.tablecache`): a process reads some 15,000 lines of tables at start, and
    splitting, stripping and sorting them out took a twentieth of its cold start; loaded with
    :mod:`marshal`, a small part of that. Only a data folder on disk is kept: the table file's
    fingerprint is its files' sizes and times (a package in a zip file has none to tell a
    changed table by)."""
    try:
        on_disk = isinstance(_data(package), str)
    except ModuleNotFoundError:  # the reader says which table is missing
        on_disk = False
    if not on_disk:
        return reader(*args, **kwargs)
    return kept(package, f"{__name__}.{reader.__name__}", reader, *args, **kwargs)


def _lines(package: str, filename: str) -> tuple[str, ...]:
    try:
        data = _data(package)
        if isinstance(data, str):
            with open(os.path.join(data, filename), encoding="utf-8") as file:
                raw = file.read()
        else:
            raw = data.joinpath(filename).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as error:
        raise NewsfactsError(f"data table {package}/data/{filename} is missing") from error
    # (map, and a test of the first character: a process reads some 15,000 lines at start)
    return tuple(line for line in map(str.strip, raw.splitlines()) if line and line[0] != "#")


@functools.lru_cache(maxsize=64)  # a plugin reads a few dozen tables from its folder
def _data(package: str) -> str | Traversable:
    """The package's ``data`` folder: its path where the package is a folder of files (read
    with ``open``: importing :mod:`importlib.resources` and making its path objects for some
    two hundred tables cost a cold start about 2%), else (a package in a zip file...) what
    :func:`importlib.resources.files` finds."""
    location = getattr(importlib.import_module(package), "__file__", None)
    if location is not None:
        folder = os.path.join(os.path.dirname(location), "data")
        if os.path.isdir(folder):
            return folder
    from importlib import resources

    return resources.files(package).joinpath("data")


def read_bytes(package: str, filename: str) -> bytes:
    """The bytes of ``data/<filename>`` in ``package``: a binary table (a packed gazetteer)."""
    try:
        data = _data(package)
        if isinstance(data, str):
            with open(os.path.join(data, filename), "rb", buffering=0) as file:
                return file.read()
        return data.joinpath(filename).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError) as error:
        raise NewsfactsError(f"data table {package}/data/{filename} is missing") from error


def read_words(package: str, filename: str) -> frozenset[str]:
    """A word list: one entry per line."""
    return frozenset(read_lines(package, filename))


def read_table(package: str, filename: str, *, columns: int) -> tuple[tuple[str, ...], ...]:
    """A TSV table whose rows all have ``columns`` cells (missing trailing cells are "")."""
    return _kept(package, _rows, package, filename, columns)


def _rows(package: str, filename: str, columns: int) -> tuple[tuple[str, ...], ...]:
    rows = []
    for number, line in enumerate(_lines(package, filename), start=1):
        cells = tuple(map(str.strip, line.split("\t")))
        if len(cells) > columns:
            raise NewsfactsError(
                f"{package}/data/{filename}: row {number} has {len(cells)} cells, "
                f"expected at most {columns}: {line!r}"
            )
        rows.append(cells + ("",) * (columns - len(cells)))
    return tuple(rows)


def compiled(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, done once per process, when first asked for, and
    kept on disk for the next process (:mod:`newsfacts.patterncache`).

    The ``regex`` module compiles in Python: a long alternation of words takes tens of
    milliseconds, and the core and the built-in plugins compile a few hundred patterns. For
    patterns fixed by the code and its tables (each is kept for the life of the process); the
    core and the built-in plugins compile every pattern with it.
    """
    return _compiled(pattern, int(flags))


@functools.cache  # by position only: compiled(p), compiled(p, 0) and flags=0 are one pattern
def _compiled(pattern: str, flags: int) -> regex.Pattern[str]:
    return load_or_compile(pattern, flags)


@attrs.frozen
class Patterns(Mapping[str, "regex.Pattern[str]"]):
    """Named regular expressions, each compiled (by :func:`compiled`) the first time it is read.

    >>> rules = Patterns({"year": r"(?:19|20)\\d\\d", "month": r"(?:Jan|Feb)\\w*"})
    >>> rules["year"].match("2025 budget").group()
    '2025'
    >>> list(rules)  # in the order given; "month" is not compiled until it is read
    ['year', 'month']
    """

    #: The pattern of each name, in order.
    sources: dict[str, str]
    #: The flags every pattern is compiled with (``regex.IGNORECASE``...).
    flags: int = 0

    def __getitem__(self, name: str) -> regex.Pattern[str]:
        return compiled(self.sources[name], self.flags)

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)
