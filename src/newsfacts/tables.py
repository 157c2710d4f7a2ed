"""Read the rule tables (word lists, TSV tables) that the core and plugins ship as data.

Rules are data: a plugin keeps its word lists and patterns in ``data/`` inside its package and
reads them with these helpers, so that they stay readable and reviewable apart from the code.
Lines starting with ``#`` and blank lines are skipped; cells are tab-separated.
"""

from __future__ import annotations

import functools
from importlib import resources

from newsfacts.errors import NewsfactsError


@functools.cache
def read_lines(package: str, filename: str) -> tuple[str, ...]:
    """The meaningful lines of ``data/<filename>`` in ``package``, stripped."""
    try:
        table = resources.files(package).joinpath("data").joinpath(filename)
        raw = table.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as error:
        raise NewsfactsError(f"data table {package}/data/{filename} is missing") from error
    lines = (line.strip() for line in raw.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def read_words(package: str, filename: str) -> frozenset[str]:
    """A word list: one entry per line."""
    return frozenset(read_lines(package, filename))


def read_table(package: str, filename: str, *, columns: int) -> tuple[tuple[str, ...], ...]:
    """A TSV table whose rows all have ``columns`` cells (missing trailing cells are "")."""
    rows = []
    for number, line in enumerate(read_lines(package, filename), start=1):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) > columns:
            raise NewsfactsError(
                f"{package}/data/{filename}: row {number} has {len(cells)} cells, "
                f"expected at most {columns}: {line!r}"
            )
        rows.append(tuple(cells + [""] * (columns - len(cells))))
    return tuple(rows)
