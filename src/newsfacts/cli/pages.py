"""What the commands that write an HTML page share: the ``--output`` option and the writing."""

from __future__ import annotations

import argparse
import sys

from newsfacts.errors import NewsfactsError


class OutputError(NewsfactsError):
    """The page could not be written where asked (reported in one line, exit code 1)."""


def add_output_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``-o/--output FILE`` (default: standard output)."""
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="-",
        help="where to write the HTML page (default: standard output)",
    )


def write_page(path: str, page: str) -> None:
    """Write ``page`` to ``path``, or to standard output for ``-``."""
    if path == "-":
        sys.stdout.write(page)
        return
    try:
        with open(path, "w", encoding="utf-8") as out:
            out.write(page)
    except OSError as error:
        raise OutputError(f"{path}: {error.strerror or error}") from None
